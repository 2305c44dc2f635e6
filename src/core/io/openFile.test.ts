import { describe, expect, it } from 'vitest';
import { pin } from '../document/builders.ts';
import { openDesignFile } from './openFile.ts';
import { savePinFile } from './pinFile.ts';

describe('openDesignFile', () => {
  it('opens projects and artwork by name', () => {
    expect(openDesignFile('a.pin.json', savePinFile(pin('A').build()))).toMatchObject({ ok: true, doc: { name: 'A' } });
    expect(openDesignFile('b.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="10mm" height="10mm"><rect width="5" height="5" fill="#C8102E"/></svg>')).toMatchObject({ ok: true, doc: { name: 'b' } });
  });

  it('answers broken files with a clear, specific message', () => {
    expect(openDesignFile('x.pin.json', '{"schemaVersion": 1')).toMatchObject({ ok: false, error: expect.stringMatching(/x\.pin\.json is not a valid pin file:\nLine 1/) });
    expect(openDesignFile('x.svg', '<svg><g></svg>')).toMatchObject({ ok: false, error: expect.stringMatching(/x\.svg could not be imported: the file is not well-formed XML/) });
    expect(openDesignFile('photo.png', '\u0089PNG')).toEqual({ ok: false, error: 'photo.png is not an SVG or a .pin.json file' });
  });
});
