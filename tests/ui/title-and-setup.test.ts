// @vitest-environment jsdom
// The title, scenario choice, briefing, settings and how-to-play screens, by keyboard and click.

import { describe, expect, it } from 'vitest';
import { getByRole, queryByRole } from '@testing-library/dom';
import { memoryStorage } from '../../src/store/storage';
import { mount, startGame } from './harness';

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('title screen', () => {
  it('offers a new game by default and Enter opens the scenario choice', () => {
    const h = mount();
    h.game.open('title');
    expect(queryByRole(h.root, 'button', { name: /Continue/ })).toBeNull();
    expect(getByRole(h.root, 'button', { name: /New game/ }).dataset.default).toBe('');
    h.press('Enter');
    expect(h.screen()).toBe('scenario');
  });

  it('shows the saved game and Enter continues it', async () => {
    const storage = memoryStorage();
    const first = mount(storage);
    await startGame(first);
    first.game.beginPlay();
    first.unmount();
    const h = mount(storage);
    h.game.open('title');
    const cont = getByRole(h.root, 'button', { name: /Continue/ });
    expect(h.root.textContent).toContain('Team Blue');
    expect(cont.dataset.default).toBe('');
    h.press('Enter');
    await settle();
    expect(h.screen()).toBe('quarter');
  });

  it('picks menu entries by digit', () => {
    const h = mount();
    h.game.open('title');
    h.press('4');
    expect(h.screen()).toBe('settings');
    h.press('Escape');
    expect(h.screen()).toBe('title');
    h.press('3');
    expect(h.screen()).toBe('how-to-play');
    expect(h.root.textContent).toContain('Three views of every number');
  });
});

describe('scenario choice', () => {
  it('lists the six companies with their power cores; digits select, Enter starts', async () => {
    const h = mount();
    h.game.open('scenario');
    await settle();
    const cards = [...h.root.querySelectorAll<HTMLButtonElement>('button.scenario-card')];
    expect(cards).toHaveLength(6);
    const cores = cards.map((c) => c.querySelector('.core-badge')?.textContent);
    expect(new Set(cores)).toEqual(
      new Set(['Product', 'Marketing', 'Sales', 'Specialty', 'IT', 'Customer']),
    );
    h.press('2');
    const selected = h.root.querySelector('.scenario-card[aria-pressed="true"]')!;
    const name = selected.querySelector('.card-title')!.textContent!;
    (h.root.querySelector('[data-key="start"]') as HTMLElement).focus();
    document.body.focus();
    h.press('Enter');
    await settle();
    expect(h.screen()).toBe('briefing');
    expect(h.root.querySelector('h1')!.textContent).toBe(name);
  });

  it('starts with the team name, seed and difficulty chosen', async () => {
    const h = mount();
    h.game.open('scenario');
    await settle();
    const team = h.root.querySelector<HTMLInputElement>('#team')!;
    team.value = 'Owls';
    team.dispatchEvent(new Event('input', { bubbles: true }));
    const seed = h.root.querySelector<HTMLInputElement>('#seed')!;
    seed.value = '4242';
    seed.dispatchEvent(new Event('change', { bubbles: true }));
    h.root.querySelector<HTMLInputElement>('input[name="seat-time"][value="half-years"]')!.click();
    h.root.querySelector<HTMLInputElement>('input[name="urgency"][value="crisis"]')!.click();
    getByRole(h.root, 'button', { name: /^Start/ }).click();
    await settle();
    const session = h.game.store.getState().session!;
    expect(session.team).toBe('Owls');
    expect(session.game.seed).toBe(4242);
    expect(session.game.difficulty).toEqual({
      authority: 'ceo',
      urgency: 'crisis',
      seatTime: 'half-years',
    });
  });

  it('ignores a seed that is not a whole number in range', async () => {
    const h = mount();
    h.game.open('scenario');
    await settle();
    const seed = h.root.querySelector<HTMLInputElement>('#seed')!;
    seed.value = '-5';
    seed.dispatchEvent(new Event('change', { bubbles: true }));
    expect(h.game.store.getState().setup.seed).toBe(12345);
  });
});

describe('briefing', () => {
  it('introduces the company, its power core, the leaders and the mandate', async () => {
    const h = mount();
    await startGame(h);
    const text = h.root.textContent!;
    expect(text).toContain('Vectra Office Systems');
    expect(text).toContain('The power core: Sales');
    expect(text).toContain('Dominik Reyes');
    expect(text).toContain('Your mandate');
    expect(text).toContain('What Helena Marsh expects');
    h.press('Enter');
    expect(['quarter', 'event']).toContain(h.screen());
  });
});

describe('settings', () => {
  it('changes text size, motion and sound at once and remembers them', () => {
    const h = mount();
    h.game.open('settings');
    h.root.querySelector<HTMLInputElement>('input[value="large"]')!.click();
    expect(document.documentElement.dataset.textSize).toBe('large');
    h.root.querySelector<HTMLInputElement>('[data-key="sound"]')!.click();
    expect(h.sound.muted).toBe(true);
    h.root.querySelector<HTMLInputElement>('[data-key="motion"]')!.click();
    expect(document.documentElement.dataset.motion).toBe('full');
    expect(JSON.parse(h.storage.read('power-core/settings')!)).toMatchObject({
      textSize: 'large',
      sound: false,
      reducedMotion: false,
    });
  });
});
