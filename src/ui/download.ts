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
