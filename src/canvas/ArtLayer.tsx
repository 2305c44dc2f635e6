import Konva from 'konva';
import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import { Layer, Path, Shape } from 'react-konva';
import { createArtRaster, wireColour, type ArtMetal, type ArtView } from './artRaster.ts';
import type { Item } from '../core/document/types.ts';
import { pathGeomToData, type Bounds } from '../core/geometry/index.ts';
import { GLITTER_TILE_MM, GLITTER_TILE_PX, glitterPattern } from './glitter.ts';

// The pin's art on the canvas: items drawn as made, memoised so camera changes and edits
// elsewhere leave them alone.

export interface ItemNodeProps {
  item: Item;
  metal: { stops: Array<number | string>; bounds: Bounds };
  /** Outline view: the hairline width in mm (the paths only, as the resting art draws them). */
  wire?: number;
}

/** One document item, memoised: an edit re-renders only the items it changed. */
const ItemNode = memo(function ItemNode({ item, metal, wire }: ItemNodeProps) {
  // Nothing on the art layers listens: the core finds the item under the pointer (itemAt), so
  // Konva never draws a hit canvas for 2,000 shapes.
  const common = { listening: false };
  if (wire) return <Path {...common} data={pathGeomToData(item.kind === 'text' ? item.outlines : item.path)} stroke={wireColour(item)} strokeWidth={wire} lineJoin="round" />;
  const gradient = {
    fillLinearGradientStartPoint: { x: metal.bounds.minX, y: metal.bounds.minY },
    fillLinearGradientEndPoint: { x: metal.bounds.maxX, y: metal.bounds.maxY },
    fillLinearGradientColorStops: metal.stops,
  };
  switch (item.kind) {
    case 'enamel-fill': {
      // Special enamels look different: glitter sparkles, glow has a halo, translucent shows the metal.
      const sparkle = item.finish === 'glitter' ? glitterPattern(item.color.hex) : undefined;
      const finish = sparkle
        ? { fillPriority: 'pattern', fillPatternImage: sparkle as unknown as HTMLImageElement, fillPatternScale: { x: GLITTER_TILE_MM / GLITTER_TILE_PX, y: GLITTER_TILE_MM / GLITTER_TILE_PX } }
        : item.finish === 'glow' ? { shadowColor: '#C6FF8A', shadowBlur: 1.2, shadowOpacity: 0.9 } : {};
      return <Path {...common} {...finish} data={pathGeomToData(item.path)} fill={item.color.hex} fillRule={item.fillRule} opacity={item.finish === 'translucent' ? 0.7 : 1} />;
    }
    case 'metal-line':
      return (
        <Path {...common} data={pathGeomToData(item.path)} strokeWidth={item.width} lineCap={item.cap} lineJoin={item.join}
          strokeLinearGradientStartPoint={gradient.fillLinearGradientStartPoint} strokeLinearGradientEndPoint={gradient.fillLinearGradientEndPoint}
          strokeLinearGradientColorStops={metal.stops} />
      );
    case 'metal-area':
      return <Path {...common} data={pathGeomToData(item.path)} fillRule={item.fillRule} {...gradient} />;
    case 'text':
      return <Path {...common} data={pathGeomToData(item.outlines)} {...(item.mode === 'raised-metal' ? gradient : { fill: item.color?.hex ?? '#FFFFFF' })} />;
    default:
      return null;
  }
});

/**
 * The resting art: one bitmap (artRaster.ts) repainted where items changed, drawn into the layer
 * as it is (device pixels, no transform). The lifted selection is drawn by ArtNodes above it.
 */
export const ArtLayer = memo(function ArtLayer({ items, metal, view }: { items: Item[]; metal: ArtMetal; view: Omit<ArtView, 'pixelRatio'> }) {
  const raster = useMemo(() => createArtRaster(), []);
  const layer = useRef<Konva.Layer>(null);
  const { scale, x, y, width, height, outlineBlur, wireframe = false } = view;
  useLayoutEffect(() => {
    if (raster.paint(items, metal, { scale, x, y, width, height, outlineBlur, wireframe, pixelRatio: Konva.pixelRatio }) !== 'none') layer.current?.batchDraw();
  }, [raster, items, metal, scale, x, y, width, height, outlineBlur, wireframe]);
  return (
    <Layer ref={layer} listening={false}>
      <Shape listening={false} sceneFunc={(context) => {
        const raw = (context as unknown as { _context: CanvasRenderingContext2D })._context;
        raw.save();
        raw.setTransform(1, 0, 0, 1, 0, 0);
        if (raster.canvas.width && raster.canvas.height) raw.drawImage(raster.canvas, 0, 0);
        raw.restore();
      }} />
    </Layer>
  );
});

/** Enamel under metal under cut-outs. */
export function ArtNodes({ items, metal, wire }: { items: Item[]; metal: ItemNodeProps['metal']; wire?: number }) {
  if (wire) return <>{items.map((it) => <ItemNode key={it.id} item={it} metal={metal} wire={wire} />)}</>;
  return (
    <>
      {items.map((it) => (it.kind === 'enamel-fill' ? <ItemNode key={it.id} item={it} metal={metal} /> : null))}
      {items.map((it) => (it.kind === 'metal-line' || it.kind === 'metal-area' || it.kind === 'text' ? <ItemNode key={it.id} item={it} metal={metal} /> : null))}
      {items.map((it) => (it.kind === 'cutout' ? <Path key={it.id} data={pathGeomToData(it.path)} fill="#ECE8DF" listening={false} /> : null))}
    </>
  );
}

/** Above this many selected items the outline highlight is left out (the box still shows). */
export const MAX_HIGHLIGHTS = 400;

/** The selected items' paths traced in blue, on the overlay: selecting never redraws the art. */
export const Highlight = memo(function Highlight({ item, px }: { item: Item; px: number }) {
  const data = useMemo(() => pathGeomToData(item.kind === 'text' ? item.outlines : item.path), [item]);
  return <Path data={data} stroke="#1F6FEB" strokeWidth={1.5 * px} listening={false} />;
});
