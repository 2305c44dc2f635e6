import { colorBleed } from './rules/colorBleed.ts';
import { colorOffPalette } from './rules/colorOffPalette.ts';
import { enamelAtEdge } from './rules/enamelAtEdge.ts';
import { enamelTooNarrow } from './rules/enamelTooNarrow.ts';
import { enamelTooSmall } from './rules/enamelTooSmall.ts';
import { fillGap } from './rules/fillGap.ts';
import { fillOverlap } from './rules/fillOverlap.ts';
import { holeTooSmall } from './rules/holeTooSmall.ts';
import { outsideOutline } from './rules/outsideOutline.ts';
import { rimTooThin } from './rules/rimTooThin.ts';
import { textTooSmall } from './rules/textTooSmall.ts';
import { metalTooThin } from './rules/metalTooThin.ts';
import { noGradients } from './rules/noGradients.ts';
import { posts } from './rules/posts.ts';
import { processMismatch } from './rules/processMismatch.ts';
import { sizeOutOfRange } from './rules/sizeOutOfRange.ts';
import { tooManyColors } from './rules/tooManyColors.ts';
import type { CheckDef, Options } from './types.ts';

/** The explicit list of checks. A meta-test holds every entry to a docs page and tests. */
export const CHECKS: readonly CheckDef<Options>[] = [
  metalTooThin,
  enamelTooNarrow,
  enamelTooSmall,
  colorOffPalette,
  fillGap,
  colorBleed,
  fillOverlap,
  enamelAtEdge,
  outsideOutline,
  rimTooThin,
  holeTooSmall,
  textTooSmall,
  noGradients,
  tooManyColors,
  sizeOutOfRange,
  posts,
  processMismatch,
] as unknown as readonly CheckDef<Options>[];
