// @vitest-environment jsdom
// Scenario text is always rendered as text: a name like `<img src=x onerror=alert(1)>` shows
// literally on every screen and never becomes an element.

import { describe, expect, it } from 'vitest';
import { builtIn } from '../helpers';
import type { Scenario } from '../../src/engine';
import { mount, startGame } from './harness';

const HOSTILE = '<img src=x onerror=alert(1)>';

function hostileScenario(): Scenario {
  const base = builtIn();
  return {
    ...base,
    company: { ...base.company, name: `${HOSTILE} Corp`, history: `<script>alert(2)</script>` },
    silos: base.silos.map((silo, i) =>
      i === 0
        ? { ...silo, name: `<b>${silo.id}</b>`, leader: { ...silo.leader, name: HOSTILE } }
        : silo,
    ),
    initiatives: base.initiatives.map((d) =>
      d.id === 'exit-interviews' ? { ...d, name: `<i>${HOSTILE}</i>` } : d,
    ),
  };
}

describe('scenario text is text', () => {
  it('shows hostile names literally on the briefing, the floor, the catalogue and in negotiation', async () => {
    const h = mount();
    await startGame(h, {
      scenario: hostileScenario(),
      ref: { kind: 'custom', name: 'hostile.yaml', text: '' },
    });
    const check = () => {
      expect(document.querySelectorAll('img, script, b, i')).toHaveLength(0);
    };
    expect(h.root.textContent).toContain(`${HOSTILE} Corp`);
    expect(h.root.textContent).toContain('<script>alert(2)</script>');
    check();
    h.game.beginPlay();
    const pending = h.game.store.getState().session!.game.pendingEvents[0];
    if (pending) {
      h.game.answerEvent(pending.event, null);
      h.game.closeEventOutcome();
    }
    const room = h.root.querySelector('.room-button')!;
    expect(room.getAttribute('aria-label')).toContain(HOSTILE);
    h.game.setPanel('catalogue');
    h.game.setCatalogue({ filter: 'all', selected: 'exit-interviews' });
    expect(h.root.querySelector('.catalogue-card h3')!.textContent).toBe(`<i>${HOSTILE}</i>`);
    check();
    h.game.dispatch({ type: 'launch', initiative: 'exit-interviews', scale: 'full' });
    h.game.openNegotiation(
      'exit-interviews',
      h.game.store.getState().session!.scenario.silos[0]!.id,
    );
    expect(h.root.querySelector('.neg-title')!.textContent).toBe(HOSTILE);
    check();
  });
});
