import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKS, PROFILES, RULE_IDS } from '../src/core/checks/index.ts';

const root = new URL('../', import.meta.url);
const camel = (id: string) => id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

describe('every check is documented and tested', () => {
  it.each(CHECKS.map((c) => [c.id, c] as const))('%s', (id, check) => {
    expect(RULE_IDS).toContain(id);
    const page = new URL(`docs/checks/${id}.md`, root);
    expect(existsSync(page), `docs/checks/${id}.md is missing`).toBe(true);
    const text = readFileSync(page, 'utf8');
    for (const heading of ['## Why factories care', '## Options', '## Bad', '## Fixed']) expect(text, `${id}.md needs "${heading}"`).toContain(heading);
    expect(existsSync(new URL(`src/core/checks/rules/${camel(id)}.test.ts`, root)), `tests for ${id}`).toBe(true);
    expect(Object.keys(check.messages).length).toBeGreaterThan(0);
  });

  it('ids are unique and permanent ones only', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('profiles only configure known rules, with the numbers from DOMAIN.md', () => {
    for (const p of PROFILES) for (const id of Object.keys(p.rules)) expect(RULE_IDS).toContain(id);
    const hard = PROFILES.find((p) => p.id === 'hard-enamel')!;
    expect(hard.rules['metal-too-thin']?.options).toEqual({ errorBelow: 0.2, warnBelow: 0.3 });
    expect(PROFILES.find((p) => p.id === 'soft-enamel')!.rules['enamel-too-narrow']?.options).toMatchObject({ warnBelow: 0.6 });
  });
});
