import { describe, expect, it } from 'vitest';
import { ENTITY_LIMITS, parseXml } from './xml.ts';

const doc = (subset: string, body = '<svg xmlns="http://www.w3.org/2000/svg" a="&e;"/>') => parseXml(`<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [${subset}]>${body}`);

describe('XML entities', () => {
  it('expands plain internal entities in attributes and text (Illustrator namespaces)', () => {
    const r = doc('<!ENTITY e "http://ns.adobe.com/AdobeIllustrator/10.0/"><!-- a comment --><!ATTLIST svg x CDATA #IMPLIED>', '<svg a="&e;"><style>&e;</style></svg>');
    expect(r.ok && r.value.attrs.a).toBe('http://ns.adobe.com/AdobeIllustrator/10.0/');
    expect(r.ok && r.value.children[0]!.text).toBe('http://ns.adobe.com/AdobeIllustrator/10.0/');
  });
  it('the first declaration of a name binds, as in XML', () => {
    const r = doc(`<!ENTITY e 'one'><!ENTITY e "two">`);
    expect(r.ok && r.value.attrs.a).toBe('one');
  });
  it.each([
    ['nested (billion laughs)', '<!ENTITY a "aaaa"><!ENTITY e "&a;&a;&a;">', /markup or other entities inside it/],
    ['external', '<!ENTITY e SYSTEM "file:///etc/passwd">', /from outside the file \(SYSTEM "file:\/\/\/etc\/passwd"\), which is never fetched/],
    ['public external', '<!ENTITY e PUBLIC "-//X//Y" "http://example.com/x">', /from outside the file/],
    ['parameter', '<!ENTITY % p "x">', /as a parameter entity/],
    ['markup', '<!ENTITY e "<g/>">', /markup or other entities inside it/],
    ['long', `<!ENTITY e "${'x'.repeat(ENTITY_LIMITS.valueChars + 1)}">`, /1,025 characters long \(up to 1,024\)/],
    ['unreadable', '<!ENTITY e>', /an XML entity Pinsmith cannot read/],
  ])('refuses a %s entity with the reason', (_, subset, reason) => {
    const r = doc(subset);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toMatch(reason);
      expect(r.reason).toMatch(/Pinsmith expands only plain text entities, for safety; export the SVG again without a DTD/);
    }
  });
  it('refuses entities whose uses add up to more than the cap', () => {
    const value = 'x'.repeat(1000);
    const uses = '&e;'.repeat(Math.ceil(ENTITY_LIMITS.expandedChars / 1000) + 1);
    const r = doc(`<!ENTITY e "${value}">`, `<svg><style>${uses}</style></svg>`);
    expect(!r.ok && r.reason).toMatch(/expand to more than 1 MB of text/);
  });
  it('an entity named like an object property is only an entity', () => {
    const r = doc('<!ENTITY __proto__ "p"><!ENTITY constructor "c">', '<svg a="&__proto__;&constructor;"/>');
    expect(r.ok && r.value.attrs.a).toBe('pc');
  });
  it('an undeclared entity is a parse error in words', () => {
    const r = doc('<!ENTITY f "x">');
    expect(!r.ok && r.reason).toMatch(/uses an entity \(&name;\) the file does not declare/);
  });
});
