// The SCORM packages (npm run package) inside a learning platform, in Chromium: each zip unpacked
// and served beside a small LMS page (fixtures/lms.html) that reads the package's manifest and
// puts scorm-again's API - a real LMS-side SCORM 1.2 and 2004 - on its window, with the course in
// a frame. For both standards: the package's manifest is valid against the standard's schemas
// and lists every file of the game; a whole game by keyboard is reported (completion, score
// against the manifest's pass mark, session time, the team as the learner's comment, a result
// code the leaderboard verifies); a game left in the middle comes back from the LMS's suspend data
// alone (a new LMS page primed with it, the browser's storage cleared); an LMS that starts failing
// mid-game leaves the player playing, told once (its notice's screenshot goes to
// test-results/screens/); and the launch page opened without an LMS is plain play.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { launch, ROOT, screenName, waitForScreen, watchErrors } from '../../src/cli/chromium';
import { filesUnder, SCORM_PACKAGES } from '../../src/cli/scorm-package';
import { PACKAGE_DIR } from '../../src/cli/single-file';
import { loadScenarioFile } from '../../src/cli/scenario-files';
import type { ScormStandard } from '../../src/lms/scorm-api';
import { readResultCode, unpackDecisions } from '../../src/workshop/result';
import { verifyResult } from '../../src/workshop/verify';
import { validateManifest } from '../cli/scorm-schemas';
import { playToDebrief, playTurns, press } from './keyboard-player';

const STANDARDS = ['scorm12', 'scorm2004'] as const;
const SHOTS = resolve(ROOT, 'test-results/screens');
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
  '.wav': 'audio/wav',
  '.woff2': 'font/woff2',
};

const vectra = loadScenarioFile('vectra-office-systems');
if (!vectra.ok) throw new Error('Vectra does not load');
const scenarios = [vectra.scenario];

let browser: Browser;
let server: Server;
let origin = '';
const unpacked = mkdtempSync(join(tmpdir(), 'power-core-scorm-lms-'));

/** Serves the LMS page, scorm-again's browser bundles and each unpacked package. */
function serve(): Promise<Server> {
  const roots: Readonly<Record<string, string>> = {
    scorm12: join(unpacked, 'scorm12'),
    scorm2004: join(unpacked, 'scorm2004'),
    'scorm-again': resolve(ROOT, 'node_modules/scorm-again/dist'),
  };
  const http = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const [, top = '', ...rest] = path.split('/');
    const file =
      path === '/lms.html'
        ? resolve(ROOT, 'tests/browser/fixtures/lms.html')
        : roots[top] && join(roots[top], normalize(rest.join('/')));
    if (!file || !file.startsWith(roots[top] ?? file) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => http.listen(0, '127.0.0.1', () => done(http)));
}

beforeAll(async () => {
  for (const standard of STANDARDS) {
    const zip = resolve(ROOT, PACKAGE_DIR, SCORM_PACKAGES[standard].file);
    if (!existsSync(zip))
      throw new Error(
        `There is no ${PACKAGE_DIR}/${SCORM_PACKAGES[standard].file}: run \`npm run package\` first.`,
      );
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
      const file = join(unpacked, standard, name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, bytes);
    }
  }
  server = await serve();
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  rmSync(unpacked, { recursive: true, force: true });
});

/** The course's frame, driven like a page: its keys go through the page, whose focus it has. */
function asPage(page: Page, frame: Frame): Page {
  return new Proxy(frame, {
    get(target, name) {
      if (name === 'keyboard') return page.keyboard;
      const value: unknown = Reflect.get(target, name, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as unknown as Page;
}

interface Launched {
  readonly page: Page;
  /** The course in the LMS's frame, as the keyboard player drives it. */
  readonly course: Page;
  readonly errors: string[];
}

/** Opens the LMS page for `standard`, primed with what an LMS kept of the learner before. */
async function openLms(
  context: BrowserContext,
  standard: ScormStandard,
  kept: Record<string, string> = {},
): Promise<Launched> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.addInitScript((prime) => {
    (window as unknown as { lmsPrime: unknown }).lmsPrime = prime;
  }, kept);
  await page.goto(`${origin}/lms.html?standard=${standard}`);
  const frame = await (await page.waitForSelector('#course')).contentFrame();
  if (!frame) throw new Error('the course frame did not open');
  await frame.waitForURL(/index\.html$/);
  const course = asPage(page, frame);
  await waitForScreen(course, 'title', 30_000);
  return { page, course, errors };
}

/** From the title to the first quarter of a new Vectra game for `team`. */
async function newGame(course: Page, team: string): Promise<void> {
  await press(course, 'Enter', 400);
  await course.waitForSelector('button.scenario-card');
  await course.fill('#team', team);
  await course.$eval('#team', (input) => (input as HTMLInputElement).blur());
  await press(course, '6'); // Vectra Office Systems
  await press(course, 'Enter', 600);
  await waitForScreen(course, 'briefing');
}

/** The LMS's data model as it would store it (scorm-again's JSON of `cmi`). */
function lmsData(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => {
    const api =
      (window as unknown as { API?: { renderCMIToJSONObject(): { cmi: unknown } } }).API ??
      (window as unknown as { API_1484_11: { renderCMIToJSONObject(): { cmi: unknown } } })
        .API_1484_11;
    return api.renderCMIToJSONObject().cmi as Record<string, unknown>;
  });
}

function at(data: Record<string, unknown>, path: string): unknown {
  let value: unknown = data;
  for (const part of path.split('.'))
    value = (value as Record<string, unknown> | undefined)?.[part];
  return value;
}

/** The result code the LMS recorded: SCORM 1.2's comment's second line, 2004's interaction. */
function recordedCode(standard: ScormStandard, data: Record<string, unknown>): string {
  return standard === 'scorm12'
    ? String(at(data, 'comments')).split('\n')[1]!
    : String(at(data, 'interactions.0.learner_response'));
}

/** The save the LMS keeps (cmi.suspend_data in both standards). */
const suspendData = (data: Record<string, unknown>) => String(at(data, 'suspend_data'));

describe.each(STANDARDS)('a %s package in an LMS', (standard) => {
  it('has a manifest valid against the standard’s schemas that lists every file of the game', async () => {
    const folder = join(unpacked, standard);
    const manifest = readFileSync(join(folder, 'imsmanifest.xml'), 'utf8');
    expect(await validateManifest(standard, manifest)).toEqual({ valid: true, errors: [] });
    const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) =>
      decodeURIComponent(m[1]!),
    );
    const carried = filesUnder(folder).filter((f) => !/^[^/]+\.(xsd|dtd|xml)$/.test(f));
    expect(listed).toEqual(carried);
    expect(listed).toContain('index.html');
    expect(listed.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(20);
  });

  it('reports a whole game played by keyboard', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const { page, course, errors } = await openLms(context, standard);
    await newGame(course, 'Owls');
    expect(await playToDebrief(course, 'listen-and-report')).toBe(20);
    await course.waitForSelector('.debrief-screen');
    await press(course, '6', 400); // the Result tab
    const shown = await course.inputValue('#result-code');

    const data = await lmsData(page);
    const code = recordedCode(standard, data);
    expect(code).toBe(shown);
    const verified = verifyResult(code, scenarios);
    if (!verified.ok) throw new Error(`the LMS's code did not verify: ${verified.reason}`);
    expect(verified.result.team).toBe('Owls');
    const score = verified.score.total;
    const passed = score >= 500 ? 'passed' : 'failed';
    if (standard === 'scorm12') {
      expect(at(data, 'core.lesson_status')).toBe(passed);
      expect(at(data, 'core.score')).toEqual({ raw: String(score / 10), min: '0', max: '100' });
      expect(at(data, 'core.session_time')).toMatch(/^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/);
      expect(at(data, 'core.session_time')).not.toBe('00:00:00');
      expect(String(at(data, 'comments')).split('\n')[0]).toBe('Owls');
    } else {
      expect(at(data, 'completion_status')).toBe('completed');
      expect(at(data, 'success_status')).toBe(passed);
      expect(at(data, 'score')).toEqual({
        raw: String(score),
        min: '0',
        max: '1000',
        scaled: String(score / 1000),
      });
      expect(at(data, 'session_time')).toMatch(/^PT\d+H\d+M[\d.]+S$/);
      expect(at(data, 'comments_from_learner.0.comment')).toBe('Owls');
      expect(at(data, 'interactions.0.type')).toBe('long-fill-in');
    }
    // The finished game is kept too, within SCORM 1.2's 4,096 characters.
    expect(suspendData(data)).toMatch(/^PCS1\|vectra-office-systems\|.*\|g?b?f\|PC1-/);
    expect(suspendData(data).length).toBeLessThanOrEqual(4096);
    expect(await page.$('.lms-notice')).toBeNull();
    expect(await course.$('.lms-notice')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('resumes a game from the LMS alone after the page was left', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const first = await openLms(context, standard);
    await newGame(first.course, 'Hawks');
    await playTurns(first.course, 'listen-and-report', 3);
    const turn = await first.course.textContent('.top-turn');
    expect(turn).toMatch(/Q4/);
    const kept = suspendData(await lmsData(first.page));
    expect(kept).toMatch(/^PCS1\|vectra-office-systems\|/);
    // The browser forgets the game; only the LMS has it.
    await first.course.evaluate(() => localStorage.clear());
    await first.page.close();

    const entry = standard === 'scorm12' ? 'cmi.core.entry' : 'cmi.entry';
    const second = await openLms(context, standard, {
      'cmi.suspend_data': kept,
      [entry]: 'resume',
    });
    expect(await second.course.textContent('.menu')).toContain('Continue');
    await press(second.course, 'Enter', 600);
    await second.course.waitForSelector('.top-turn');
    expect(await second.course.textContent('.top-turn')).toBe(turn);
    expect(await screenName(second.course)).toBe('quarter');

    // And it plays on to a result that holds both sessions' decisions.
    await playToDebrief(second.course, 'do-nothing');
    const code = recordedCode(standard, await lmsData(second.page));
    const verified = verifyResult(code, scenarios);
    expect(verified.ok && verified.result.team).toBe('Hawks');
    const before = readResultCode(kept.split('|')[5]!);
    if (!before.ok || !verified.ok) throw new Error('the codes did not read');
    const decisionsBefore = unpackDecisions(vectra.scenario, before.result.decisions)!;
    expect(decisionsBefore.filter((d) => d.type === 'endQuarter')).toHaveLength(3);
    expect(verified.result.decisions.slice(0, decisionsBefore.length)).toEqual(decisionsBefore);
    expect([...first.errors, ...second.errors]).toEqual([]);
    await context.close();
  });

  it('keeps the player playing when the LMS starts failing, and says so once', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const { page, course, errors } = await openLms(context, standard);
    await newGame(course, 'Herons');
    await playTurns(course, 'listen-and-report', 2);
    // The LMS goes wrong: SCORM 1.2's answers "false", SCORM 2004's throws (its window is gone).
    await page.evaluate((failing) => {
      const lms = window as unknown as Record<string, Record<string, unknown>>;
      if (failing === 'scorm12') {
        lms.API!.LMSSetValue = () => 'false';
        lms.API!.LMSCommit = () => 'false';
      } else {
        const gone = () => {
          throw new Error('the LMS has gone');
        };
        lms.API_1484_11!.SetValue = gone;
        lms.API_1484_11!.Commit = gone;
      }
    }, standard);
    await playTurns(course, 'do-nothing', 2);
    const notices = await course.$$('.lms-notice');
    expect(notices).toHaveLength(1);
    expect(await notices[0]!.getAttribute('role')).toBe('alert');
    expect(await notices[0]!.textContent()).toContain('is not answering');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${standard}-lms-notice.png`) });
    await course.click('.lms-notice button');
    expect(await course.$('.lms-notice')).toBeNull();

    // Still saved in the browser, and still playing: to the debrief, with no second notice.
    const saved = await course.evaluate(() => localStorage.getItem('power-core/save') ?? '');
    expect(saved.match(/"endQuarter"/g)).toHaveLength(4);
    expect(await playToDebrief(course, 'do-nothing')).toBeGreaterThan(10);
    expect(await course.$('.lms-notice')).toBeNull();
    expect(errors.filter((e) => !e.includes('the LMS has gone'))).toEqual([]);
    await context.close();
  });

  it('is plain play when opened without an LMS', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${origin}/${standard}/index.html`);
    await waitForScreen(page, 'title', 30_000);
    await newGame(page, 'Owls');
    await playTurns(page, 'do-nothing', 1);
    expect(await page.$('.lms-notice')).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem('power-core/save'))).toContain('Owls');
    expect(errors).toEqual([]);
    await context.close();
  });
});
