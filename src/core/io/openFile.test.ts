import { describe, expect, it } from 'vitest';
import { pin } from '../document/builders.ts';
import { readFileSync } from 'node:fs';
import { openDesignBytes, openDesignFile } from './openFile.ts';
import { savePinFile } from './pinFile.ts';

describe('openDesignFile', () => {
  it('opens projects and artwork by name', () => {
    expect(openDesignFile('a.pin.json', savePinFile(pin('A').build()))).toMatchObject({ ok: true, doc: { name: 'A' } });
    expect(openDesignFile('b.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="10mm" height="10mm"><rect width="5" height="5" fill="#C8102E"/></svg>')).toMatchObject({ ok: true, doc: { name: 'b' } });
  });

  it('answers broken files with a clear, specific message', () => {
    expect(openDesignFile('x.pin.json', '{"schemaVersion": 1')).toMatchObject({ ok: false, error: expect.stringMatching(/x\.pin\.json is not a valid pin file:\nLine 1/) });
    expect(openDesignFile('x.svg', '<svg><g></svg>')).toMatchObject({ ok: false, error: expect.stringMatching(/x\.svg could not be imported: the file is not well-formed XML/) });
    expect(openDesignFile('photo.png', '\u0089PNG')).toEqual({ ok: false, error: 'photo.png is not an SVG, PDF, AI or .pin.json file' });
  });
});

describe('openDesignBytes', () => {
  const pdf = readFileSync(new URL('../../../test/fixtures/pdf/factory-badge.pdf', import.meta.url));
  it('opens PDF and AI files through the PDF importer, by name or by their first bytes', async () => {
    expect(await openDesignBytes('badge.ai', pdf)).toMatchObject({ ok: true, doc: { name: 'badge' } });
    expect(await openDesignBytes('download', pdf)).toMatchObject({ ok: true });
    expect(await openDesignBytes('b.svg', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10mm" height="10mm"><rect width="5" height="5" fill="#C8102E"/></svg>'))).toMatchObject({ ok: true, doc: { name: 'b' } });
  });
  it('names the file in what went wrong', async () => {
    expect(await openDesignBytes('art.ai', new TextEncoder().encode('%!PS-Adobe-3.0'))).toEqual({ ok: false, error: expect.stringMatching(/^art\.ai could not be imported: this is an Illustrator file without a PDF inside/) });
  });
});
