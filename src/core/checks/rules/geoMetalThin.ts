import { difference, intersect, isEmpty, stripWidth, union } from '../../geometry/index.ts';
import { isBelow } from '../../units.ts';
import { CHANNEL_K, ids, itemsTouching, narrowParts, significantPieces } from '../geometry/measure.ts';
import type { GeoCheck, GeoFinding } from '../geometry/tiles.ts';

export type MetalThinOptions = { errorBelow: number; warnBelow: number; reportTips: boolean };

/**
 * Raised metal narrower than the minimum, measured on the metal itself (a morphological
 * opening), after the die cut: necks in metal areas, slivers where shapes meet, a line thinned
 * by a cut. Lines already too thin by their own width are reported by width, not again here.
 */
export const metalThinGeometry: GeoCheck<MetalThinOptions> = {
  reach: (o) => Math.max(o.errorBelow, o.warnBelow),
  tile(scene, o) {
    const out: GeoFinding[] = [];
    const flagged = scene.metalItems.filter((m) => m.item.kind === 'metal-line' && isBelow(m.item.width, o.warnBelow));
    const metal = scene.metalInDie;
    if (isEmpty(metal)) return out;
    const rw = o.warnBelow / 2;
    const re = o.errorBelow / 2;
    let warnThin = narrowParts(metal, rw);
    if (flagged.length) warnThin = difference(warnThin, union(...flagged.map((f) => f.region)));
    const pieces = significantPieces(warnThin, rw);
    if (!pieces.length) return out;
    const errThin = narrowParts(metal, re);
    for (const p of pieces) {
      const errPart = intersect(errThin, p.region);
      const isError = significantPieces(errPart, re).length > 0;
      const channel = p.area > CHANNEL_K * rw * rw;
      if (!channel && !o.reportTips) continue;
      const width = Math.min(stripWidth(p.region), o.warnBelow);
      const touching = itemsTouching(scene.metalItems, p.region);
      const lines = touching.filter((t) => t.item.kind === 'metal-line');
      const finding: GeoFinding = {
        messageId: channel ? 'neck' : 'tip',
        level: isError && channel ? 'error' : 'warning',
        region: p.region,
        itemIds: ids(touching),
        measured: width,
        limit: isError ? o.errorBelow : o.warnBelow,
        combine: 'min',
        data: { limit: isError ? o.errorBelow : o.warnBelow },
      };
      if (lines.length === 1) finding.suggestion = { kind: 'set-width', width: o.warnBelow, itemId: lines[0]!.item.id };
      out.push(finding);
    }
    return out;
  },
};

