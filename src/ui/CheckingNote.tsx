import { useEffect, useState } from 'react';

/** "Checking… 1.2 s": said wherever a verdict of the pin on screen is not in yet. */
export function CheckingNote({ since, what = 'Checking' }: { since: number | null; what?: string }) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const t = setInterval(() => setNow(performance.now()), 100);
    return () => clearInterval(t);
  }, []);
  const s = since === null ? 0 : Math.max(0, now - since) / 1000;
  return <span className="checking" role="status">{what}… {s.toFixed(1)} s</span>;
}
