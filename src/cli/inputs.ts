import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

// The files `pinsmith check` is given: paths as written, folders walked for designs, and lists
// read from a file or stdin (a shop's backlog is more paths than an argument list holds).

export const DESIGN_FILE = /\.(svg|pdf|ai|pin\.json)$/i;

/** Every .svg, .pdf, .ai and .pin.json under a folder, sorted so reports come in a stable order. */
async function designsUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await designsUnder(path)));
    else if (e.isFile() && DESIGN_FILE.test(e.name)) out.push(path);
  }
  return out;
}

/** Folders become the designs inside them; anything else is kept as given (an error comes later). */
export async function expandInputs(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const isDir = await stat(p).then((s) => s.isDirectory(), () => false);
    if (!isDir) out.push(p);
    else {
      const found = await designsUnder(p);
      // An empty folder still answers: it is listed with its own error rather than vanishing.
      out.push(...(found.length ? found : [p]));
    }
  }
  return out;
}

/** One path a line; blank lines and surrounding spaces ignored. `-` reads stdin. */
export async function readFileList(source: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<{ ok: true; paths: string[] } | { ok: false; error: string }> {
  let text: string;
  try {
    if (source === '-') {
      const chunks: Buffer[] = [];
      for await (const c of stdin) chunks.push(Buffer.from(c as Buffer));
      text = Buffer.concat(chunks).toString('utf8');
    } else text = await readFile(source, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, error: `cannot read the file list "${source}" (${code === 'ENOENT' ? 'not found' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'unreadable')})` };
  }
  return { ok: true, paths: text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean) };
}
