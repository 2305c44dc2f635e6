import { jsonErrorOffset, lineColumn } from './jsonPosition.ts';
import { migrate } from '../document/migrations.ts';
import { validateDocument, type Problem } from '../document/validate.ts';
import type { PinDocument } from '../document/types.ts';

export const PIN_FILE_MAX_BYTES = 50 * 1024 * 1024;

export type LoadResult = { ok: true; doc: PinDocument; migratedFrom?: number } | { ok: false; problems: Problem[] };

function jsonErrorWhere(text: string): string {
  const offset = jsonErrorOffset(text);
  if (offset === undefined) return '(file)';
  const { line, column } = lineColumn(text, offset);
  return `line ${line}, column ${column}`;
}

/** What is wrong where JSON.parse stopped, in our words (its own message quotes the file and varies by engine). */
function jsonProblem(text: string): string {
  const offset = jsonErrorOffset(text);
  if (offset === undefined || offset >= text.length) return 'is not valid JSON: the file ends before the document does (it may be cut short)';
  const rest = text.slice(offset, offset + 12);
  if (/^-?(NaN|Infinity)/.test(rest)) return 'is not valid JSON: a number JSON cannot hold (not-a-number or infinity) is written here';
  if (/^(undefined|'|\/\/|\/\*)/.test(rest)) return `is not valid JSON: "${rest.split(/\s/)[0]}" is JavaScript, not JSON`;
  const ch = text[offset]!;
  return `is not valid JSON: unexpected ${/\s/.test(ch) ? 'space' : `"${ch}"`} (a missing comma, quote or bracket before it?)`;
}

/** Parse, migrate and validate a `.pin.json`. Every failure is a list of readable problems. */
export function loadPinFile(text: string): LoadResult {
  if (text.length > PIN_FILE_MAX_BYTES) {
    return { ok: false, problems: [{ where: '(file)', what: `is ${(text.length / 1e6).toFixed(1)} MB; the limit is ${PIN_FILE_MAX_BYTES / 1e6} MB` }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problems: [{ where: jsonErrorWhere(text), what: jsonProblem(text) }] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, problems: [{ where: '(file)', what: 'must hold a JSON object, the pin document' }] };
  }
  const migrated = migrate(raw as Record<string, unknown>);
  if (!migrated.ok) return { ok: false, problems: [{ where: 'schemaVersion', what: migrated.reason }] };
  const validation = validateDocument(migrated.doc);
  if (!validation.ok) return validation;
  return migrated.from === validation.doc.schemaVersion
    ? { ok: true, doc: validation.doc }
    : { ok: true, doc: validation.doc, migratedFrom: migrated.from };
}

/** Stable, readable output: two-space indent, keys in the order the document holds them. */
export function savePinFile(doc: PinDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
