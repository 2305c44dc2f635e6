// Each entry upgrades a document from version N to N + 1. v1 is the first published format;
// the table starts empty and grows with every format change, so old files keep opening.
export const CURRENT_SCHEMA_VERSION = 1 as const;

export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;
export type MigrationTable = Readonly<Record<number, Migration>>;

export const MIGRATIONS: MigrationTable = {};

export type MigrationOutcome =
  | { ok: true; doc: Record<string, unknown>; from: number }
  | { ok: false; reason: string };

export function migrate(
  raw: Record<string, unknown>,
  table: MigrationTable = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): MigrationOutcome {
  const version = raw.schemaVersion;
  if (version === undefined) return { ok: false, reason: 'schemaVersion is missing: this is not a Pinsmith pin file' };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: `schemaVersion must be a whole number from 1, found ${JSON.stringify(version)}` };
  }
  if (version > target) {
    return { ok: false, reason: `this file was saved by a newer Pinsmith (format ${version}; this version reads up to ${target})` };
  }
  let doc = raw;
  for (let v = version; v < target; v++) {
    const step = table[v];
    if (!step) return { ok: false, reason: `no migration from format ${v} to ${v + 1}` };
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  return { ok: true, doc, from: version };
}
