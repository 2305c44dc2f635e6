import { colorOffPalette } from './rules/colorOffPalette.ts';
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
  colorOffPalette,
  noGradients,
  tooManyColors,
  sizeOutOfRange,
  posts,
  processMismatch,
] as unknown as readonly CheckDef<Options>[];
