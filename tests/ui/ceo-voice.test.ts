// @vitest-environment jsdom
// A scenario can give the CEO's own words for the year-review verdicts, in several languages;
// without them the game's words are used. A verdict the game does not know is a file problem.
import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../../src/engine';
import { loadDefaults, loadScenario } from '../../src/scenario/load';
import { readFileSync } from 'node:fs';
import { chooseLanguage } from '../../src/ui/choose-language';
import { mount, playTo, startGame, until } from './harness';

const vectra = readFileSync('scenarios/vectra-office-systems.yaml', 'utf8');
/** Vectra as a facilitator's file whose CEO has words of her own for every verdict. */
const text = vectra.replace(
  /^ceo:\n/m,
  `ceo:\n  voice:\n${VERDICTS.map((v) => `    ${v}: { en: Helena says ${v}., pl: 'Helena mówi: ${v}.' }\n`).join('')}`,
);

describe("the CEO's words at a year review", () => {
  it('are the scenario’s own when it gives them, in the game’s language', async () => {
    const h = mount();
    await startGame(h, { ref: { kind: 'custom', name: 'vectra-ceo.yaml', text } });
    h.game.beginPlay();
    playTo(h, 4);
    // End the fourth quarter: its results, then the review.
    while (h.game.store.getState().screen !== 'year-review') {
      const state = h.game.store.getState();
      if (state.screen === 'results') h.game.acknowledgeReport();
      else if (state.session!.game.pendingEvents[0]) {
        h.game.answerEvent(state.session!.game.pendingEvents[0].event, null);
        h.game.closeEventOutcome();
      } else h.game.dispatch({ type: 'endQuarter' });
    }
    expect(h.game.store.getState().session!.scenario.ceo.voice).toBeDefined();
    const verdict = h.game.store.getState().session!.game.lastResolution!.review!.verdict;
    await until(() => h.root.querySelector('.leader-line') !== null);
    expect(h.root.querySelector('.leader-line p')!.textContent).toBe(`“Helena says ${verdict}.”`);
    chooseLanguage(h.game, 'pl');
    await until(() => h.root.querySelector('.leader-line p')!.textContent!.includes('mówi'));
    expect(h.root.querySelector('.leader-line p')!.textContent).toBe(`„Helena mówi: ${verdict}.”`);
  });

  it('a verdict the game does not know is named as a problem', () => {
    const wrong = vectra.replace(/^ceo:\n/m, 'ceo:\n  voice: { pleased: Good., furious: No. }\n');
    const result = loadScenario(
      wrong,
      loadDefaults(readFileSync('scenarios/defaults.yaml', 'utf8')),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.path).toBe('ceo.voice.furious');
  });
});
