import type { ColorRef, Item } from '../../document/types.ts';
import { fillColor } from '../../kinds/index.ts';
import { interiorPoint } from '../../geometry/index.ts';
import { kindOfCode } from '../../palette/index.ts';
import type { CheckDef, Suggestion } from '../types.ts';

type O = { suggestions: number };

export const colorOffPalette: CheckDef<O> = {
  id: 'color-off-palette',
  title: 'Colour not in the enamel palette',
  category: 'color',
  defaultSeverity: 'error',
  defaultOptions: { suggestions: 3 },
  description: 'Every enamel colour must be a Pantone Solid Coated code (or a stock enamel such as White).',
  messages: {
    custom: 'Colour {hex} is not a Pantone colour. Nearest: {nearest}. Factories mix enamel to PMS C codes.',
    unknownCode: 'Colour code "{code}" is not in the {palette} palette. Nearest to its colour: {nearest}.',
    uncoated: 'Colour "{code}" is an uncoated (U) Pantone code; enamel is matched to coated (C) codes. Nearest C: {nearest}.',
  },
  run(ctx) {
    // One finding per colour, listing every item painted with it.
    const groups = new Map<string, { color: ColorRef; items: Item[] }>();
    for (const item of ctx.derived.items()) {
      const color = fillColor(item);
      if (!color) continue;
      const entry = color.code ? ctx.palette.find(color.code) : undefined;
      if (entry && (entry.kind === 'pantone-c' || entry.kind === 'stock' || entry.kind === 'custom')) continue;
      const key = `${color.code ?? ''}|${color.hex}`;
      const g = groups.get(key) ?? { color, items: [] };
      g.items.push(item);
      groups.set(key, g);
    }
    for (const { color, items } of groups.values()) {
      const near = ctx.palette.nearest(color.hex, Math.max(1, ctx.options.suggestions)).filter((m) => m.entry.kind === 'pantone-c' || m.entry.kind === 'stock');
      const nearest = near.map((m) => `${m.entry.code} (ΔE ${m.deltaE.toFixed(1)})`).join(', ') || 'none';
      const best = near[0];
      const suggestion: Suggestion | undefined = best
        ? { kind: 'snap-color', code: best.entry.code, hex: best.entry.hex, deltaE: Number(best.deltaE.toFixed(2)), alternatives: near.slice(1).map((m) => ({ code: m.entry.code, hex: m.entry.hex, deltaE: Number(m.deltaE.toFixed(2)) })) }
        : undefined;
      const first = items[0]!;
      const at = interiorPoint(ctx.derived.region(first)) ?? ctx.derived.anchor(first);
      const uncoated = color.code && kindOfCode(color.code) === 'pantone-u';
      ctx.report({
        messageId: !color.code ? 'custom' : uncoated ? 'uncoated' : 'unknownCode',
        data: { hex: color.hex, code: color.code ?? '', nearest, palette: ctx.palette.name },
        itemIds: items.map((i) => i.id),
        at,
        ...(best ? { measured: best.deltaE } : {}),
        ...(suggestion ? { suggestion } : {}),
        level: uncoated ? 'warning' : 'error',
      });
    }
  },
};
