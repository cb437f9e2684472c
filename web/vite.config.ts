import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const apiOrigin = 'http://localhost:3000';

/**
 * react-router's package exports point every condition at its development build, which keeps
 * dev-only warnings in production (remix-run/react-router#12532, #14102). For builds, use the
 * production build it ships next to it; the code is the same without those warnings.
 */
function reactRouterProductionBuild(): Plugin {
  return {
    name: 'hirfa:react-router-production-build',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source !== 'react-router') return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved) return null;
      const production = resolved.id.replace(
        /([\\/])dist[\\/]development[\\/]/,
        '$1dist$1production$1',
      );
      return production !== resolved.id && existsSync(production)
        ? { ...resolved, id: production }
        : resolved;
    },
  };
}

export default defineConfig({
  plugins: [react(), reactRouterProductionBuild()],
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
