// The keyboard, the same on every screen: Enter confirms (the control marked `data-default`),
// Esc goes back or closes (`data-back`), digit N picks the option labelled N (`data-choice`) of
// the front-most layer, and letter shortcuts click the control marked `data-shortcut`. An option
// that is shown but disabled keeps its number: its digit does nothing and says why. Controls are
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

/**
 * The number an option is labelled with: its `data-choice` value, else its key hint, else its
 * place among the layer's options, disabled ones counted (they are shown with their numbers).
 */
function choiceNumber(el: HTMLElement, position: number): number {
  const own = Number(el.dataset.choice || el.querySelector('.key-hint')?.textContent || NaN);
  return Number.isInteger(own) && own > 0 ? own : position + 1;
}

/** The option labelled with a digit in a layer (enabled or not), if any. */
export function choiceFor(layer: HTMLElement, digit: number): HTMLElement | undefined {
  const shown = [...layer.querySelectorAll<HTMLElement>('[data-choice]')].filter(
    (el) => !el.closest('[hidden], [inert]') && el.closest('[data-layer]') === layer,
  );
  return shown.find((el, i) => choiceNumber(el, i) === digit);
}

/** Why a disabled option cannot be picked: its own note, its description or its title. */
export function unavailableReason(el: HTMLElement): string {
  if (el.dataset.unavailable) return el.dataset.unavailable;
  const doc = el.ownerDocument;
  const described = (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? doc.getElementById(id)?.textContent?.trim() : ''))
    .filter(Boolean)
    .join(' ');
  return described || el.title || '';
}

/** What the keyboard tells a player it could not do (a disabled option picked by its digit). */
export type KeyNotice = (option: HTMLElement, reason: string) => void;

/** The control Esc presses in the front layer (its last usable `data-back`), if any. */
export function backControl(root: ParentNode): HTMLElement | undefined {
  const layer = frontLayer(root);
  return layer ? inLayer(layer, '[data-back]').at(-1) : undefined;
}

/** Handles one key press; returns true when it did something. Exported for tests. */
export function handleKey(root: ParentNode, event: KeyboardEvent, notice?: KeyNotice): boolean {
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

  if (event.key === 'Escape') return click(backControl(root));

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
    const choice = choiceFor(layer, Number(event.key));
    if (choice && (choice as HTMLButtonElement).disabled) {
      event.preventDefault();
      notice?.(choice, unavailableReason(choice));
      return true;
    }
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
export function installKeyboard(doc: Document, root: ParentNode, notice?: KeyNotice): () => void {
  const listener = (event: KeyboardEvent) => void handleKey(root, event, notice);
  doc.addEventListener('keydown', listener);
  return () => doc.removeEventListener('keydown', listener);
}
