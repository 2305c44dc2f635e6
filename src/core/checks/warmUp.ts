import { pin, PMS } from '../document/builders.ts';
import type { PinDocument } from '../document/types.ts';
import { ellipsePath, rectPath } from '../geometry/shapes.ts';

/**
 * A small pin that walks every area rule through its costly paths (a curved die line, a thin
 * line, touching colours, a sliver, a gap, a colour off the palette, a narrow cell), for a
 * checker to run while nobody waits on it: a fresh JavaScript engine runs the first checks
 * several times slower than later ones (measured: 200 ms, 58 ms, then ~20 ms on the sample pin),
 * so the first verdict an artist waits for comes from code that has already run.
 */
export function warmUpPin(): PinDocument {
  return pin('Warm-up', 26, 26)
    .circleOutline(12, 12, 11, 'die')
    .strokePath(ellipsePath(12, 12, 10.5), 0.9, 'rim')
    .fill(ellipsePath(12, 12, 10.1), PMS.sky291, { id: 'sky' })
    .rectFill(4, 12, 8, 6, PMS.red186, { id: 'red' })
    .rectFill(12.05, 12, 7, 6, { hex: '#12AB34' }, { id: 'green' })
    .rectFill(8, 18.02, 6, 0.08, PMS.yellow123, { id: 'sliver' })
    .line([[3, 11], [21, 11]], 0.12, { id: 'thin' })
    .line([[6, 6], [10, 8], [14, 6]], 0.35, { id: 'arc', join: 'round', cap: 'round' })
    .fill(rectPath(15, 4, 0.25, 5), PMS.white, { id: 'narrow' })
    .cutout(ellipsePath(12, 20, 0.6), 'hole')
    .spec({ posts: [{ x: 12, y: 12 }] })
    .build();
}
