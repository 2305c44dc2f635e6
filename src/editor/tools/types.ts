import type { ColorRef, Point } from '../../core/document/types.ts';
import type { EditorStore } from '../store.ts';

export interface PointerInfo {
  /** Millimetres in the design frame. */
  at: Point;
  /** The item under the pointer, if any. */
  itemId?: string;
  shift: boolean;
}

export interface ToolContext {
  store: EditorStore;
  /** Current enamel colour and metal line width, from the palette and the tool options. */
  color: () => ColorRef;
  setColor?: (c: ColorRef) => void;
  lineWidth: () => number;
  notify: (message: string) => void;
  newId: (prefix: string) => string;
  /** Where a drawn point lands (anchors, line ends, grid). */
  snap?: (p: Point) => Point;
}

/** A tool is a small state machine; `state` names where it is, for tests and the cursor. */
export interface Tool {
  id: 'select' | 'pen' | 'bucket' | 'rectangle' | 'ellipse' | 'eyedropper' | 'cutout';
  readonly state: string;
  down(p: PointerInfo): void;
  move(p: PointerInfo): void;
  up(p: PointerInfo): void;
  key(key: string, shift: boolean): boolean;
  /** Points of the shape being drawn, for the canvas preview. */
  preview(): Point[];
}
