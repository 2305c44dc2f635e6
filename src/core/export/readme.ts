import type { BundleFacts } from './facts.ts';
import { layerKey } from './svgLayers.ts';

/** README.txt: what each file in the bundle is, for the person at the factory. */
export function bundleReadme(f: BundleFacts): string {
  const lines = [
    `${f.doc.name} — factory bundle, revision ${f.doc.spec.revision || '-'}, ${f.date}`,
    `Made with Pinsmith. ${f.widthMm.toFixed(1)} x ${f.heightMm.toFixed(1)} mm, ${f.doc.spec.process.replace(/-/g, ' ')}, ${f.doc.spec.plating.replace(/-/g, ' ')} plating, ${f.colours.length} enamel colour(s).`,
    '',
    'proof.pdf          Proof sheet to approve: front at actual size and enlarged, dimensions,',
    '                   colour callouts, back view with posts and backstamp, order spec, checks.',
    '                   Enamel colours are spot (Separation) colours named as their Pantone codes;',
    '                   the art is in layers: die line, metal, one per enamel colour.',
    'artwork.svg        The artwork in millimetres: groups die-line, enamel (data-pantone on each',
    '                   fill) and metal.',
    'layers/            One SVG per part:',
    '  die-line.svg     the cut line (outline and holes)',
    '  metal.svg        raised metal lines, areas and raised text',
    ...f.colours.map((c) => `  enamel-${layerKey(c.color)}.svg`.padEnd(19) + `enamel ${c.spotName}`),
    ...(f.doc.spec.backstamp.kind === 'custom' && f.doc.spec.backstamp.logo ? ['  backstamp-logo.svg the logo for the back, as seen on the back'] : []),
    'proof.png          A mockup in the chosen plating.',
    'spec.json          The order as data (schema: schemas/spec.schema.json in Pinsmith, version in specVersion).',
    'check-report.json  The design-rule check, same shape as `pinsmith check --json`.',
    'design.pin.json    The editable design: drop this zip (or this file) on Pinsmith to reopen it.',
    'swatches.ase       The pin\'s colours as spot swatches for Illustrator.',
    '',
    f.report.summary.errors
      ? `Checks: ${f.report.summary.errors} error(s) still open${f.exportReason ? ` — exported anyway: ${f.exportReason}` : ''}.`
      : `Checks: no errors (${f.report.summary.warnings} warning(s), ${f.report.summary.waived} waived).`,
  ];
  return `${lines.join('\r\n')}\r\n`;
}
