import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The renderer is one static bundle, served by app:// in Electron and by the browser host (electron/web.ts).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // the one alias, also in tsconfig.json and vitest.config.ts: the contract is imported as @shared/… from every folder
  resolve: { alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
