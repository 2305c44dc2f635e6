import type { CheckSettings, PinDocument, PinSpec, Process } from './types.ts';
import { CURRENT_SCHEMA_VERSION } from './migrations.ts';

export function defaultSpec(process: Process = 'hard-enamel'): PinSpec {
  return {
    process,
    baseMetal: process === 'die-struck' ? 'brass' : 'zinc-alloy',
    plating: 'gold',
    thicknessMm: 1.5,
    backing: 'butterfly',
    posts: [],
    backstamp: { kind: 'standard' },
    epoxyDome: false,
    editionSize: null,
    packaging: { kind: 'poly-bag' },
    quantity: 100,
    artist: '',
    contact: '',
    revision: 'A',
    notes: '',
  };
}

export function defaultCheckSettings(profile = 'hard-enamel'): CheckSettings {
  return { profile, rules: {}, waivers: [] };
}

export function emptyDocument(name = 'Untitled pin', width = 30, height = 30): PinDocument {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name,
    artboard: { width, height },
    items: {},
    order: [],
    spec: defaultSpec(),
    checks: defaultCheckSettings(),
  };
}
