/** Fill a message template: "{width} mm" with data {width: 0.15}. Unknown keys stay visible. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}
