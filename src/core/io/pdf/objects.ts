import { decodePDFRawStream, PDFArray, PDFBool, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, PDFString, type PDFContext, type PDFObject } from 'pdf-lib';

// Reading pdf-lib's object model: references resolved on the way, names as plain strings.

export type Obj = PDFObject | undefined;

export class PdfReader {
  constructor(private readonly context: PDFContext) {}

  resolve(o: Obj): Obj {
    let v = o;
    for (let i = 0; i < 32 && v instanceof PDFRef; i++) v = this.context.lookup(v);
    return v instanceof PDFRef ? undefined : v;
  }

  dict(o: Obj): PDFDict | undefined {
    const v = this.resolve(o);
    if (v instanceof PDFDict) return v;
    if (v instanceof PDFStream) return v.dict;
    return undefined;
  }

  get(d: Obj, key: string): Obj {
    return this.resolve(this.dict(d)?.get(PDFName.of(key)));
  }

  name(o: Obj): string | undefined {
    const v = this.resolve(o);
    return v instanceof PDFName ? v.decodeText() : undefined;
  }

  num(o: Obj): number | undefined {
    const v = this.resolve(o);
    return v instanceof PDFNumber ? v.asNumber() : undefined;
  }

  bool(o: Obj): boolean | undefined {
    const v = this.resolve(o);
    return v instanceof PDFBool ? v.asBoolean() : undefined;
  }

  arr(o: Obj): Obj[] | undefined {
    const v = this.resolve(o);
    return v instanceof PDFArray ? v.asArray() : undefined;
  }

  nums(o: Obj): number[] | undefined {
    const out = this.arr(o)?.map((x) => this.num(x));
    return out?.every((n) => n !== undefined) ? (out as number[]) : undefined;
  }

  text(o: Obj): string | undefined {
    const v = this.resolve(o);
    return v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : undefined;
  }

  /** A stream's bytes with its filters undone; undefined when a filter is not one pdf-lib reads. */
  bytes(o: Obj): Uint8Array | undefined {
    const v = this.resolve(o);
    if (!(v instanceof PDFRawStream)) return undefined;
    try {
      return decodePDFRawStream(v).decode();
    } catch {
      return undefined;
    }
  }
}

/** A key for an indirect object, to cut cycles (a form that draws itself). */
export const keyOf = (o: Obj): string | undefined => (o instanceof PDFRef ? o.toString() : undefined);
