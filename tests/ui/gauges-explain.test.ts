// @vitest-environment jsdom
// Every gauge explains itself: focus on a meter of the organisation shows what moved it last
// turn, with causes that add up to the change shown; overload names the silos where it happens.

import { describe, expect, it } from 'vitest';
import { mount, startGame } from './harness';
import { botByName, playGame } from '../../src/engine/bots';
import { STANDARD_DIFFICULTY } from '../../src/engine';
import { builtIn } from '../helpers';

function parse(text: string): number {
  return Number(text.replace(/[,\s]/g, '').replace('−', '-').replace('+', ''));
}

describe('gauges that explain themselves', () => {
  it('says nothing moved yet before the first results, then lists causes that add up', async () => {
    const h = mount();
    await startGame(h);
    h.game.beginPlay();
    const tip = () => h.root.querySelector('[data-key="gauge-implementability"] .why-tip')!;
    expect(tip().textContent).toContain('Nothing yet');
    for (let q = 0; q < 6; q++) {
      const s = h.game.store.getState();
      for (const p of s.session!.game.pendingEvents) h.game.answerEvent(p.event, null);
      h.game.closeEventOutcome();
      if (q === 0) h.game.dispatch({ type: 'launch', initiative: 'pulse-survey', scale: 'full' });
      h.game.dispatch({ type: 'endQuarter' });
      while (['results', 'year-review'].includes(h.game.store.getState().screen))
        h.game.acknowledgeReport();
    }
    for (const p of h.game.store.getState().session!.game.pendingEvents)
      h.game.answerEvent(p.event, null);
    h.game.closeEventOutcome();
    expect(h.screen()).toBe('quarter');
    for (const gauge of ['engagement', 'motivation', 'measurability', 'implementability']) {
      const box = h.root.querySelector<HTMLElement>(`[data-key="gauge-${gauge}"]`)!;
      expect(box.tabIndex).toBe(0);
      const describedBy = box.getAttribute('aria-describedby')!;
      const tipEl = h.root.querySelector(`#${describedBy}`)!;
      expect(tipEl.getAttribute('role')).toBe('tooltip');
      const [main, ...subs] = [...tipEl.querySelectorAll('li')];
      const [before, after] = main!.querySelector('.num')!.textContent!.split('→').map(parse);
      const shown = parse(main!.querySelector('.delta')!.textContent!);
      expect(after! - before!).toBe(shown);
      const listed = subs.reduce((n, li) => n + parse(li.querySelector('.num')!.textContent!), 0);
      if (subs.length > 0) expect(Math.abs(listed - shown)).toBeLessThan(0.051);
      if (shown !== 0) expect(subs.length).toBeGreaterThan(0);
    }
  });

  it('names the overloaded silos behind a fall in implementability', () => {
    let found = false;
    for (const id of ['vectra-office-systems', 'corvid-bank', 'juniper-outfitters']) {
      const scenario = builtIn(id);
      for (let seed = 1; seed <= 12 && !found; seed++) {
        const { state } = playGame(
          scenario,
          seed,
          STANDARD_DIFFICULTY,
          botByName('random', scenario)!,
        );
        const reason = state.lastResolution?.gaugeReasons.implementability.find(
          (r) => r.key === 'why.overload',
        );
        if (!reason) continue;
        found = true;
        expect(reason.delta).toBeLessThan(0);
        const silos = String(reason.params?.silos ?? '').split(',');
        expect(silos.length).toBeGreaterThan(0);
        for (const silo of silos) expect(scenario.silos.some((s) => s.id === silo)).toBe(true);
      }
    }
    expect(found).toBe(true);
  });
});

describe("a silo's load, explained", () => {
  it('lists what the silo carries, adding up to its load, and says what overload costs', async () => {
    const h = mount();
    await startGame(h);
    h.game.beginPlay();
    const s0 = h.game.store.getState().session!;
    for (const p of s0.game.pendingEvents) h.game.answerEvent(p.event, null);
    h.game.closeEventOutcome();
    // Field Sales is asked the most in Vectra: launch what needs it until the time runs out.
    const asks = s0.scenario.initiatives.filter((i) =>
      i.partners.some((p) => p.silo === 'field-sales'),
    );
    expect(asks.length).toBeGreaterThan(2);
    for (const def of asks) {
      h.game.dispatch({ type: 'launch', initiative: def.id, scale: 'full' });
      h.game.closeNegotiation();
    }
    h.game.setPanel('silo', 'field-sales');
    const panel = h.root.querySelector('[data-panel="silo"]')!;
    const [loadText] = panel.querySelector('.silo-load p')!.textContent!.match(/[\d.]+/)!;
    const parts = [...panel.querySelectorAll('.load-parts li')];
    expect(parts.length).toBeGreaterThan(1);
    const sum = parts.reduce(
      (n, li) => n + Number(li.querySelector('.num')!.textContent!.match(/[\d.]+/)![0]),
      0,
    );
    expect(sum).toBeCloseTo(Number(loadText), 5);
    const { scenario, game } = h.game.store.getState().session!;
    // Each line names a running initiative (in English, the test's language).
    const english = (text: unknown) =>
      typeof text === 'string' ? text : (text as Record<string, string>).en;
    const running = game.initiatives.map((run) =>
      english(scenario.initiatives.find((d) => d.id === run.id)!.name),
    );
    for (const li of parts) expect(running).toContain(li.querySelector('span')!.textContent);
    expect(panel.querySelector('.silo-load.over')).not.toBeNull();
    expect(panel.textContent).toMatch(/delivers only \d+% of what it promised/);
  });
});

describe("a leader's trust, explained", () => {
  it('lists what moved it this turn, naming the negotiation, adding up to the change', async () => {
    const h = mount();
    await startGame(h);
    h.game.beginPlay();
    for (const p of h.game.store.getState().session!.game.pendingEvents)
      h.game.answerEvent(p.event, null);
    h.game.closeEventOutcome();
    h.game.setPanel('silo', 'field-sales');
    const tip = () => h.root.querySelector('[data-key="trust-field-sales"] .why-tip')!;
    expect(tip().textContent).toContain('Nothing has moved it yet');
    h.game.setPanel(null);
    h.game.dispatch({ type: 'launch', initiative: 'exit-interviews', scale: 'full' });
    h.game.dispatch({
      type: 'negotiate',
      initiative: 'exit-interviews',
      silo: 'field-sales',
      approach: 'escalate',
    });
    h.game.closeNegotiation();
    h.game.setPanel('silo', 'field-sales');
    const box = h.root.querySelector<HTMLElement>('[data-key="trust-field-sales"]')!;
    expect(box.tabIndex).toBe(0);
    expect(h.root.querySelector(`#${box.getAttribute('aria-describedby')}`)).toBe(tip());
    const [main, ...subs] = [...tip().querySelectorAll('li')];
    expect(main!.textContent).toContain('What moved it this turn');
    const [before, after] = main!.querySelector('.num')!.textContent!.split('→').map(parse);
    const shown = parse(main!.querySelector('.delta')!.textContent!);
    expect(after! - before!).toBe(shown);
    expect(shown).not.toBe(0);
    const listed = subs.reduce((n, li) => n + parse(li.querySelector('.num')!.textContent!), 0);
    expect(Math.abs(listed - shown)).toBeLessThan(0.051);
    expect(subs.map((li) => li.textContent).join(' ')).toMatch(
      /You asked them to back Ask leaving customers why \(“[^”]+”\): (full commitment|a pilot only|a nominal yes|refused)/,
    );
  });
});
