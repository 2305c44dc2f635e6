import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    // Offline after the first visit: a Workbox service worker precaches the built app (vite-plugin-pwa).
    // 'prompt': a new version waits until the artist chooses to reload; it is never applied under an edit.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Pinsmith — enamel pin design with factory checks',
        short_name: 'Pinsmith',
        start_url: '/',
        display: 'standalone',
        background_color: '#f4f1ea',
        theme_color: '#C9A227',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        // The palette, fonts, the PNG renderer (WebAssembly) and pdf.js are part of the app.
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,woff,woff2,wasm,json,ttf}'],
        maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173 },
});
