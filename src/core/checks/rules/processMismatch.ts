import type { CheckDef } from '../types.ts';

type O = Record<string, never>;

const PROCESS_LABEL: Record<string, string> = {
  'hard-enamel': 'hard enamel', 'soft-enamel': 'soft enamel', 'die-struck': 'die-struck', 'offset-printed': 'offset printed',
};

export const processMismatch: CheckDef<O> = {
  id: 'process-mismatch',
  title: 'Spec does not fit the process',
  category: 'order',
  defaultSeverity: 'error',
  defaultOptions: {},
  description: 'Plating, finishes and extras that the chosen process cannot make.',
  messages: {
    hardPlating: '{plating} metal cannot be used with hard enamel: polishing grinds the colour off. Use {instead}.',
    hardGlitter: 'Glitter in hard enamel polishes dull and uneven; factories advise soft enamel or a clear coat for glitter.',
    hardEpoxy: 'An epoxy dome is for soft enamel and printed pins; hard enamel is already polished flat.',
    dieStruckEnamel: 'Die-struck pins have no enamel, but {count} enamel fill(s) are drawn: choose an enamel process or remove them.',
    profileProcess: 'The spec says {spec} but the checks use the {profile} profile: pick the profile for the process you order.',
  },
  run(ctx) {
    const { spec } = ctx.doc;
    const b = ctx.derived.pinBounds();
    const centre = ctx.derived.hasArt() ? { x: (b.minX + b.maxX) / 2, y: (b.minY + b.maxY) / 2 } : { x: 0, y: 0 };
    const fills = ctx.derived.items('enamel-fill');
    if (spec.process !== ctx.profile.process) {
      ctx.report({ messageId: 'profileProcess', data: { spec: PROCESS_LABEL[spec.process]!, profile: ctx.profile.id }, itemIds: [], at: centre, level: 'warning' });
    }
    if (spec.process === 'hard-enamel') {
      if (spec.plating === 'rainbow' || spec.plating === 'dyed-black' || spec.plating === 'painted') {
        const instead = spec.plating === 'dyed-black' ? 'black nickel plating' : 'a plated metal, or soft enamel';
        ctx.report({
          messageId: 'hardPlating',
          data: { plating: spec.plating.replace('-', ' ').replace(/^./, (c) => c.toUpperCase()), instead },
          itemIds: [],
          at: centre,
          suggestion: { kind: 'set-spec', field: 'plating', value: spec.plating === 'dyed-black' ? 'black-nickel' : 'gold' },
          level: 'error',
        });
      }
      const glitter = fills.filter((f) => f.kind === 'enamel-fill' && f.finish === 'glitter');
      if (glitter.length) {
        ctx.report({ messageId: 'hardGlitter', itemIds: glitter.map((g) => g.id), at: ctx.derived.anchor(glitter[0]!), level: 'warning' });
      }
      if (spec.epoxyDome) {
        ctx.report({ messageId: 'hardEpoxy', itemIds: [], at: centre, suggestion: { kind: 'set-spec', field: 'epoxyDome', value: false }, level: 'warning' });
      }
    }
    if (spec.process === 'die-struck' && fills.length) {
      ctx.report({ messageId: 'dieStruckEnamel', data: { count: fills.length }, itemIds: fills.map((f) => f.id), at: ctx.derived.anchor(fills[0]!), level: 'error' });
    }
  },
};
