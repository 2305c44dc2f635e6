import { pin, PMS } from '../src/core/document/builders.ts';
import type { PinDocument } from '../src/core/document/types.ts';
import { ellipsePath, rectPath } from '../src/core/geometry/index.ts';

const COLORS = [PMS.red186, PMS.blue286, PMS.yellow123, PMS.green362, PMS.sky291, PMS.white];

/**
 * A mosaic pin of about `items` items: a grid of enamel cells behind metal walls, a rim, and
 * curved accents (circles) every few cells — the shape of a busy real pin (issue 3's benchmark).
 */
export function mosaicPin(items: number): PinDocument {
  // Cells + walls + accents ≈ items: n·m cells, n+m walls, and every ninth cell holds a metal
  // ring with a white dot (two more items), as a detailed real pin would.
  const cells = Math.max(4, Math.round(items / 1.25));
  const cols = Math.max(2, Math.round(Math.sqrt(cells * 0.8)));
  const rows = Math.max(2, Math.round(cells / cols));
  const pitch = 2.0;
  const w = cols * pitch + 2;
  const h = rows * pitch + 2;
  const b = pin(`Mosaic ${items}`, w + 2, h + 2).rectOutline(0, 0, w, h, 'die')
    .strokePathWith(rectPath(0.5, 0.5, w - 1, h - 1), 1, 'rim', 'miter', 'butt');
  const hasDot = (i: number, j: number) => i % 3 === 0 && j % 3 === 1;
  for (let i = 0; i < cols; i++) {
    for (let j = 0; j < rows; j++) {
      const x = 1 + i * pitch;
      const y = 1 + j * pitch;
      const color = COLORS[(i * 7 + j * 3) % (COLORS.length - 1)]!;
      // A cell with a dot is filled around it (a hole under the ring's centre line), as a bucket fill makes it.
      if (hasDot(i, j)) b.fill([...rectPath(x, y, pitch, pitch), ...ellipsePath(x + pitch / 2, y + pitch / 2, 0.35)], color, { id: `c${i}-${j}`, fillRule: 'evenodd' });
      else b.rectFill(x, y, pitch, pitch, color, { id: `c${i}-${j}` });
    }
  }
  for (let i = 0; i <= cols; i++) b.line([[1 + i * pitch, 1], [1 + i * pitch, h - 1]], 0.3, { id: `v${i}`, cap: 'butt', join: 'miter' });
  for (let j = 0; j <= rows; j++) b.line([[1, 1 + j * pitch], [w - 1, 1 + j * pitch]], 0.3, { id: `h${j}`, cap: 'butt', join: 'miter' });
  let k = 0;
  for (let i = 0; i < cols; i++) {
    for (let j = 0; j < rows; j++) {
      if (!hasDot(i, j)) continue;
      const cx = 1 + (i + 0.5) * pitch;
      const cy = 1 + (j + 0.5) * pitch;
      b.fill(ellipsePath(cx, cy, 0.35), PMS.white, { id: `dot${k}` });
      b.strokePath(ellipsePath(cx, cy, 0.35), 0.3, `ring${k++}`);
    }
  }
  return b.spec({ posts: [{ x: w / 2, y: h / 2 }] }).build();
}
