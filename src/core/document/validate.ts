import type { z } from 'zod';
import { PinDocumentSchema } from './schema.ts';
import { exceededLimit } from './limits.ts';
import type { PinDocument } from './types.ts';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One readable problem: where in the file (a dotted path) and what is wrong. */
export interface Problem {
  where: string;
  what: string;
}

export type Validation = { ok: true; doc: PinDocument } | { ok: false; problems: Problem[] };

const MAX_PROBLEMS = 50;

function wherePath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(document)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `is missing (expected ${article(issue.expected)})` : `must be ${article(issue.expected)}, found ${typeName(issue.input)}`;
    case 'invalid_value':
      if (issue.input === undefined) return `is missing (one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')})`;
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'has an unknown kind (expected outline, cutout, metal-line, metal-area, enamel-fill or text)';
    case 'unrecognized_keys':
      return `has unknown fields: ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}

const article = (t: string) => ({ number: 'a number', string: 'text', boolean: 'true or false', object: 'an object', array: 'a list' } as Record<string, string>)[t] ?? t;

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  // JSON cannot hold these; a number like 1e999 reads as one.
  if (typeof v === 'number' && !Number.isFinite(v)) return 'a number too large to use';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;
}

/** Structure and the cross-field rules a schema cannot say (order lists each item once). */
export function validateDocument(input: unknown): Validation {
  const parsed = PinDocumentSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => ({
      where: wherePath(issue.path),
      what: describe(issue),
    }));
    return { ok: false, problems };
  }
  const doc = parsed.data;
  const problems: Problem[] = [];
  for (const [key, item] of Object.entries(doc.items)) {
    if (item.id !== key) problems.push({ where: `items.${key}.id`, what: `must equal its key "${key}", found "${item.id}"` });
  }
  const seen = new Set<string>();
  doc.order.forEach((id, i) => {
    if (!(id in doc.items)) problems.push({ where: `order[${i}]`, what: `names item "${id}", which does not exist` });
    if (seen.has(id)) problems.push({ where: `order[${i}]`, what: `lists item "${id}" twice` });
    seen.add(id);
  });
  for (const id of Object.keys(doc.items)) {
    if (!seen.has(id)) problems.push({ where: `items.${id}`, what: 'is not in the paint order (order)' });
  }
  for (const [id, item] of Object.entries(doc.items)) {
    const path = item.kind === 'text' ? item.outlines : item.path;
    if ((item.kind === 'outline' || item.kind === 'cutout' || item.kind === 'metal-area' || item.kind === 'enamel-fill')
      && path.length === 0) {
      problems.push({ where: `items.${id}.path`, what: `a ${item.kind} needs at least one sub-path` });
    }
  }
  if (problems.length) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  const over = exceededLimit(doc);
  if (over) return { ok: false, problems: [{ where: '(limits)', what: over }] };
  return { ok: true, doc };
}

/**
 * A problem's place in words a person reads ('items.line-2.path[0].x' is where it is in the
 * data, not something to show): "item "line-2", path 1, x".
 */
export function placeInWords(where: string): string {
  if (where === '(file)' || where === '(document)') return 'the file';
  if (where === '(limits)' || /^line \d+/.test(where)) return where;
  let rest = where;
  const words: string[] = [];
  const item = /^items\.([^.[]+)/.exec(rest);
  if (item) {
    words.push(`item "${item[1]}"`);
    rest = rest.slice(item[0].length);
  }
  for (const part of rest.split('.').filter(Boolean)) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    const name = (m?.[1] ?? part).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    const nums = [...(m?.[2] ?? '').matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]) + 1);
    words.push([name, ...nums].filter((w) => w !== '').join(' '));
  }
  return words.join(', ');
}

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => (p.where === '(limits)' ? p.what : `${capitalise(placeInWords(p.where))}: ${p.what}`)).join('\n');
}
