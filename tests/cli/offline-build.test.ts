// Tests the hosted build's offline pieces (src/cli/offline-build.ts, app-icon.ts): the service
// worker the build writes, run in a fake worker scope with an in-memory cache (precache on
// install, pages and files from its own version's cache, other scopes' caches left alone), the
// manifest's relative URLs, and the icon drawn in code as a valid PNG. The real browser is
// tests/browser/offline.test.ts.

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { serviceWorkerText, webManifest } from '../../src/cli/offline-build';
import { encodePng, iconPixels, iconPng } from '../../src/cli/app-icon';

const SCOPE = 'https://example.org/games/power-core/';
const FILES = ['assets/index-abc.js', 'assets/music-def.wav', 'index.html'];

const dir = mkdtempSync(join(tmpdir(), 'power-core-sw-'));
mkdirSync(join(dir, 'assets'));
for (const file of FILES) writeFileSync(join(dir, file), `the text of ${file}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Listener = (event: FakeEvent) => void;
interface FakeEvent {
  request?: Request;
  responded?: Promise<Response>;
  waited?: Promise<unknown>;
  respondWith(response: Promise<Response>): void;
  waitUntil(work: Promise<unknown>): void;
}

/** The worker's text run in a fake scope: its listeners, caches, and what reached the network. */
async function startWorker(caches = new Map<string, Map<string, Response>>()) {
  const listeners = new Map<string, Listener>();
  const network: string[] = [];
  let claimed = false;
  let serverStatus = 200;
  const scope = {
    self: {
      registration: { scope: SCOPE },
      location: { href: `${SCOPE}sw.js` },
      clients: { claim: async () => void (claimed = true) },
      addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    },
    caches: {
      keys: async () => [...caches.keys()],
      delete: async (name: string) => caches.delete(name),
      open: async (name: string) => {
        const cache = caches.get(name) ?? new Map<string, Response>();
        caches.set(name, cache);
        return {
          put: async (key: string, response: Response) =>
            void cache.set(new URL(key, SCOPE).href, response),
          match: async (key: string) => cache.get(new URL(key, SCOPE).href)?.clone(),
        };
      },
    },
    fetch: async (request: Request) => {
      network.push(`${request.url} ${request.cache}`);
      return new Response(`served ${request.url}`, { status: serverStatus });
    },
    Request: class extends Request {
      constructor(input: string, init?: RequestInit) {
        super(new URL(input, SCOPE), init);
      }
    },
    Response,
    URL,
    Set,
    Promise,
  };
  runInNewContext(await serviceWorkerText(dir, FILES), scope);
  const dispatch = async (type: string, request?: Request) => {
    const event: FakeEvent = {
      request,
      respondWith: (response) => void (event.responded = response),
      waitUntil: (work) => void (event.waited = work),
    };
    listeners.get(type)!(event);
    await event.waited;
    return event.responded;
  };
  return {
    caches,
    network,
    dispatch,
    claimed: () => claimed,
    failServer: () => void (serverStatus = 404),
  };
}

const page = (url: string) => ({ url, method: 'GET', mode: 'navigate' }) as unknown as Request;
const file = (url: string, method = 'GET') => ({ url, method, mode: 'cors' }) as unknown as Request;

describe('the service worker', () => {
  it('keeps every file of the build in its version’s cache on install, asking the server again', async () => {
    const worker = await startWorker();
    await worker.dispatch('install');
    const [name] = [...worker.caches.keys()];
    expect(name).toMatch(/^power-core https:\/\/example\.org\/games\/power-core\/ [0-9a-f]{16}$/);
    expect([...worker.caches.get(name!)!.keys()]).toEqual(FILES.map((f) => `${SCOPE}${f}`));
    expect(worker.network).toEqual(FILES.map((f) => `${SCOPE}${f} no-cache`));
  });

  it('fails the install when a file cannot be fetched', async () => {
    const worker = await startWorker();
    worker.failServer();
    await expect(worker.dispatch('install')).rejects.toThrow(/404/);
  });

  it('serves pages and files from its cache, and leaves everything else to the network', async () => {
    const worker = await startWorker();
    await worker.dispatch('install');
    worker.network.length = 0;
    const text = async (request: Request) =>
      (await worker.dispatch('fetch', request))?.text() ?? 'not handled';
    const shell = `served ${SCOPE}index.html`;
    expect(await text(page(SCOPE))).toBe(shell);
    expect(await text(page(`${SCOPE}?lang=pl`))).toBe(shell);
    expect(await text(page(`${SCOPE}index.html#top`))).toBe(shell);
    expect(await text(file(`${SCOPE}assets/music-def.wav`))).toBe(
      `served ${SCOPE}assets/music-def.wav`,
    );
    expect(worker.network).toEqual([]);
    expect(await text(file(`${SCOPE}assets/index-abc.js`, 'POST'))).toBe('not handled');
    expect(await text(file(`${SCOPE}packages/power-core.html`))).toBe('not handled');
    expect(await text(page(`${SCOPE}packages/power-core.html`))).toBe('not handled');
    expect(await text(file('https://example.org/elsewhere/index.html'))).toBe('not handled');
  });

  it('goes to the network for a file the browser dropped from the cache', async () => {
    const worker = await startWorker();
    expect(await (await worker.dispatch('fetch', page(SCOPE)))?.text()).toBe(`served ${SCOPE}`);
  });

  it('on activation deletes its scope’s older versions only, and takes the open page', async () => {
    const other = 'power-core https://example.org/another-copy/ 0123456789abcdef';
    const older = `power-core ${SCOPE} 0123456789abcdef`;
    const caches = new Map([
      [other, new Map()],
      [older, new Map()],
    ]);
    const worker = await startWorker(caches);
    await worker.dispatch('install');
    await worker.dispatch('activate');
    expect([...caches.keys()]).toHaveLength(2);
    expect(caches.has(other)).toBe(true);
    expect(caches.has(older)).toBe(false);
    expect(worker.claimed()).toBe(true);
  });

  it('has a new version when any file changes', async () => {
    const version = async () => /"version": "(\w+)"/.exec(await serviceWorkerText(dir, FILES))![1];
    const before = await version();
    writeFileSync(join(dir, 'index.html'), 'a new page');
    expect(await version()).not.toBe(before);
  });
});

describe('the web app manifest', () => {
  it('names the game, opens standalone, and has only relative URLs', () => {
    const manifest = webManifest() as {
      name: string;
      start_url: string;
      scope: string;
      display: string;
      icons: { src: string; sizes: string; purpose: string }[];
    };
    expect(manifest.name).toBe('Power Core');
    expect(manifest.display).toBe('standalone');
    expect(new URL(manifest.start_url, `${SCOPE}manifest.webmanifest`).href).toBe(SCOPE);
    expect(new URL(manifest.scope, `${SCOPE}manifest.webmanifest`).href).toBe(SCOPE);
    for (const icon of manifest.icons) expect(icon.src).not.toMatch(/^\/|:/);
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
  });
});

describe('the icon', () => {
  it('is an amber core on an ink disc; the maskable one fills its square', () => {
    const pixel = (pixels: Uint8Array, size: number, x: number, y: number) => [
      ...pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4),
    ];
    const any = iconPixels(64, 'any');
    expect(pixel(any, 64, 32, 32)).toEqual([0xe6, 0x9f, 0x00, 255]);
    expect(pixel(any, 64, 0, 0)[3]).toBe(0);
    expect(pixel(any, 64, 32, 2)).toEqual([0x16, 0x21, 0x3a, 255]);
    expect(pixel(iconPixels(64, 'maskable'), 64, 0, 0)).toEqual([0x16, 0x21, 0x3a, 255]);
  });

  it('is written as a PNG whose pixels read back', () => {
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 0, 255, 128]);
    const png = encodePng(2, 1, rgba);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(2);
    expect(png.readUInt32BE(20)).toBe(1);
    const idatLength = png.readUInt32BE(33);
    expect(png.toString('latin1', 37, 41)).toBe('IDAT');
    expect([...inflateSync(png.subarray(41, 41 + idatLength))]).toEqual([0, ...rgba]);
    expect(iconPng(192, 'any').length).toBeGreaterThan(1000);
  });
});
