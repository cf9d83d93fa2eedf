// The one-file package's build steps, as Vite plugins for src/cli/package.ts: the checker's worker
// made from text inside the page instead of a file, and the built page with its one script and
// its stylesheet folded into a single HTML file that needs nothing beside it. Node only (the
// build); imports Vite's types.

import { resolve } from 'node:path';
import type { Plugin, Rolldown } from 'vite';

type OutputAsset = Rolldown.OutputAsset;
type OutputChunk = Rolldown.OutputChunk;

const UI = resolve(import.meta.dirname, '../ui');

/** The one-file package, `npm run package`'s output, relative to the project. */
export const PACKAGE_DIR = 'dist/packages';
export const PACKAGE_FILE = 'power-core.html';

/** Puts checker-worker-inline.ts wherever the game imports checker-worker.ts. */
export function inlineCheckerWorker(): Plugin {
  const hosted = resolve(UI, 'checker-worker.ts');
  const inline = resolve(UI, 'checker-worker-inline.ts');
  return {
    name: 'power-core-inline-checker-worker',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.includes('checker-worker')) return null;
      const found = await this.resolve(source, importer, { ...options, skipSelf: true });
      return found?.id === hosted ? inline : null;
    },
  };
}

/**
 * Script text that the HTML parser reads to its end: `</script` would close the element and
 * `<!--` with `<script` would keep it open, so their `<` is written as the escape `\x3C`, which
 * means the same inside the strings, templates and regular expressions where they can occur.
 */
export function scriptText(code: string): string {
  return code.replace(/<(?=\/?script|!--)/gi, '\\x3C');
}

/** Stylesheet text that cannot close its `<style>` element early. */
export function styleText(css: string): string {
  return css.replace(/<(?=\/style)/gi, '\\3C ');
}

/**
 * The page with each `<script src>` and `<link rel="stylesheet">` that names one of `files`
 * replaced by the file's text inline. Throws if a file is not named by the page, or the page
 * still names another file of the build (it would be fetched, and fail, from disk).
 */
export function inlinePage(html: string, files: ReadonlyMap<string, string>): string {
  const used = new Set<string>();
  const take = (name: string): string => {
    const text = files.get(name);
    if (text === undefined) throw new Error(`the page names ${name}, which was not built inline`);
    used.add(name);
    return text;
  };
  const page = html
    .replace(
      /<script\b([^>]*?)\ssrc="\.?\/?([^"]+)"([^>]*)><\/script>/g,
      (_, before, name, after) => {
        const attributes = `${before}${after}`.replace(/\s+crossorigin\b/, '');
        return `<script${attributes}>${scriptText(take(name))}</script>`;
      },
    )
    .replace(/<link\b[^>]*\brel="stylesheet"[^>]*\shref="\.?\/?([^"]+)"[^>]*>/g, (_, name) => {
      return `<style>${styleText(take(name))}</style>`;
    });
  const unused = [...files.keys()].filter((name) => !used.has(name));
  if (unused.length > 0) throw new Error(`the page does not name ${unused.join(', ')}`);
  const left = /\s(?:src|href)="\.?\/?assets\/[^"]*"/.exec(page);
  if (left) throw new Error(`the page still names a file: ${left[0].trim()}`);
  return page;
}

/**
 * Replaces the build's output by one file, `fileName`: index.html with its script and stylesheet
 * inline. The build must make exactly one script and nothing but a stylesheet beside it (assets
 * inline as data: URLs, dynamic imports and the worker inline), or this stops it with the reason.
 */
export function singleFile(fileName: string): Plugin {
  return {
    name: 'power-core-single-file',
    enforce: 'post',
    // One script: what the hosted game fetches on demand (languages, scenarios, screens, Phaser
    // in its own chunk) is all inside it.
    outputOptions(options) {
      return { ...options, manualChunks: undefined, codeSplitting: false };
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const outputs = Object.values(bundle);
        const page = bundle['index.html'];
        const chunks = outputs.filter((o): o is OutputChunk => o.type === 'chunk');
        const sheets = outputs.filter(
          (o): o is OutputAsset => o.type === 'asset' && o.fileName.endsWith('.css'),
        );
        const others = outputs.filter(
          (o) => o !== page && o.type === 'asset' && !o.fileName.endsWith('.css'),
        );
        if (!page || page.type !== 'asset') this.error('the build made no index.html');
        if (chunks.length !== 1)
          this.error(`the build made ${chunks.length} scripts, not one: ${names(chunks)}`);
        if (others.length > 0) this.error(`files were not inlined: ${names(others)}`);
        const files = new Map<string, string>([
          ...chunks.map((c) => [c.fileName, c.code] as const),
          ...sheets.map((s) => [s.fileName, text(s.source)] as const),
        ]);
        const html = inlinePage(text(page.source), files);
        for (const name of Object.keys(bundle)) delete bundle[name];
        this.emitFile({ type: 'asset', fileName, source: html });
      },
    },
  };
}

function names(outputs: readonly { fileName: string }[]): string {
  return outputs.map((o) => o.fileName).join(', ');
}

function text(source: string | Uint8Array): string {
  return typeof source === 'string' ? source : new TextDecoder().decode(source);
}
