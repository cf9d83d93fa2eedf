// The hosted game offline and installable, in Chromium against the production build served from a
// sub-folder on 127.0.0.1 (which browsers treat as secure, as they do https): the manifest is
// linked and valid and Chromium would install the game; after one visit the service worker keeps
// every file of the build; a game started online resumes after a reload with the server gone and
// the browser offline, plays a quarter, and resumes again (the office, another language and its
// scenarios load from the cache); on plain http at a room address there is no service worker and
// no error; and a new build is announced on the title and taken at the next start, never by a
// reload of its own. That last test often waits about a minute: Chromium here starts the first
// update check of a freshly installed worker up to a minute after the install, whoever asks. The
// tests run in order on one browser context (one storage).

import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import type { Stats } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  CHROMIUM,
  CHROMIUM_FLAGS,
  launch,
  ROOT,
  screenName,
  waitForScreen,
  watchErrors,
} from '../../src/cli/chromium';
import { press } from './keyboard-player';
import { toFloor } from './setup';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SHOTS = resolve(ROOT, 'test-results/screens');
/** The game's folder on the server: everything must work below the site's root. */
const FOLDER = '/games/power-core/';
const DIST = resolve(ROOT, 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.wav': 'audio/wav',
  '.woff2': 'font/woff2',
};

/**
 * A static server for one build folder at FOLDER, as web servers answer (validators, 304 when
 * unchanged); the folder can change, and the server can go down.
 */
function staticServer() {
  const state = { root: DIST, down: false, asked: [] as string[] };
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    if (state.down) {
      state.asked.push(path);
      request.socket.destroy(); // as a network that is gone
      return;
    }
    const file = resolve(state.root, decodeURIComponent(path.slice(FOLDER.length)) || 'index.html');
    const found = path.startsWith(FOLDER) && file.startsWith(state.root + sep) && statOf(file);
    if (!found) {
      response.writeHead(404).end();
      return;
    }
    const etag = `W/"${found.size}-${found.mtimeMs}"`;
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      etag,
      'last-modified': found.mtime.toUTCString(),
    };
    if (request.headers['if-none-match'] === etag) response.writeHead(304, headers).end();
    else response.writeHead(200, headers).end(readFileSync(file));
  });
  return { server, state };
}

function statOf(file: string): Stats | undefined {
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
}

const { server, state } = staticServer();
let url = '';
let port = 0;
let nextBuild = '';
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[] = [];
/** The game in progress: where it stands in the first quarter, and its decisions then. */
let inQ1 = '';
let made = 0;
/** Requests of the game's pages that failed (none may, offline included). */
const failed: string[] = [];

async function open(): Promise<Page> {
  const opened = await context.newPage();
  errors = [...errors, ...watchErrors(opened)];
  opened.on('requestfailed', (request) => failed.push(request.url()));
  await opened.goto(url);
  await waitForScreen(opened, 'title', 30_000);
  return opened;
}

/** The one service worker's cache: its name and the URLs it holds. */
function cached(on: Page) {
  return on.evaluate(async () => {
    const names = await caches.keys();
    const keys = await Promise.all(
      names.map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)),
    );
    return { names, urls: keys.flat() };
  });
}

/** Waits until `check`, run in the page (it may be async, which waitForFunction is not), holds. */
async function until(on: Page, check: () => Promise<boolean>, timeout = 90_000): Promise<void> {
  for (const end = Date.now() + timeout; !(await on.evaluate(check));) {
    if (Date.now() > end) throw new Error(`not within ${timeout} ms: ${check.toString()}`);
    await on.waitForTimeout(250);
  }
}

/** What the game shows at the top: the screen and the turn (e.g. `quarter … Q1 …`). */
async function where(on: Page): Promise<string> {
  await on.waitForSelector('.top-turn');
  return `${await screenName(on)} ${await on.textContent('.top-turn')}`;
}

/** The save's decisions so far. */
const decisions = (on: Page) =>
  on.evaluate(
    () =>
      JSON.parse(localStorage.getItem('power-core/save') ?? '{}').save?.decisions?.length as number,
  );

/** The title's Continue (in any language), back to the game. */
async function continueGame(on: Page): Promise<void> {
  await on.click('[data-key="continue"]');
  await on.waitForSelector('.top-turn');
}

async function goOffline(offline: boolean): Promise<void> {
  state.down = offline;
  await context.setOffline(offline);
}

beforeAll(async () => {
  if (!readFileSync(resolve(DIST, 'index.html'), 'utf8').includes('rel="manifest"'))
    throw new Error('dist/ is not the hosted build: run `npx vite build` first.');
  // The next build: the same files, a page that says so, and a new version in the worker.
  nextBuild = mkdtempSync(join(tmpdir(), 'power-core-next-'));
  cpSync(DIST, nextBuild, { recursive: true, filter: (from) => !from.includes('packages') });
  const html = readFileSync(join(nextBuild, 'index.html'), 'utf8');
  writeFileSync(
    join(nextBuild, 'index.html'),
    html.replace('<head>', '<head>\n<meta name="build" content="next">'),
  );
  const worker = readFileSync(join(nextBuild, 'sw.js'), 'utf8');
  writeFileSync(
    join(nextBuild, 'sw.js'),
    worker.replace(/"version": "(\w+)"/, '"version": "$1next"'),
  );

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  url = `http://127.0.0.1:${port}${FOLDER}`;
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  page = await open();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server.close(done));
  if (nextBuild) rmSync(nextBuild, { recursive: true, force: true });
});

describe('the hosted game, offline and installable', () => {
  it('links a valid web app manifest: name, icons that load, start_url of its own folder', async () => {
    const href = await page.$eval('link[rel="manifest"]', (link) => (link as HTMLLinkElement).href);
    expect(href).toBe(`${url}manifest.webmanifest`);
    const manifest = await page.evaluate(async (at) => (await fetch(at)).json(), href);
    expect(manifest.name).toBe('Power Core');
    expect(manifest.display).toBe('standalone');
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(new URL(manifest.start_url, href).href).toBe(url);
    expect(new URL(manifest.scope, href).href).toBe(url);
    const icons = manifest.icons as { src: string; sizes: string }[];
    expect(icons.map((icon) => icon.sizes)).toContain('512x512');
    for (const icon of icons) {
      const size = await page.evaluate(async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        return `${image.naturalWidth}x${image.naturalHeight}`;
      }, new URL(icon.src, href).href);
      expect(size).toBe(icon.sizes);
    }
    // Chromium's own reading of it: no errors.
    const cdp = await context.newCDPSession(page);
    const read = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; url: string };
    expect(read.url).toBe(href);
    expect(read.errors).toEqual([]);
  });

  it('keeps every file of the build after one visit, and the page is under its control', async () => {
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    // The worker's list is every file of the build (the one-file package is not part of it).
    const worker = readFileSync(resolve(DIST, 'sw.js'), 'utf8');
    const files = JSON.parse(/const PRECACHE = ({[\s\S]*?});/.exec(worker)![1]!).files as string[];
    const built = readdirSync(DIST, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/'))
      .filter((file) => file !== 'sw.js' && !file.startsWith('packages/'));
    expect(files.toSorted()).toEqual(built.toSorted());
    expect(files.some((file) => /^assets\/phaser-.*\.js$/.test(file))).toBe(true);
    const { names, urls } = await cached(page);
    expect(names).toHaveLength(1);
    expect(urls.toSorted()).toEqual(files.map((file) => `${url}${file}`).toSorted());
    // Chromium would offer to install it (a test's browser context counts as incognito).
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    const missing = installabilityErrors.map((error) => error.errorId);
    expect(missing.filter((id) => id !== 'in-incognito')).toEqual([]);
  });

  it('plays into the first quarter and makes a decision, saved', async () => {
    await page.click('[data-key="new-game"]');
    await page.waitForSelector('button.scenario-card');
    await page.fill('#team', 'Owls');
    await page.$eval('#team', (input) => (input as HTMLInputElement).blur());
    await press(page, 'Enter', 600);
    await waitForScreen(page, 'briefing');
    await toFloor(page);
    const before = await decisions(page);
    await press(page, 'r', 300); // the CEO's office: report
    await press(page, 'Enter', 300);
    await press(page, 'Escape', 300);
    made = await decisions(page);
    expect(made).toBe(before + 1);
    inQ1 = await where(page);
    expect(inQ1).toMatch(/^quarter .*Q1/);
  });

  it('offline, a reload resumes the game, which plays on, and resumes again', async () => {
    await goOffline(true);
    await page.reload();
    await waitForScreen(page, 'title', 30_000);
    await continueGame(page);
    expect(await where(page)).toBe(inQ1);
    expect(await decisions(page)).toBe(made);
    await page.waitForSelector('#world.is-ready', { timeout: 30_000 }); // Phaser, from the cache

    // A quarter played offline: end it, read its results and whatever happens, to Q2.
    await press(page, 'e', 300);
    if (await page.$('[data-panel="confirm-end"]')) await press(page, 'Enter', 300);
    await page.waitForFunction(() => document.body.dataset.screen !== 'quarter');
    await toFloor(page);
    expect(await where(page)).toMatch(/^quarter .*Q2/);
    const played = await decisions(page);
    expect(played).toBeGreaterThan(made);

    await page.reload();
    await waitForScreen(page, 'title', 30_000);
    // Another language, its words and its scenarios fetched for the first time, offline.
    await page.click('[data-key="lang-pl"]');
    await page.waitForFunction(() => document.documentElement.lang === 'pl');
    expect(await page.textContent('.menu')).toContain('Kontynuuj');
    await continueGame(page);
    expect(await screenName(page)).toBe('quarter');
    expect(await page.textContent('.top-turn')).toMatch(/2/);
    expect(await decisions(page)).toBe(played);

    expect(state.asked.filter((path) => !path.endsWith('/sw.js'))).toEqual([]);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await goOffline(false);
  });

  it('on plain http at a room address: no service worker, no manifest error, the game plays', async () => {
    // Chromium takes room.test for another computer: http there is not a secure context.
    const room = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...CHROMIUM_FLAGS, `--host-resolver-rules=MAP room.test 127.0.0.1`],
    });
    try {
      state.asked = [];
      const roomPage = await room.newPage({ viewport: { width: 1280, height: 720 } });
      const roomErrors = watchErrors(roomPage);
      const asked: string[] = [];
      roomPage.on('request', (request) => asked.push(new URL(request.url()).pathname));
      await roomPage.goto(`http://room.test:${port}${FOLDER}`);
      await waitForScreen(roomPage, 'title', 30_000);
      expect(await roomPage.evaluate(() => window.isSecureContext)).toBe(false);
      expect(await roomPage.evaluate(() => 'serviceWorker' in navigator)).toBe(false);
      await roomPage.click('[data-key="new-game"]');
      await roomPage.waitForSelector('button.scenario-card');
      await roomPage.waitForTimeout(1000);
      expect(asked.filter((path) => path.endsWith('/sw.js'))).toEqual([]);
      expect(roomErrors).toEqual([]);
    } finally {
      await room.close();
    }
  });
  it('a new version waits: the title announces it, the page never reloads, the next start has it', async () => {
    // The game in progress, where the offline test left it (in Polish).
    const here = await where(page);
    const count = await decisions(page);
    state.root = nextBuild;
    await page.evaluate(() => Object.assign(window, { samePage: true }));
    const { names: oldCache } = await cached(page);
    // The browser looks for a new worker at each start; this page has been open a while. (Chromium
    // starts the first check up to a minute after the worker was installed.)
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await until(page, async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
    // Mid-game nothing changes: the same page, the same screen, no note over the game.
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => 'samePage' in window)).toBe(true);
    expect(await where(page)).toBe(here);
    expect(await page.$('.update-note')).toBeNull();

    await page.click('[data-key="menu"]');
    await page.click('[data-key="quit"]');
    await waitForScreen(page, 'title');
    expect(await page.textContent('.update-note')).toBe(
      'Nowa wersja jest gotowa: zacznie działać przy następnym otwarciu gry.',
    );
    // A quiet line, in sight under the title's panel, that reads well (axe: contrast and more).
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: resolve(SHOTS, '1280x720-title-update-note.png') });
    const note = (await page.locator('.update-note').boundingBox())!;
    const panel = (await page.locator('.title-screen').boundingBox())!;
    expect(note.y).toBeGreaterThanOrEqual(panel.y + panel.height);
    expect(note.y + note.height).toBeLessThanOrEqual(720);
    expect(note.x + note.width).toBeLessThanOrEqual(1280);
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const { axe } = window as unknown as {
        axe: { run: (on: unknown) => Promise<{ violations: { id: string }[] }> };
      };
      return (await axe.run({ include: [['.update-note']] })).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    expect(await page.evaluate(() => 'samePage' in window)).toBe(true);
    expect(await page.$('meta[name="build"]')).toBeNull();

    // The next start: every page of the game closed, then opened again.
    await page.close();
    page = await open();
    expect(await page.getAttribute('meta[name="build"]', 'content')).toBe('next');
    expect(await page.$('.update-note')).toBeNull();
    await until(page, async () => (await caches.keys()).length === 1);
    expect((await cached(page)).names).not.toEqual(oldCache);
    await continueGame(page);
    expect(await where(page)).toBe(here);
    expect(await decisions(page)).toBe(count);
    expect(errors).toEqual([]);
  });
});
