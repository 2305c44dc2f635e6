import { area, difference, EMPTY_REGION, intersect, isEmpty, offset, stripWidth, union, type Region } from '../../geometry/index.ts';
import type { Scene } from '../geometry/scene.ts';
import { isBelow } from '../../units.ts';
import { CHANNEL_K, ids, itemsTouching, narrowParts, significantPieces, SPECK_MM2 } from '../geometry/measure.ts';
import type { GeoCheck, GeoFinding } from '../geometry/tiles.ts';

export type MetalThinOptions = { errorBelow: number; warnBelow: number; reportTips: boolean };

/**
 * Raised metal narrower than the minimum, measured on the metal itself (a morphological
 * opening), after the die cut: necks in metal areas, slivers where shapes meet, a line thinned
 * by a cut. Lines already too thin by their own width are reported by width, not again here.
 */
/**
 * Where metal can be thin although no line is: a union of round strokes each at least 2r wide is
 * itself a union of r-discs, so it has no part narrower than 2r. Only metal areas and raised text
 * (any shape), miter tips (asked for), and the die cut (which can slice a line) can make thin
 * metal; the opening runs on the metal around those places only, and findings are kept where
 * window-cut artefacts cannot reach.
 */
function metalToExamine(scene: Scene, r: number, tips: boolean): { region: Region; keep: Region } {
  const sources: Region[] = [];
  for (const m of scene.metalItems) {
    const it = m.item;
    const shaped = it.kind === 'metal-area' || it.kind === 'text';
    const mitered = tips && it.kind === 'metal-line' && it.join === 'miter';
    if (shaped || mitered) sources.push(m.region);
  }
  // The cut can only thin metal it actually cuts: skip the edge when no metal crosses it.
  if (scene.hasDie && !scene.dieCoversWindow && area(difference(scene.metal, scene.die)) > SPECK_MM2) sources.push(scene.edgeBand(2 * r));
  if (!sources.length) return { region: EMPTY_REGION, keep: EMPTY_REGION };
  const interest = union(...sources);
  const keep = offset(interest, r);
  const look = intersect(scene.metalInDie, offset(interest, 4 * r));
  return { region: look, keep };
}

export const metalThinGeometry: GeoCheck<MetalThinOptions> = {
  reach: (o) => Math.max(o.errorBelow, o.warnBelow),
  tile(scene, o) {
    const out: GeoFinding[] = [];
    const flagged = scene.metalItems.filter((m) => m.item.kind === 'metal-line' && isBelow(m.item.width, o.warnBelow));
    const rw = o.warnBelow / 2;
    const re = o.errorBelow / 2;
    const metal = metalToExamine(scene, rw, o.reportTips);
    if (isEmpty(metal.region)) return out;
    let warnThin = intersect(narrowParts(metal.region, rw), metal.keep);
    if (flagged.length) warnThin = difference(warnThin, union(...flagged.map((f) => f.region)));
    const pieces = significantPieces(warnThin, rw);
    if (!pieces.length) return out;
    const errThin = narrowParts(metal.region, re);
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

