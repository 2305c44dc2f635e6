/** What bench/browser.mjs measures in Chromium and hands back as JSON. */
export interface BrowserFigures {
  firstVerdict?: number;
  editMedian?: number;
  editWorst?: number;
  nudgeMedian?: number;
  nudgeWorst?: number;
  bucketMedian?: number;
  bucketWorst?: number;
  previewProof?: number;
  drag?: { fps: number; worst: number };
  /** A 2000 × 2000 px drawing, file picked → first traced preview. */
  trace?: number;
}

/** Issue 11's table: each row as measured before that issue, now, and its target. */
export function printIssueTable(rows: [what: string, before: string, now: string, target: string][]): void {
  const head: [string, string, string, string] = ['what', 'before issue 11', 'now', 'target'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log('\nIssue 11, side by side (this machine):');
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}
