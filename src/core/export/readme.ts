import type { BundleFacts } from './facts.ts';
import type { ColourwayFacts } from './specJson.ts';
import { layerKey } from './svgLayers.ts';

/** README.txt: what each file in the bundle is, for the person at the factory. */
export function bundleReadme(f: BundleFacts, colourways: ColourwayFacts[] = []): string {
  // Two columns: file, then what it is; wrapped lines of a description sit under the description.
  const rows: Array<[string, string | string[]]> = [
    ['proof.pdf', ['Proof sheet to approve: front at actual size and enlarged, dimensions,', 'colour callouts, back view with posts and backstamp, order spec, checks.',
      'Enamel colours are spot (Separation) colours named as the Pantone codes to mix;', 'the art is in layers: die line, metal, one per enamel colour, and proof notes',
      '(callouts, dimensions, text: overprinted, hide the layer to see the art alone).']],
    ['artwork.svg', ['The pin as it will be made, in millimetres, framed by the die line: groups', 'die-line, enamel (one area per colour, data-pantone on each) and metal',
      '(strokes expanded, clipped to the die line, holes open).']],
    ['layers/', 'One SVG per part, framed like artwork.svg:'],
    ['  die-line.svg', 'the cut line (outline and holes)'],
    ['  metal.svg', 'raised metal as made'],
    ...f.colours.map((c): [string, string | string[]] => [`  enamel-${layerKey(c.color)}.svg`, c.note ? [`enamel ${c.label}`, `(${c.note})`] : `enamel ${c.label}`]),
    ...(f.doc.spec.backstamp.kind === 'custom' && f.doc.spec.backstamp.logo ? [['  backstamp-logo.svg', 'the logo for the back, as seen on the back'] as [string, string]] : []),
    ...colourways.flatMap((cw, i): Array<[string, string | string[]]> => [
      [`${cw.folder}/`, [`Colourway "${cw.name}"${cw.editionSize ? ` (LE ${cw.editionSize})` : ''}, proof page ${i + 2}: the same metal,`,
        `${cw.facts.doc.spec.plating.replace(/-/g, ' ')} plating, colours ${cw.facts.colours.map((c) => c.spotName).join(', ') || 'none'}.`,
        'artwork.svg, layers/metal.svg and one layers/enamel-<code>.svg per colour.']],
    ]),
    ...(f.doc.card && f.doc.spec.packaging.kind === 'backing-card' ? [['card.pdf', ['The backing card, print-ready: CMYK, trim and bleed boxes, crop marks; the holes to',
      'punch (the posts, the hang hole) on the CutContour spot plate. The pin\'s place and the safe', 'area are in a layer that does not print.']] as [string, string[]]] : []),
    ['proof.png', 'A mockup in the chosen plating; bare recess (no enamel) is hatched.'],
    ['spec.json', 'The order as data (schema: schemas/spec.schema.json in Pinsmith, version in specVersion).'],
    ['check-report.json', 'The design-rule check, same shape as `pinsmith check --json`.'],
    ['design.pin.json', 'The editable design: drop this zip (or this file) on Pinsmith to reopen it.'],
    ['swatches.ase', 'The pin\'s colours as spot swatches for Illustrator, named as on the proof.'],
  ];
  const width = Math.max(...rows.map(([name]) => name.length)) + 2;
  const table = rows.flatMap(([name, what]) => (Array.isArray(what) ? what : [what]).map((line, i) => `${(i ? '' : name).padEnd(width)}${line}`));
  const lines = [
    `${f.doc.name} — factory bundle, revision ${f.doc.spec.revision || '-'}, ${f.date}`,
    `Made with Pinsmith. ${f.widthMm.toFixed(1)} x ${f.heightMm.toFixed(1)} mm, ${f.doc.spec.process.replace(/-/g, ' ')}, ${f.doc.spec.plating.replace(/-/g, ' ')} plating, ${f.colours.length} enamel colour(s).`,
    '',
    ...table,
    '',
    f.report.summary.errors
      ? `Checks: ${f.report.summary.errors} error(s) still open${f.exportReason ? ` — exported anyway: ${f.exportReason}` : ''}.`
      : `Checks: no errors (${f.report.summary.warnings} warning(s), ${f.report.summary.waived} waived).`,
    ...colourways.map((cw) => `Colourway "${cw.name}": ${cw.facts.report.summary.errors ? `${cw.facts.report.summary.errors} error(s) still open` : 'no errors'}.`),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
