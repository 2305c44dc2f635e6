import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the service worker of the built app (none under `npm start`). A new version is
 * announced through `onUpdate`; it takes over only when the artist reloads for it.
 */
export function registerOffline(onUpdate: (apply: () => void) => void, onOfflineReady: () => void): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const update = registerSW({
    onNeedRefresh: () => onUpdate(() => void update(true)),
    onOfflineReady,
  });
}
