import { PDFName, PDFOperator, type PDFDocument, type PDFOperatorNames, type PDFPage } from 'pdf-lib';

// Raw content-stream operators for pdf-lib pages: the proof and the card draw their art, plates
// and marks as operators pdf-lib has no drawing call for (Separation colours, layers, overprint).

export function rawOps(ops: string): PDFOperator[] {
  const out: PDFOperator[] = [];
  let args: Array<PDFName | string> = [];
  for (const tok of ops.split(/\s+/).filter(Boolean)) {
    if (tok.startsWith('/')) args.push(PDFName.of(tok.slice(1)));
    else if (/^[A-Za-z*]+$/.test(tok)) {
      out.push(PDFOperator.of(tok as PDFOperatorNames, args));
      args = [];
    } else args.push(tok);
  }
  return out;
}

/** The art and rules as one content stream, under the text pdf-lib adds afterwards. */
export function addGraphics(pdf: PDFDocument, page: PDFPage, ops: string): void {
  const stream = pdf.context.flateStream(`q\n${ops}\nQ\n`);
  page.node.addContentStream(pdf.context.register(stream));
}
