// Writes the corpus pins that are easier to build in code than to draw. Run with
// `npx tsx test/corpus/make-pins.ts`; the .pin.json files are committed, this keeps them honest.
import { writeFileSync } from 'node:fs';
import { pin, PMS } from '../../src/core/document/builders.ts';
import { ellipsePath, parsePathData, rectPath } from '../../src/core/geometry/index.ts';
import { savePinFile } from '../../src/core/io/pinFile.ts';
import { mosaicPin } from '../../bench/mosaic.ts';

const out = (name: string, doc: ReturnType<ReturnType<typeof pin>['build']>) =>
  writeFileSync(new URL(`./${name}.pin.json`, import.meta.url), savePinFile(doc));

// A round badge: die r 12.5, rim whose outer edge is the die line, fills under the metal.
const badge = (name: string) => pin(name, 30, 30).circleOutline(15, 15, 12.5, 'die')
  .strokePath(ellipsePath(15, 15, 12), 1, 'rim').spec({ posts: [{ x: 15, y: 15 }] });

// Lettering: a banner with raised and recessed text of several sizes.
out('lettering-banner-small-text', pin('Lettering banner', 44, 16).rectOutline(0, 0, 40, 12, 'die')
  .strokePathWith(rectPath(0.5, 0.5, 39, 11), 1, 'rim', 'miter', 'butt')
  .rectFill(0, 0, 40, 12, PMS.blue286, { id: 'field' })
  .text('ENAMEL', 2.0, 'raised-metal', [3, 5], 'title')
  .text('est. 2026', 1.2, 'raised-metal', [3, 9], 'subtitle')
  .text('LE 50', 0.8, 'raised-metal', [30, 9], 'edition')
  .spec({ posts: [{ x: 12, y: 6 }, { x: 28, y: 6 }] }).build());

// A pin with two cut-outs: one fine, one too small, and one punched too close to the edge.
out('cutouts-small-hole-and-thin-bridge', badge('Cut-outs').fill(ellipsePath(15, 15, 12), PMS.green362, { id: 'field' })
  .cutout(ellipsePath(15, 9, 1.5), 'big-hole').strokePath(ellipsePath(15, 9, 2), 1, 'big-hole-rim')
  .cutout(ellipsePath(10, 18, 0.45), 'small-hole').strokePath(ellipsePath(10, 18, 0.95), 1, 'small-hole-rim')
  .cutout(ellipsePath(26, 15, 0.8), 'edge-hole').strokePath(ellipsePath(26, 15, 1.3), 1, 'edge-hole-rim').build());

// Enamel drawn to the die line with no metal rim at all.
out('no-rim-enamel-at-edge', pin('No rim', 30, 30).circleOutline(15, 15, 12.5, 'die')
  .fill(ellipsePath(15, 15, 12.5), PMS.red186, { id: 'field' }).spec({ posts: [{ x: 15, y: 15 }] }).build());

// Two fills overlapping past the dividing line.
const path = (d: string) => {
  const r = parsePathData(d);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
};
out('overlapping-fills', badge('Overlap').fill(path('M17 3.17 A12 12 0 1 0 17 26.83 Z'), PMS.red186, { id: 'left' })
  .fill(path('M15 3 A12 12 0 0 1 15 27 Z'), PMS.yellow123, { id: 'right' })
  .line([[15, 2], [15, 28]], 0.5, { id: 'divider', cap: 'butt' }).build());

// Fine detail: dots and a channel too small for enamel.
out('tiny-cells-and-narrow-channel', badge('Tiny cells').fill([...ellipsePath(15, 15, 12), ...ellipsePath(10, 10, 0.5)], PMS.sky291, { id: 'sky', fillRule: 'evenodd' })
  .fill(ellipsePath(10, 10, 0.5), PMS.yellow123, { id: 'dot' }).strokePath(ellipsePath(10, 10, 0.5), 0.8, 'dot-ring')
  .line([[5, 18], [25, 18]], 0.4, { id: 'stripe-top', cap: 'butt' }).line([[5, 18.6], [25, 18.6]], 0.4, { id: 'stripe-bottom', cap: 'butt' }).build());

// A clean 112-item mosaic: cells, walls, rings with dots.
out('mosaic-100-clean', mosaicPin(100));

// Soft enamel: the same wide-field badge passes hard enamel's 0.35 mm cells but soft enamel warns at 0.6 mm.
out('soft-enamel-narrow-cells', badge('Soft enamel stripes').spec({ process: 'soft-enamel' }).profile('soft-enamel')
  .fill([...ellipsePath(15, 15, 12), ...rectPath(3, 13, 24, 0.9)], PMS.white, { id: 'field', fillRule: 'evenodd' })
  .line([[3, 13], [27, 13]], 0.4, { id: 'a', cap: 'butt' }).line([[3, 13.9], [27, 13.9]], 0.4, { id: 'b', cap: 'butt' })
  .fill(rectPath(3, 13, 24, 0.9), PMS.red186, { id: 'stripe' }).build());

// A 10 mm pin (too small) with a 0.3 mm rim (thin).
out('tiny-pin-thin-rim', pin('Tiny', 12, 12).circleOutline(5, 5, 5, 'die').strokePath(ellipsePath(5, 5, 4.85), 0.3, 'rim')
  .fill(ellipsePath(5, 5, 4.85), PMS.red186, { id: 'field' }).spec({ posts: [{ x: 5, y: 5 }] }).build());

// Dyed black metal and glitter ordered as hard enamel.
out('dyed-black-glitter-hard-enamel', badge('Process mismatch').spec({ plating: 'dyed-black' })
  .fill(ellipsePath(15, 15, 12), PMS.blue286, { id: 'field', finish: 'glitter' }).build());

// Two channels between raised lines, one 0.309 mm across (a warning: below 0.35) and one 0.25 mm
// (an error: below 0.3). The width printed is the width that set the severity.
const channel = (y: number, gap: number) => rectPath(1, y, 28, gap + 0.4);
out('channel-widths-one-measurement', pin('Channels', 34, 18).rectOutline(0, 0, 30, 14, 'die')
  .strokePathWith(rectPath(0.5, 0.5, 29, 13), 1, 'rim', 'miter', 'butt')
  .fill([...rectPath(0, 0, 30, 14), ...channel(4, 0.309), ...channel(9, 0.25)], PMS.white, { id: 'field', fillRule: 'evenodd' })
  .line([[1, 4.2], [29, 4.2]], 0.4, { id: 'a-top', cap: 'butt' }).line([[1, 4.909], [29, 4.909]], 0.4, { id: 'a-bottom', cap: 'butt' })
  .line([[1, 9.2], [29, 9.2]], 0.4, { id: 'b-top', cap: 'butt' }).line([[1, 9.85], [29, 9.85]], 0.4, { id: 'b-bottom', cap: 'butt' })
  .fill(channel(4, 0.309), PMS.red186, { id: 'wide-channel' }).fill(channel(9, 0.25), PMS.blue286, { id: 'narrow-channel' })
  .spec({ posts: [{ x: 10, y: 7 }, { x: 20, y: 7 }] }).build());
