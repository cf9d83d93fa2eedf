// @vitest-environment jsdom
// The keyboard rules: the front-most layer wins, digits pick choices, Enter and Esc find the
// default and back controls, typing in a field is left alone.

import { describe, expect, it, vi } from 'vitest';
import { handleKey } from '../../src/ui/keyboard';

function key(target: EventTarget, k: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

function setup() {
  document.body.replaceChildren();
  const root = document.createElement('div');
  root.innerHTML = `
    <div data-layer>
      <button data-choice id="a1">A1</button><button data-choice id="a2">A2</button>
      <button data-default id="ad">Default</button><button data-back id="ab">Back</button>
      <input id="field" type="text">
      <button data-shortcut="e" id="ae">End</button>
    </div>`;
  document.body.append(root);
  const clicks: string[] = [];
  root.addEventListener('click', (e) => clicks.push((e.target as HTMLElement).id));
  return { root, clicks };
}

describe('keyboard', () => {
  it('digits pick the N-th choice, letters click shortcuts, Enter and Esc find default and back', () => {
    const { root, clicks } = setup();
    handleKey(root, key(document.body, '2'));
    handleKey(root, key(document.body, 'e'));
    handleKey(root, key(document.body, 'Enter'));
    handleKey(root, key(document.body, 'Escape'));
    expect(clicks).toEqual(['a2', 'ae', 'ad', 'ab']);
  });

  it('a dialog in front takes the keys; the screen behind gets none', () => {
    const { root, clicks } = setup();
    const dialog = document.createElement('div');
    dialog.dataset.layer = '';
    const only = document.createElement('button');
    only.id = 'd1';
    only.dataset.choice = '';
    dialog.append(only);
    root.append(dialog);
    handleKey(root, key(document.body, '1'));
    handleKey(root, key(document.body, '2'));
    handleKey(root, key(document.body, 'e'));
    expect(clicks).toEqual(['d1']);
  });

  it('leaves typing alone, but Enter in a field confirms the screen', () => {
    const { root, clicks } = setup();
    const field = root.querySelector('#field')!;
    expect(handleKey(root, key(field, '2'))).toBe(false);
    expect(handleKey(root, key(field, 'e'))).toBe(false);
    handleKey(root, key(field, 'Enter'));
    expect(clicks).toEqual(['ad']);
  });

  it('a digit acts on the option labelled with it: a disabled one does nothing and says why', () => {
    const { root, clicks } = setup();
    const a1 = root.querySelector<HTMLButtonElement>('#a1')!;
    a1.disabled = true;
    a1.dataset.unavailable = 'needs fresh customer evidence';
    const notices: string[] = [];
    expect(handleKey(root, key(document.body, '1'), (el, why) => notices.push(`${el.id}: ${why}`)));
    handleKey(root, key(document.body, '2'));
    expect(clicks).toEqual(['a2']);
    expect(notices).toEqual(['a1: needs fresh customer evidence']);
  });

  it('follows the shown key hint rather than the position', () => {
    const { root, clicks } = setup();
    root.querySelector('#a1')!.innerHTML = '<kbd class="key-hint">4</kbd>A1';
    root.querySelector('#a2')!.innerHTML = '<kbd class="key-hint">7</kbd>A2';
    handleKey(root, key(document.body, '1'));
    handleKey(root, key(document.body, '2'));
    handleKey(root, key(document.body, '7'));
    expect(clicks).toEqual(['a2']);
  });

  it('never clicks a disabled control, and lets a focused button handle Enter itself', () => {
    const { root, clicks } = setup();
    root.querySelector<HTMLButtonElement>('#a1')!.disabled = true;
    handleKey(root, key(document.body, '1'));
    expect(clicks).toEqual([]);
    const spy = vi.fn();
    expect(handleKey(root, key(root.querySelector('#ab')!, 'Enter'))).toBe(false);
    expect(spy).not.toHaveBeenCalled();
  });
});
