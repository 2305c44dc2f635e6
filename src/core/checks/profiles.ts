import type { Process } from '../document/types.ts';
import type { Options, RuleId } from './types.ts';

/** A factory profile: per-rule severity and options, as data (numbers from DOMAIN.md). */
export interface Profile {
  id: string;
  title: string;
  process: Process;
  rules: Partial<Record<RuleId, { severity?: 'error' | 'warning' | 'off'; options?: Options }>>;
}

const METAL = { errorBelow: 0.2, warnBelow: 0.3 };

const HARD: Profile = {
  id: 'hard-enamel',
  title: 'Hard enamel (cloisonné-style, polished flat)',
  process: 'hard-enamel',
  rules: {
    'metal-too-thin': { options: METAL },
    'color-bleed': { options: { errorBelow: 0.2, warnBelow: 0.3 } },
    'enamel-too-narrow': { options: { errorBelow: 0.3, warnBelow: 0.35 } },
    'enamel-too-small': { options: { minWidth: 0.3 } },
    'text-too-small': { options: { metalCapErrorBelow: 1.0, metalCapWarnBelow: 1.5, recessedErrorBelow: 1.0 } },
    'enamel-at-edge': { options: { minRim: 0.2 } },
    'rim-too-thin': { options: { errorBelow: 0.2, warnBelow: 0.5 } },
    'hole-too-small': { options: { minDiameter: 1.2, minBridge: 1.2 } },
    'size-out-of-range': { options: { min: 12.7, max: 76.2 } },
    'too-many-colors': { options: { max: 5 } },
    posts: { options: { onePostMaxSize: 32, twoPostMaxSize: 55 } },
  },
};

export const PROFILES: readonly Profile[] = [
  HARD,
  {
    id: 'soft-enamel',
    title: 'Soft enamel (recessed, textured)',
    process: 'soft-enamel',
    rules: {
      ...HARD.rules,
      'enamel-too-narrow': { options: { errorBelow: 0.3, warnBelow: 0.6 } },
    },
  },
  {
    id: 'die-struck',
    title: 'Die-struck (metal only, no enamel)',
    process: 'die-struck',
    rules: {
      ...HARD.rules,
      'color-off-palette': { severity: 'off' },
      'too-many-colors': { severity: 'off' },
      'no-gradients': { severity: 'off' },
      'color-bleed': { severity: 'off' },
      'enamel-too-narrow': { severity: 'off' },
      'enamel-too-small': { severity: 'off' },
      'fill-gap': { severity: 'off' },
      'fill-overlap': { severity: 'off' },
    },
  },
  {
    id: 'offset-printed',
    title: 'Offset printed (CMYK print under epoxy, no metal dams)',
    process: 'offset-printed',
    rules: {
      ...HARD.rules,
      'metal-too-thin': { severity: 'off' },
      'color-bleed': { severity: 'off' },
      'fill-gap': { severity: 'off' },
      'enamel-too-narrow': { severity: 'off' },
      'enamel-too-small': { severity: 'off' },
      'color-off-palette': { severity: 'off' },
      'too-many-colors': { severity: 'off' },
      'no-gradients': { severity: 'off' },
      'text-too-small': { options: { metalCapErrorBelow: 0.8, metalCapWarnBelow: 1.2, recessedErrorBelow: 0.8 } },
    },
  },
];

export const DEFAULT_PROFILE = 'hard-enamel';

export function findProfile(id: string): Profile | undefined {
  return PROFILES.find((p) => p.id === id);
}
