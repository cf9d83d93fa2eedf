// Build and test configuration: Phaser in its own chunk, relative base so the build runs from any
// folder, built-in scenarios loaded at build time (see src/scenario/built-in-module.ts), and the
// hosted build's service worker and web app manifest (src/cli/offline-build.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import type * as BuiltInModule from './src/scenario/built-in-module';
import type * as OfflineBuild from './src/cli/offline-build';

type Compiler = typeof BuiltInModule;

/** `scenarios/<id>.yaml?scenario&lang=pl` becomes a module exporting the loaded scenario in Polish. */
function builtInScenarios(): Plugin {
  const defaultsFile = resolve(import.meta.dirname, 'scenarios/defaults.yaml');
  // The loader is the game's own TypeScript, imported through Vite (not bundled into the config).
  let compiler: Promise<Compiler> | undefined;
  return {
    name: 'power-core-built-in-scenarios',
    async load(id) {
      const [file, query] = id.split('?');
      const params = new URLSearchParams(query);
      if (!file?.endsWith('.yaml') || !params.has('scenario')) return null;
      compiler ??= runnerImport<Compiler>(
        resolve(import.meta.dirname, 'src/scenario/built-in-module.ts'),
        { configFile: false, logLevel: 'error' },
      ).then((imported) => imported.module);
      const { builtInModule } = await compiler;
      this.addWatchFile(file);
      this.addWatchFile(defaultsFile);
      return builtInModule(
        readFileSync(file, 'utf8'),
        readFileSync(defaultsFile, 'utf8'),
        params.get('lang') ?? 'en',
      );
    },
  };
}

/**
 * The hosted build's web app manifest, icons and service worker (src/cli/offline-build.ts),
 * imported through Vite like the scenario compiler. Only builds need it.
 */
async function offlineApp(): Promise<Plugin> {
  const { module } = await runnerImport<typeof OfflineBuild>(
    resolve(import.meta.dirname, 'src/cli/offline-build.ts'),
    { configFile: false, logLevel: 'error' },
  );
  return module.offlineApp();
}

export default defineConfig(({ command }) => ({
  base: './',
  plugins: [builtInScenarios(), command === 'build' && offlineApp()],
  build: {
    target: 'es2022',
    // Phaser is one 1.4 MB chunk by design (loaded behind the title screen); no warning for it.
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/phaser')) return 'phaser';
          return undefined;
        },
      },
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'tests/server/**'],
    environment: 'node',
    testTimeout: 60_000,
  },
}));
