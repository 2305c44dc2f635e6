// File-system failures in words, not error codes: "no space left on the device", not ENOSPC.
const WORDS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EMFILE: 'too many files are open',
  EIO: 'the disk reported an input/output error',
  EFBIG: 'the file is too large for the disk',
};

export function fsProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return (code && WORDS[code]) ?? (code ? `the system refused (${code})` : 'the system refused');
}

/**
 * Output that cannot be written (a full disk, a closed pipe) ends the command with a sentence,
 * not a stack trace. A reader that stopped early (`| head`) is not an error worth a word.
 */
export function guardOutput(): void {
  const onError = (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') {
      try {
        process.stderr.write(`pinsmith: cannot write the output: ${fsProblem(e)}\n`);
      } catch {
        // stderr is gone too: the exit status is all that is left to say it.
      }
    }
    process.exit(e.code === 'EPIPE' ? 0 : 1);
  };
  process.stdout.on('error', onError);
  process.stderr.on('error', () => process.exit(1));
}
