import type { CheckReport } from '../checks/types.ts';
import type { ColorRef, Finish, PinDocument, Point } from '../document/types.ts';
import { colorRegions } from '../editing/colorAreas.ts';
import { area, components, EMPTY_BOUNDS, interiorPoint, isEmptyBounds, regionBounds, unionBounds, type Bounds, type Region } from '../geometry/index.ts';
import { dieRegionOf, itemBounds } from '../kinds/index.ts';
import { MM_PER_INCH } from '../units.ts';

/** One enamel colour as the factory reads it off the proof. */
export interface ColourFact {
  /** Callout number on the proof. */
  n: number;
  color: ColorRef;
  /** "PANTONE 186 C", "White" or "custom #55AA33": the swatch and spot colour name. */
  spotName: string;
  areaMm2: number;
  finishes: Finish[];
  region: Region;
  /** Where the callout points: inside the colour's largest patch. */
  anchor: Point;
}

/** Everything the bundle files say about the pin, computed once. */
export interface BundleFacts {
  doc: PinDocument;
  report: CheckReport;
  /** Die-line bounds (the pin's real size); the art's bounds without a die line. */
  bounds: Bounds;
  widthMm: number;
  heightMm: number;
  colours: ColourFact[];
  /** The date printed on the proof and in spec.json (YYYY-MM-DD). */
  date: string;
  /** Why the designer exported with errors still open, if they did. */
  exportReason?: string;
}

export const spotNameOf = (c: ColorRef) => (!c.code ? `custom ${c.hex}` : c.code === 'White' || c.code === 'Black' ? c.code : `PANTONE ${c.code}`);

export const mmToIn = (mm: number) => mm / MM_PER_INCH;

/** The pin's real extent: the die line's box, or the art's box without a die line, or the artboard. */
export function pinBounds(doc: PinDocument): Bounds {
  const visible = doc.order.map((id) => doc.items[id]!).filter((it) => it && !it.hidden);
  const die = dieRegionOf(visible);
  if (die.paths.length) return regionBounds(die);
  const b = visible.map(itemBounds).reduce(unionBounds, { ...EMPTY_BOUNDS });
  return isEmptyBounds(b) ? { minX: 0, minY: 0, maxX: doc.artboard.width, maxY: doc.artboard.height } : b;
}

export function bundleFacts(doc: PinDocument, report: CheckReport, date: string, exportReason?: string): BundleFacts {
  const bounds = pinBounds(doc);
  const colours = colorRegions(doc)
    .map((c) => ({ c, a: area(c.region) }))
    .filter(({ a }) => a > 1e-6)
    .sort((x, y) => y.a - x.a)
    .map(({ c, a }, i) => {
      const patches = components(c.region).sort((p, q) => area(q) - area(p));
      const anchor = interiorPoint(patches[0] ?? c.region) ?? { x: (bounds.minX + bounds.maxX) / 2, y: (bounds.minY + bounds.maxY) / 2 };
      return { n: i + 1, color: c.color, spotName: spotNameOf(c.color), areaMm2: a, finishes: c.finishes, region: c.region, anchor };
    });
  return {
    doc, report, bounds, widthMm: bounds.maxX - bounds.minX, heightMm: bounds.maxY - bounds.minY, colours, date,
    ...(exportReason ? { exportReason } : {}),
  };
}
