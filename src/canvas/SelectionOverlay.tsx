import { Circle, Group, Line, Rect } from 'react-konva';
import type { Item } from '../core/document/types.ts';
import type { Bounds } from '../core/geometry/index.ts';
import { handlePositions, type HandleId } from '../editor/selectionBox.ts';

/** Above this many anchors a path shows no points: it came from an import and is not hand-edited. */
const MAX_EDITABLE_ANCHORS = 1500;
const BLUE = '#1F6FEB';

/** The select tool's box: eight scale handles and a round rotate handle (named for hit-testing). */
export function SelectionBox({ box, scale }: { box: Bounds; scale: number }) {
  const px = 1 / scale;
  const handles = handlePositions(box, 18 * px);
  const size = 8 * px;
  return (
    <Group>
      <Rect x={box.minX} y={box.minY} width={box.maxX - box.minX} height={box.maxY - box.minY} stroke={BLUE} strokeWidth={px} dash={[4 * px, 3 * px]} listening={false} />
      <Line points={[handles.n.x, handles.n.y, handles.rotate.x, handles.rotate.y]} stroke={BLUE} strokeWidth={px} listening={false} />
      {(Object.entries(handles) as Array<[HandleId, { x: number; y: number }]>).map(([id, p]) => (id === 'rotate'
        ? <Circle key={id} name={`handle:${id}`} x={p.x} y={p.y} radius={size * 0.6} fill="#fff" stroke={BLUE} strokeWidth={1.5 * px} hitStrokeWidth={6 * px} />
        : <Rect key={id} name={`handle:${id}`} x={p.x - size / 2} y={p.y - size / 2} width={size} height={size} fill="#fff" stroke={BLUE} strokeWidth={1.5 * px} />))}
    </Group>
  );
}

/** The direct-select view of one path: anchors as squares, handles as dots on their arms. */
export function AnchorPoints({ item, scale }: { item: Item; scale: number }) {
  if (item.kind === 'text') return null;
  const count = item.path.reduce((n, sp) => n + sp.segments.length, 0);
  if (count > MAX_EDITABLE_ANCHORS) return null;
  const px = 1 / scale;
  const size = 7 * px;
  return (
    <Group>
      {item.path.flatMap((sp, i) => sp.segments.map((s, j) => (
        <Group key={`${i}:${j}`}>
          {(['hin', 'hout'] as const).map((part) => {
            const h = s[part];
            if (!h) return null;
            return (
              <Group key={part}>
                <Line points={[s.x, s.y, s.x + h.x, s.y + h.y]} stroke={BLUE} strokeWidth={px} listening={false} />
                <Circle name={`handle:${i}:${j}:${part}`} x={s.x + h.x} y={s.y + h.y} radius={3.5 * px} fill={BLUE} hitStrokeWidth={6 * px} />
              </Group>
            );
          })}
          <Rect name={`handle:${i}:${j}:anchor`} x={s.x - size / 2} y={s.y - size / 2} width={size} height={size} fill="#fff" stroke={BLUE} strokeWidth={1.5 * px} />
        </Group>
      )))}
    </Group>
  );
}

/** The dashed rectangle of a marquee drag. */
export function Marquee({ rect, scale }: { rect: Bounds; scale: number }) {
  const px = 1 / scale;
  return <Rect x={rect.minX} y={rect.minY} width={rect.maxX - rect.minX} height={rect.maxY - rect.minY} stroke={BLUE} strokeWidth={px} dash={[4 * px, 3 * px]} fill="rgba(31,111,235,0.06)" listening={false} />;
}
