// The keyboard, the same on every screen: Enter confirms (the control marked `data-default`),
// Esc goes back or closes (`data-back`), digits 1–9 pick the N-th option (`data-choice`) of the
// front-most layer, and letter shortcuts click the control marked `data-shortcut`. Controls are
// found in the front-most layer (`data-layer`: dialogs over panels over the screen), so a key
// never reaches a control hidden behind a dialog. Imports nothing.

function visible(el: HTMLElement): boolean {
  if (el.closest('[hidden], [inert]')) return false;
  return !(el as HTMLButtonElement).disabled;
}

/** The front-most layer: the last open `[data-layer]` element in document order. */
export function frontLayer(root: ParentNode): HTMLElement | null {
  const layers = [...root.querySelectorAll<HTMLElement>('[data-layer]')].filter(
    (el) => !el.closest('[hidden]'),
  );
  return layers.at(-1) ?? null;
}

function inLayer(layer: HTMLElement, selector: string): HTMLElement[] {
  return [...layer.querySelectorAll<HTMLElement>(selector)].filter(
    (el) => visible(el) && el.closest('[data-layer]') === layer,
  );
}

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'range', 'file'].includes(target.type);
  return target.isContentEditable;
}

/** Handles one key press; returns true when it did something. Exported for tests. */
export function handleKey(root: ParentNode, event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  const layer = frontLayer(root);
  if (!layer) return false;
  const target = event.target as HTMLElement | null;
  const inText = typing(target);
  const click = (el: HTMLElement | undefined) => {
    if (!el) return false;
    event.preventDefault();
    el.click();
    return true;
  };

  if (event.key === 'Escape') return click(inLayer(layer, '[data-back]').at(-1));

  if (event.key === 'Enter') {
    // A focused control does its own thing; a text field submits the screen's default.
    if (
      !inText &&
      target instanceof HTMLElement &&
      target.matches('button, a, summary, select, input')
    )
      return false;
    return click(inLayer(layer, '[data-default]')[0]);
  }

  if (inText) return false;

  if (/^[1-9]$/.test(event.key)) {
    const choice = inLayer(layer, '[data-choice]')[Number(event.key) - 1];
    // A pick by digit moves the keyboard on: Enter then confirms the screen's default, not the
    // control that happened to have focus before.
    if (choice && document.activeElement instanceof HTMLElement) document.activeElement.blur();
    return click(choice);
  }

  if (/^[a-z]$/i.test(event.key)) {
    const key = event.key.toLowerCase();
    return click(inLayer(layer, `[data-shortcut="${key}"]`)[0]);
  }
  return false;
}

/** Installs the handler on a document; returns its undo. */
export function installKeyboard(doc: Document, root: ParentNode): () => void {
  const listener = (event: KeyboardEvent) => void handleKey(root, event);
  doc.addEventListener('keydown', listener);
  return () => doc.removeEventListener('keydown', listener);
}
