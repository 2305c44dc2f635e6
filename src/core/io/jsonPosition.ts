// Node 20's JSON.parse errors do not say where the error is. This scanner finds the offset of the
// first syntax error so a broken file can be answered with "line 3, column 11".

const WS = new Set([' ', '\t', '\n', '\r']);

export function jsonErrorOffset(s: string): number | undefined {
  let i = 0;
  const ws = () => {
    while (i < s.length && WS.has(s[i]!)) i++;
  };
  const value = (depth: number): boolean => {
    if (depth > 10_000) return false;
    ws();
    const c = s[i];
    if (c === '{') {
      i++;
      ws();
      if (s[i] === '}') return ++i > 0;
      for (;;) {
        ws();
        if (s[i] !== '"' || !string()) return false;
        ws();
        if (s[i] !== ':') return false;
        i++;
        if (!value(depth + 1)) return false;
        ws();
        if (s[i] === ',') i++;
        else if (s[i] === '}') return ++i > 0;
        else return false;
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (s[i] === ']') return ++i > 0;
      for (;;) {
        if (!value(depth + 1)) return false;
        ws();
        if (s[i] === ',') i++;
        else if (s[i] === ']') return ++i > 0;
        else return false;
      }
    }
    if (c === '"') return string();
    for (const lit of ['true', 'false', 'null']) {
      if (s.startsWith(lit, i)) {
        i += lit.length;
        return true;
      }
    }
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = i;
    if (m.exec(s)) {
      i = m.lastIndex;
      return true;
    }
    return false;
  };
  const string = (): boolean => {
    i++;
    while (i < s.length) {
      const c = s[i]!;
      if (c === '"') return ++i > 0;
      if (c === '\\') i += 2;
      else if (c < ' ') return false;
      else i++;
    }
    return false;
  };
  if (!value(0)) return Math.min(i, s.length);
  ws();
  return i < s.length ? i : undefined;
}

export function lineColumn(s: string, offset: number): { line: number; column: number } {
  const before = s.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
