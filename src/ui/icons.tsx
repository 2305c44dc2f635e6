import type { ReactNode } from 'react';
import type { ToolId } from '../editor/tools/types.ts';

// Tool icons as inline SVG: the Unicode symbols they replace are missing from many system fonts.
const s = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.6, strokeLinejoin: 'round' as const, strokeLinecap: 'round' as const };
const ARROW = 'M5 2.5V16l3.6-3.4 2.6 5.6 2-.9-2.6-5.5H15Z';

export const TOOL_ICONS: Record<ToolId | 'die', ReactNode> = {
  select: <path d={ARROW} fill="currentColor" />,
  direct: <path d={ARROW} {...s} fill="#fff" />,
  pen: <><path d="M10 2l5 8-3 7H8l-3-7Z" {...s} /><path d="M10 2v8" {...s} /><circle cx="10" cy="11" r="1.3" fill="currentColor" /></>,
  brush: <path d="M3 15c3-9 7 4 10-3 1.2-2.6 2.5-5 4-7" {...s} strokeWidth={2.2} />,
  rectangle: <rect x="3" y="5" width="14" height="10" {...s} />,
  ellipse: <ellipse cx="10" cy="10" rx="7" ry="5.5" {...s} />,
  polygon: <path d="M10 3l6 3.5v7L10 17l-6-3.5v-7Z" {...s} />,
  star: <path d="M10 2.5l2.2 4.8 5.2.5-3.9 3.5 1.1 5.2L10 13.8l-4.6 2.7 1.1-5.2-3.9-3.5 5.2-.5Z" {...s} />,
  text: <path d="M4 4h12M10 4v13M7.5 17h5" {...s} strokeWidth={2} />,
  bucket: <><path d="M3.5 9.5L10 3l6.5 6.5L10 16Z" {...s} /><path d="M3.5 9.5h13" {...s} /><path d="M17 12.5c.9 1.3 1.3 2.2 1.3 2.8a1.3 1.3 0 0 1-2.6 0c0-.6.4-1.5 1.3-2.8Z" fill="currentColor" /></>,
  eyedropper: <><path d="M12.5 4.5l3 3-8.5 8.5H4v-3Z" {...s} /><path d="M13 2.5l4.5 4.5" {...s} strokeWidth={2.4} /></>,
  cutout: <><circle cx="10" cy="10" r="7" {...s} strokeDasharray="2.2 1.8" /><circle cx="10" cy="10" r="3" fill="currentColor" /></>,
  hand: <path d="M6 11V6.2a1 1 0 0 1 2 0V10V4.2a1 1 0 0 1 2 0V10V5a1 1 0 0 1 2 0v6V7.2a1 1 0 0 1 2 0V13c0 2.8-2 5-4.6 5-2.2 0-3.6-1.2-4.6-3.2L3.6 11.6a1 1 0 0 1 1.7-1Z" {...s} strokeWidth={1.3} />,
  zoom: <><circle cx="8.5" cy="8.5" r="5" {...s} /><path d="M12.2 12.2L17 17M6.5 8.5h4M8.5 6.5v4" {...s} /></>,
  die: <><circle cx="10" cy="10" r="7.5" {...s} strokeDasharray="2.2 1.8" /><circle cx="10" cy="10" r="4.5" {...s} /></>,
};

export function ToolIcon({ id }: { id: ToolId | 'die' }) {
  return <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden>{TOOL_ICONS[id]}</svg>;
}
