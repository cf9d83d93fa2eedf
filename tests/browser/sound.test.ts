// Sound really comes out of the production build: the page's audio output is tapped with an
// analyser, the player presses keys through a few screens, and the loudest sample heard must be
// well above silence. The effects load after the first key press, a few at a time, so the first
// press itself may stay silent; the later ones may not.

import { describe, expect, it } from 'vitest';
import { waitForScreen, watchErrors } from '../../src/cli/chromium';
import { TAP_OUTPUT } from './audio-tap';
import { press } from './keyboard-player';
import { servedGame } from './setup';

const served = servedGame();

describe('sound', () => {
  it('plays the effects of the screens after the first key press', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript(TAP_OUTPUT);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(served.url);
    await waitForScreen(page, 'title');
    // Settings and back again: each press makes a sound once the effects have arrived.
    await press(page, '4', 1500);
    await waitForScreen(page, 'settings');
    for (let i = 0; i < 3; i++) {
      await press(page, 'Escape', 600);
      await press(page, '4', 600);
    }
    const loudest = await page.evaluate(() => (window as unknown as { loudest: number }).loudest);
    expect(loudest).toBeGreaterThan(0.05);
    expect(errors).toEqual([]);
    await context.close();
  });
});
