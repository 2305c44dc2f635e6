/** Hand a file to the browser's downloads. */
export function download(data: string | Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

/** A file name from a pin name: letters, digits, dots and dashes. */
export const fileStem = (name: string) => name.replace(/[^\w.-]+/g, '-') || 'pin';

interface WritableFile { write(data: string): Promise<void>; close(): Promise<void> }
interface FileHandle { name: string; createWritable(): Promise<WritableFile> }
type SavePicker = (o: { suggestedName: string; types: Array<{ description: string; accept: Record<string, string[]> }> }) => Promise<FileHandle>;

/** The file each pin was last saved to in this tab (Save writes there again; Save as asks). */
const handles = new Map<string, FileHandle>();

/**
 * Save a pin as a .pin.json: to a real file where the browser can write one (File System Access),
 * asking where the first time and on Save as; as a download elsewhere. Says what happened.
 */
export async function saveToFile(pinId: string, name: string, text: string, as: boolean): Promise<string> {
  const fileName = `${fileStem(name)}.pin.json`;
  const picker = (globalThis as unknown as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  if (typeof picker !== 'function') {
    download(text, fileName, 'application/json');
    return `Downloaded ${fileName}.`;
  }
  let handle = as ? undefined : handles.get(pinId);
  if (!handle) {
    try {
      handle = await picker({ suggestedName: fileName, types: [{ description: 'Pinsmith pin', accept: { 'application/json': ['.json'] } }] });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return 'Not saved to a file (cancelled).';
      throw e;
    }
    handles.set(pinId, handle);
  }
  const w = await handle.createWritable();
  await w.write(text);
  await w.close();
  return `Saved to ${handle.name}.`;
}
