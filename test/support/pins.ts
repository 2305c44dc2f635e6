import { pin, PMS, type PinBuilder } from '../../src/core/document/builders.ts';
import { readFileSync } from 'node:fs';
import type { PinDocument } from '../../src/core/document/types.ts';
import { ellipsePath, rectPath } from '../../src/core/geometry/index.ts';
import { importSvg } from '../../src/core/io/svg/import.ts';

/**
 * A 20 × 10 mm bar pin: die line, a metal rim whose outer edge is the die line (`rim` wide),
 * and a divider at x = 10 (`wall` wide). Fills meet at the divider's centre line, under the metal,
 * as a careful artist draws them. Tests change one thing at a time.
 */
export function barPin(opts: { rim?: number; wall?: number; left?: string | { hex: string; code?: string }; right?: string | { hex: string; code?: string } | null; leftWidth?: number } = {}): PinBuilder {
  const rim = opts.rim ?? 1;
  const wall = opts.wall ?? 0.4;
  const b = pin('Bar pin', 24, 14).rectOutline(0, 0, 20, 10, 'die');
  if (rim > 0) b.strokePathWith(rectPath(rim / 2, rim / 2, 20 - rim, 10 - rim), rim, 'rim', 'miter', 'butt');
  if (wall > 0) b.line([[10, 0], [10, 10]], wall, { id: 'wall', cap: 'butt', join: 'miter' });
  b.rectFill(0, 0, opts.leftWidth ?? 10, 10, opts.left ?? PMS.red186, { id: 'left' });
  if (opts.right !== null) b.rectFill(10, 0, 10, 10, opts.right ?? PMS.blue286, { id: 'right' });
  return b.spec({ posts: [{ x: 5, y: 5 }] });
}

/** The clean sample badge with a 3 mm hole cut through its sky and its sun in a colour without a code. */
export function badgeWithHoleAndCustomSun(): PinDocument {
  const svg = readFileSync(new URL('../fixtures/samples/mountain-badge.svg', import.meta.url), 'utf8')
    .replace('<circle data-pantone="123 C" fill="#FFC72C"', '<circle fill="#E0115F"');
  const r = importSvg(svg, { name: 'Badge with a hole' });
  if (!r.ok) throw new Error(r.error);
  const doc = r.doc;
  doc.items.hole = { id: 'hole', kind: 'cutout', path: ellipsePath(17, 6, 1.5) };
  doc.order.push('hole');
  return doc;
}
