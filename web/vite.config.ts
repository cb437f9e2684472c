import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiOrigin = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The shared package is consumed from source so the web app needs no build step for it.
    alias: [
      { find: /^@\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) },
      {
        find: /^@hirfa\/shared$/,
        replacement: fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
      },
    ],
  },
  server: {
    proxy: {
      '/api': { target: apiOrigin, changeOrigin: true },
      '/media': { target: apiOrigin, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiOrigin, changeOrigin: true },
      '/media': { target: apiOrigin, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The manifest lets scripts/home-js-size.mjs find exactly what the home page loads.
    manifest: true,
    // Every browser of the build target but the oldest Safari 16 and Firefox 114 preloads
    // modules natively; those two just fetch a route's shared chunks a moment later.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      treeshake: {
        // @hirfa/shared is declarations only (constants, functions, types): what the web app
        // does not use is dropped even where the shared barrel re-exports it.
        moduleSideEffects: [{ test: /[\\/]shared[\\/]src[\\/]/, sideEffects: false }],
      },
      output: {
        codeSplitting: {
          // Everything the entry imports statically ships as one chunk, which compresses better
          // than the handful of small shared chunks automatic splitting makes; route chunks and
          // the Arabic and English texts stay lazy.
          groups: [{ name: 'index', tags: ['$initial'] }],
        },
      },
    },
  },
});
