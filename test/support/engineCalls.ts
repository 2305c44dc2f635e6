import { Clipper, FillRule } from 'clipper2-ts';

// Inputs that once sent the polygon engine into an endless loop, called bare (not through the
// facade's guards) so a test proves the engine itself returns.

/**
 * Found by fuzzing (issue 15): a ring that runs right along a horizontal, back left over itself,
 * then up and back. clipper2-ts 2.0.1 kept the first horizontal's direction for the next one in
 * the same bound and walked the active edge list the wrong way for ever (fixed by
 * patches/clipper2-ts+2.0.1.patch; upstream C# re-reads it).
 */
export const HORIZONTAL_SPIKE = [[
  { x: 132976, y: 66951 }, { x: 134203, y: 66951 }, { x: 135113, y: 66951 }, { x: 132976, y: 66951 }, { x: 133676, y: 70272 },
]];

export function unionBare(paths: typeof HORIZONTAL_SPIKE): number {
  return Clipper.union(paths, FillRule.NonZero).length;
}
