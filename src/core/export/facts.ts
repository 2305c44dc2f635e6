import type { CheckReport } from '../checks/types.ts';
import type { ColorRef, Finish, PinDocument, Point } from '../document/types.ts';
import { colorRegions } from '../editing/colorAreas.ts';
import { area, components, expandBounds, interiorPoint, type Bounds, type Region } from '../geometry/index.ts';
import { fillColor, pinBounds } from '../kinds/index.ts';
import { deltaEHex } from '../palette/palette.ts';
import { pantoneSolidCoated } from '../palette/pantone.ts';
import { mmToInches } from '../units.ts';
import { madePin, type MadePin } from './made.ts';

/** One enamel colour as the factory reads it off the proof. */
export interface ColourFact {
  /** Callout number on the proof. */
  n: number;
  color: ColorRef;
  /**
   * The spot colour (plate) name the factory mixes: "PANTONE 186 C", "White"; a custom colour is
   * named after its nearest standard PMS code.
   */
  spotName: string;
  /** How the colour reads on the proof: "PANTONE 186 C", or "custom #E0115F → matched to PMS 2040 C, ΔE 1.3". */
  label: string;
  /** For a colour without a code: the PMS code it is matched to, its screen hex and Lab, and ΔE. */
  match?: { code: string; hex: string; lab?: readonly [number, number, number]; deltaE: number };
  /** The screen colour of the ink that will be used (the matched code's, for a custom colour). */
  inkHex: string;
  /** Said on the proof under the colour: where the artwork was painted otherwise than its code. */
  note?: string;
  areaMm2: number;
  finishes: Finish[];
  region: Region;
  /** Where the callout points: inside the colour's largest patch. */
  anchor: Point;
}

/** Everything the bundle files say about the pin, computed once. */
/** Which saved version of the pin a bundle was made from. */
export interface SourceVersion {
  id: string;
  /** ISO time the version was kept. */
  at: string;
}

export interface BundleFacts {
  doc: PinDocument;
  version?: SourceVersion;
  report: CheckReport;
  /** Die-line bounds (the pin's real size); the art's bounds without a die line. */
  bounds: Bounds;
  /** What every file is framed by: the pin's bounds plus FRAME_MARGIN_MM, never the artboard. */
  frame: Bounds;
  /** The pin as it will be made, part by part. */
  made: MadePin;
  widthMm: number;
  heightMm: number;
  colours: ColourFact[];
  /** The date printed on the proof and in spec.json (YYYY-MM-DD). */
  date: string;
  /** Why the designer exported with errors still open, if they did. */
  exportReason?: string;
}

export const spotNameOf = (c: ColorRef) => (!c.code ? `custom ${c.hex}` : c.code === 'White' || c.code === 'Black' ? c.code : `PANTONE ${c.code}`);

/** Room around the pin in every framed file (mm): the cut line's stroke stays whole. */
export const FRAME_MARGIN_MM = 1;

/** A colour as the factory mixes it: its own code, or the nearest standard PMS code for a custom one. */
function inkOf(c: ColorRef): Pick<ColourFact, 'spotName' | 'label' | 'match' | 'inkHex'> {
  if (c.code) return { spotName: spotNameOf(c), label: spotNameOf(c), inkHex: c.hex };
  const best = pantoneSolidCoated().nearest(c.hex, 1).find((m) => m.entry.kind === 'pantone-c');
  if (!best) return { spotName: spotNameOf(c), label: `custom ${c.hex} (no PMS match)`, inkHex: c.hex };
  const { entry, deltaE } = best;
  return {
    spotName: `PANTONE ${entry.code}`,
    label: `custom ${c.hex} → matched to PMS ${entry.code}, ΔE ${deltaE.toFixed(1)}`,
    match: { code: entry.code, hex: entry.hex, ...(entry.lab ? { lab: entry.lab } : {}), deltaE },
    inkHex: entry.hex,
  };
}

export { pinBounds };

/** Millimetres to inches (units.ts's mmToInches, for plain numbers). */
export const mmToIn = (mm: number) => mmToInches(mm);

export function bundleFacts(doc: PinDocument, report: CheckReport, date: string, exportReason?: string, version?: SourceVersion): BundleFacts {
  const bounds = pinBounds(doc);
  const regions = colorRegions(doc);
  const made = madePin(doc, regions);
  const taken = new Set<string>();
  const colours = regions
    .map((c, i) => ({ ...c, region: made.enamel[i]! }))
    .map((c) => ({ c, a: area(c.region) }))
    .filter(({ a }) => a > 1e-6)
    .sort((x, y) => y.a - x.a)
    .map(({ c, a }, i) => {
      const patches = components(c.region).sort((p, q) => area(q) - area(p));
      const anchor = interiorPoint(patches[0] ?? c.region) ?? { x: (bounds.minX + bounds.maxX) / 2, y: (bounds.minY + bounds.maxY) / 2 };
      const ink = inkOf(c.color);
      // The file's data-pantone won over the colour it was painted in: the proof says so too.
      const drawn = [...new Set(c.items.map((id) => (doc.items[id] ? fillColor(doc.items[id]!)?.drawn : undefined)).filter((h): h is string => !!h))];
      const note = drawn.length && c.color.code
        ? `the artwork painted ${drawn.map((h) => `${h} (ΔE ${deltaEHex(h, c.color.hex).toFixed(1)})`).join(', ')}; its data-pantone ${c.color.code} wins`
        : undefined;
      // Each colour keeps a plate of its own, even when a custom colour matches one already used.
      if (taken.has(ink.spotName)) ink.spotName = `${ink.spotName} for ${c.color.hex}`;
      taken.add(ink.spotName);
      return { n: i + 1, color: c.color, ...ink, ...(note ? { note } : {}), areaMm2: a, finishes: c.finishes, region: c.region, anchor };
    });
  return {
    doc, report, bounds, frame: expandBounds(bounds, FRAME_MARGIN_MM), made, widthMm: bounds.maxX - bounds.minX, heightMm: bounds.maxY - bounds.minY, colours, date,
    ...(exportReason ? { exportReason } : {}), ...(version ? { version } : {}),
  };
}
