import { findProfile } from '../checks/profiles.ts';
import { emptyDocument } from '../document/defaults.ts';
import type { PathGeom, PinDocument, Plating } from '../document/types.ts';
import { difference, ellipsePath, isEmpty, offset, rectPath, regionFromPath, regionToPath } from '../geometry/index.ts';
import { fail, ok, type Result } from '../result.ts';

export type PinShape = 'round' | 'rectangle' | 'rounded-rectangle' | 'shield' | 'from-artwork';

export interface NewPinOptions {
  name: string;
  shape: PinShape;
  /** Width and height of the pin in mm (a round pin uses the width as its diameter). */
  widthMm: number;
  heightMm: number;
  /** The metal rim along the die line (mm). */
  rimMm: number;
  profile: string;
  plating: Plating;
}

/** Room around the pin on its artboard (mm). */
const BOARD_MARGIN_MM = 1;
const MIN_MM = 5;
const MAX_MM = 150;

/** A heater shield in a w × h box: straight top and sides, curving to a point at the bottom. */
function shieldPath(x: number, y: number, w: number, h: number): PathGeom {
  return [{
    closed: true,
    segments: [
      { x, y },
      { x: x + w, y },
      { x: x + w, y: y + 0.45 * h, hout: { x: 0, y: 0.3 * h } },
      { x: x + w / 2, y: y + h, hin: { x: 0.2 * w, y: -0.1 * h }, hout: { x: -0.2 * w, y: -0.1 * h } },
      { x, y: y + 0.45 * h, hin: { x: 0, y: 0.3 * h } },
    ],
  }];
}

/**
 * A new pin, ready to draw on: its die line in the chosen shape and a metal rim of rimMm inside
 * it (an exact inset of the die, whatever the shape), one post in the middle, the profile's
 * process and the plating. "from-artwork" starts blank: the die line is made from the art later
 * (the die button). Impossible numbers are refused with the reason.
 */
export function newPin(o: NewPinOptions): Result<PinDocument> {
  const name = o.name.trim();
  if (!name) return fail('Give the pin a name.');
  if (name.length > 120) return fail('The name is longer than 120 characters.');
  const profile = findProfile(o.profile);
  if (!profile) return fail(`Unknown profile "${o.profile}".`);
  const w = o.widthMm;
  const h = o.shape === 'round' ? o.widthMm : o.heightMm;
  for (const [label, v] of [['width', w], ['height', h]] as const) {
    if (!Number.isFinite(v) || v < MIN_MM || v > MAX_MM) return fail(`The ${label} must be between ${MIN_MM} and ${MAX_MM} mm (got ${Number.isFinite(v) ? `${v} mm` : 'no number'}).`);
  }
  const doc = emptyDocument(name, w + 2 * BOARD_MARGIN_MM, h + 2 * BOARD_MARGIN_MM);
  doc.checks = { ...doc.checks, profile: profile.id };
  doc.spec = { ...doc.spec, process: profile.process, plating: o.plating };
  if (o.shape === 'from-artwork') return ok(doc);
  if (!Number.isFinite(o.rimMm) || o.rimMm < 0.2 || o.rimMm > Math.min(w, h) / 4) {
    return fail(`The rim must be between 0.2 mm and ${(Math.min(w, h) / 4).toFixed(1)} mm (a quarter of the pin) (got ${Number.isFinite(o.rimMm) ? `${o.rimMm} mm` : 'no number'}).`);
  }
  const m = BOARD_MARGIN_MM;
  const die: PathGeom = o.shape === 'round' ? ellipsePath(m + w / 2, m + h / 2, w / 2)
    : o.shape === 'rectangle' ? rectPath(m, m, w, h)
      : o.shape === 'rounded-rectangle' ? rectPath(m, m, w, h, Math.min(w, h) * 0.15)
        : shieldPath(m, m, w, h);
  const area = regionFromPath(die);
  const inner = offset(area, -o.rimMm);
  if (isEmpty(inner)) return fail('The rim would fill the whole pin: make the rim thinner or the pin bigger.');
  doc.items.outline = { id: 'outline', kind: 'outline', path: die };
  doc.items.rim = { id: 'rim', kind: 'metal-area', path: regionToPath(difference(area, inner)), fillRule: 'evenodd', name: 'Rim' };
  doc.order = ['outline', 'rim'];
  doc.spec.posts = [{ x: m + w / 2, y: m + h / 2 }];
  return ok(doc);
}
