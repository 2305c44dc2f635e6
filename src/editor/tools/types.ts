import type { Guide } from '../../core/editing/smartGuides.ts';
import type { ColorRef, Point } from '../../core/document/types.ts';
import type { EditorStore } from '../store.ts';
import type { Bounds } from '../../core/geometry/index.ts';

export interface PointerInfo {
  /** Millimetres in the design frame. */
  at: Point;
  /** The item under the pointer, if any. */
  itemId?: string;
  shift: boolean;
  /** A selection-box handle ('nw'…'w', 'rotate') or a path point ('sub:seg:anchor|hin|hout') under the pointer. */
  handle?: string;
  /** Alt/Option held (zoom out with the zoom tool). */
  alt?: boolean;
}

export interface ToolContext {
  store: EditorStore;
  /** Current enamel colour and metal line width, from the palette and the tool options. */
  color: () => ColorRef;
  setColor?: (c: ColorRef) => void;
  lineWidth: () => number;
  /** Open the text form for a new text placed at this point. */
  placeText?: (at: Point) => void;
  /** The camera, for the hand and zoom tools. */
  view?: { panByMm(dx: number, dy: number): void; zoomAbout(factor: number, at: Point): void };
  /** Corners of new polygons and stars. */
  corners?: () => number;
  notify: (message: string) => void;
  newId: (prefix: string) => string;
  /** Where a drawn point lands (anchors, line ends, grid). */
  snap?: (p: Point) => Point;
  /** Pick the reference image's colour at a point (false when no image is there). */
  sampleReference?: (at: Point) => boolean;
  /** How near (mm) the smart guides pull a dragged selection: a few screen pixels; undefined when off. */
  snapTolerance?: () => number | undefined;
}

/** A tool is a small state machine; `state` names where it is, for tests and the cursor. */
export interface Tool {
  id: ToolId;
  readonly state: string;
  down(p: PointerInfo): void;
  move(p: PointerInfo): void;
  up(p: PointerInfo): void;
  key(key: string, shift: boolean): boolean;
  /** Points of the shape being drawn, for the canvas preview. */
  preview(): Point[];
  /** The rectangle a marquee drag covers, while it is being dragged. */
  marquee?(): Bounds | null;
  /** Smart guides caught while dragging, to draw. */
  guides?(): Guide[];
}

export type ToolId = 'select' | 'direct' | 'pen' | 'brush' | 'bucket' | 'rectangle' | 'ellipse' | 'polygon' | 'star' | 'eyedropper' | 'cutout' | 'text' | 'hand' | 'zoom';
