// The hosted build made installable and offline-ready, as a Vite plugin for vite.config.ts: the web
// app manifest and its icons (drawn by app-icon.ts), linked from index.html, and sw.js - the
// service worker (src/service-worker/service-worker.ts) with the list of every file the build
// wrote and a version hash in front of it. Everything is relative to the game's folder, so the
// build still runs from any folder. Only in `vite build`: never in the dev server, the tests or the
// one-file package (built in its own mode). Node only; imports Vite.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { transformWithOxc } from 'vite';
import type { Plugin } from 'vite';
import { COLOURS } from '../stage/theme';
import { MANIFEST_FILE, PACKAGE_MODE, SCORM_MODE, SERVICE_WORKER_FILE } from '../ui/offline';
import { iconPng } from './app-icon';
import type { IconPurpose } from './app-icon';

const WORKER_SOURCE = resolve(import.meta.dirname, '../service-worker/service-worker.ts');

interface Icon {
  readonly file: string;
  readonly size: number;
  readonly purpose: IconPurpose;
}

/** The manifest's icons (Chromium asks for 192 and 512), and the one iOS puts on a home screen. */
const ICONS: readonly Icon[] = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { file: 'icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
];
const APPLE_ICON: Icon = { file: 'icons/apple-touch-icon.png', size: 180, purpose: 'maskable' };

/** The web app manifest: URLs relative to it, so the game installs from whatever folder it is in. */
export function webManifest(): object {
  return {
    id: './',
    name: 'Power Core',
    short_name: 'Power Core',
    description: 'A customer-loyalty training game for workshops.',
    lang: 'en',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: COLOURS.ink,
    theme_color: COLOURS.ink,
    icons: ICONS.map((icon) => ({
      src: icon.file,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}

/** Every file under `dir`, as sorted relative paths with forward slashes. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, resolve(entry.parentPath, entry.name)).split(sep).join('/'))
    .toSorted();
}

/**
 * The service worker's text: the files to keep and the version (a hash of every file's name and
 * content, and of the worker itself), then the worker's code.
 */
export async function serviceWorkerText(dir: string, files: readonly string[]): Promise<string> {
  const source = readFileSync(WORKER_SOURCE, 'utf8');
  const { code } = await transformWithOxc(source, WORKER_SOURCE, { lang: 'ts' });
  const hash = createHash('sha256').update(code);
  for (const file of files) hash.update(`\0${file}\0`).update(readFileSync(resolve(dir, file)));
  const precache = { version: hash.digest('hex').slice(0, 16), files };
  return [
    "// Power Core's service worker, written by the build from src/service-worker/service-worker.ts.",
    `const PRECACHE = ${JSON.stringify(precache, null, 1)};`,
    code,
  ].join('\n');
}

export function offlineApp(): Plugin {
  let outDir = '';
  return {
    name: 'power-core-offline-app',
    // Only the hosted build: not the one-file package, nor the SCORM build (inside a learning
    // platform the course's files are the platform's to serve; no worker may take them over).
    apply: (_config, env) =>
      env.command === 'build' && env.mode !== PACKAGE_MODE && env.mode !== SCORM_MODE,
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      // After Vite's own processing, which would otherwise take the links for its assets.
      order: 'post',
      handler: () => [
        { tag: 'link', attrs: { rel: 'manifest', href: MANIFEST_FILE }, injectTo: 'head' },
        { tag: 'meta', attrs: { name: 'theme-color', content: COLOURS.ink }, injectTo: 'head' },
        {
          tag: 'link',
          attrs: { rel: 'apple-touch-icon', href: APPLE_ICON.file },
          injectTo: 'head',
        },
      ],
    },
    generateBundle() {
      for (const icon of [...ICONS, APPLE_ICON])
        this.emitFile({
          type: 'asset',
          fileName: icon.file,
          source: iconPng(icon.size, icon.purpose),
        });
      this.emitFile({
        type: 'asset',
        fileName: MANIFEST_FILE,
        source: `${JSON.stringify(webManifest(), null, 2)}\n`,
      });
    },
    // Once every file is on disk (the public folder's included), the list is what the folder holds.
    async writeBundle() {
      const files = filesUnder(outDir).filter((file) => file !== SERVICE_WORKER_FILE);
      writeFileSync(resolve(outDir, SERVICE_WORKER_FILE), await serviceWorkerText(outDir, files));
    },
  };
}
