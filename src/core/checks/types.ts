import type { PinDocument, Point } from '../document/types.ts';
import type { Palette } from '../palette/index.ts';
import type { Derived } from './derived.ts';
import type { Profile } from './profiles.ts';

/** Permanent ids (CONTRACTS.md): settings, waivers and reports refer to them forever. */
export const RULE_IDS = [
  'metal-too-thin', 'enamel-too-narrow', 'enamel-too-small', 'color-off-palette', 'fill-gap', 'color-bleed',
  'fill-overlap', 'enamel-at-edge', 'outside-outline', 'rim-too-thin', 'hole-too-small', 'text-too-small',
  'too-many-colors', 'size-out-of-range', 'posts', 'no-gradients', 'process-mismatch',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Level = 'error' | 'warning';
export type Category = 'metal' | 'enamel' | 'color' | 'outline' | 'order';

/** A fix the editor can apply in one click, as data. */
export type Suggestion =
  | { kind: 'snap-color'; code: string; hex: string; deltaE: number; alternatives: Array<{ code: string; hex: string; deltaE: number }> }
  | { kind: 'set-width'; width: number; itemId?: string }
  | { kind: 'extend-fill'; itemId: string; code?: string; hex: string }
  | { kind: 'remove-region' }
  | { kind: 'set-text-size'; itemId: string; size: number }
  | { kind: 'set-size'; longestSide: number }
  | { kind: 'set-spec'; field: string; value: unknown }
  | { kind: 'flatten-paint' }
  | { kind: 'merge-colors'; count: number };

export interface Violation {
  rule: RuleId;
  severity: Level;
  message: string;
  items: string[];
  /** Millimetres in the design frame. */
  at: Point;
  /** Rings (x,y pairs in mm) to highlight. */
  region?: number[][];
  measured?: number;
  limit?: number;
  suggestion?: Suggestion;
  waived?: { comment: string };
}

export interface ReportInput {
  messageId: string;
  data?: Record<string, string | number>;
  itemIds: string[];
  at: Point;
  region?: number[][];
  measured?: number;
  limit?: number;
  suggestion?: Suggestion;
  /** The check's default severity unless the finding itself is milder or harsher. */
  level?: Level;
}

export type OptionValue = number | string | boolean | string[];
export type Options = Record<string, OptionValue>;

export interface CheckContext<O extends Options = Options> {
  readonly doc: PinDocument;
  readonly options: O;
  readonly profile: Profile;
  readonly palette: Palette;
  readonly derived: Derived;
  report(r: ReportInput): void;
}

export interface CheckDef<O extends Options = Options> {
  id: RuleId;
  title: string;
  category: Category;
  defaultSeverity: Level;
  defaultOptions: O;
  /** Message templates with {placeholders}. */
  messages: Record<string, string>;
  /** One-line summary; the full page is docs/checks/<id>.md. */
  description: string;
  run(ctx: CheckContext<O>): void;
  /** For checks that need area geometry: how far they look, for the tile windows. */
  reach?(options: O): number;
}

export interface CheckReport {
  profile: string;
  summary: { errors: number; warnings: number; waived: number };
  violations: Violation[];
  /** Findings past the per-check cap, by rule. */
  truncated: Partial<Record<RuleId, number>>;
  staleWaivers: Array<{ rule: string; items: string[]; at: Point; comment: string }>;
  /** Checks that could not run, with the reason. */
  skipped?: string;
}
