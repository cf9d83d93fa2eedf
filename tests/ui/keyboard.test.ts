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

  it('never clicks a disabled control, and lets a focused button handle Enter itself', () => {
    const { root, clicks } = setup();
    root.querySelector<HTMLButtonElement>('#a1')!.disabled = true;
    handleKey(root, key(document.body, '1'));
    expect(clicks).toEqual(['a2']);
    const spy = vi.fn();
    expect(handleKey(root, key(root.querySelector('#ab')!, 'Enter'))).toBe(false);
    expect(spy).not.toHaveBeenCalled();
  });
});
