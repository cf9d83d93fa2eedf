// A careless or hostile player, in Chromium against the production build: a seeded random walk
// of keys (Enter, Escape, Tab, arrows, digits, letters, Backspace...), typed team names, clicks on
// whatever button is enabled, and now and then a reload: once from the title at a laptop's size,
// once from the middle of a game on a small screen. The game never shows a page error or a
// console error, always comes back to a screen, and whatever it saved along the way is a save it
// can read. The seed is in the test's name, to replay a failure.

import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { screenName, waitForScreen, watchErrors } from '../../src/cli/chromium';
import { newGame, servedGame } from './setup';

const served = servedGame();

const KEYS = [
  'Enter',
  'Enter',
  'Enter',
  'Escape',
  'Tab',
  'Shift+Tab',
  'Space',
  'ArrowDown',
  'ArrowUp',
  'ArrowLeft',
  'ArrowRight',
  '1',
  '2',
  '3',
  '4',
  '9',
  'e',
  'l',
  'r',
  'p',
  'm',
  '?',
  'Backspace',
  'Delete',
  'Home',
  'End',
  'PageDown',
  'Control+z',
  'Alt+ArrowLeft',
];

async function walk(seed: string, steps: number, width: number, height: number, inGame: boolean) {
  const random = seedrandom(seed);
  const page = await served.browser.newPage({ viewport: { width, height } });
  const errors = watchErrors(page);
  await page.goto(served.url);
  await waitForScreen(page, 'title');
  if (inGame) {
    await newGame(page);
    expect(await screenName(page)).toBe('quarter');
  }
  const seen = new Set<string>();
  for (let step = 0; step < steps; step++) {
    const roll = random();
    if (roll < 0.01) {
      await page.reload();
      await page.waitForTimeout(600);
    } else if (roll < 0.06) {
      const buttons = await page.$$('button:not([disabled])');
      const button = buttons[Math.floor(random() * buttons.length)];
      // A button may move or go away before the click lands; that is the player's problem.
      await button?.click({ timeout: 1000 }).catch(() => undefined);
    } else if (roll < 0.08) {
      await page.keyboard.type(`Team ${Math.floor(random() * 100)}`);
    } else {
      await page.keyboard.press(KEYS[Math.floor(random() * KEYS.length)]!);
    }
    await page.waitForTimeout(40 + random() * 120);
    const screen = await screenName(page);
    if (screen) seen.add(screen);
  }
  // Whatever the last key started, the page settles on a screen.
  await page.waitForFunction(() => document.body.dataset.screen !== undefined, undefined, {
    timeout: 10_000,
  });
  const saved = await page.evaluate(() => localStorage.getItem('power-core/save'));
  await page.close();
  return { errors, seen, saved };
}

describe('a hostile keyboard', () => {
  for (const [seed, width, height, inGame] of [
    ['hostile-1', 1280, 720, false],
    ['hostile-2', 1024, 640, true],
  ] as const) {
    it(`never breaks the game (seed ${seed}, ${width}×${height}, from ${inGame ? 'a game' : 'the title'})`, async () => {
      const { errors, seen, saved } = await walk(seed, 350, width, height, inGame);
      console.log(`${seed}: screens seen: ${[...seen].sort().join(', ')}`);
      expect(errors).toEqual([]);
      // A save written in all that is whole (saving may have been switched off in settings).
      if (saved !== null) expect(JSON.parse(saved)).toMatchObject({ format: 'power-core-save/1' });
    }, 240_000);
  }
});
