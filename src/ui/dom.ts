// Building DOM panels safely: elements are created with text content only (never HTML), so a
// scenario or file text like `<img onerror=…>` always shows literally. Also re-rendering that
// keeps the keyboard focus on the same control. Imports nothing.

type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  text?: string;
  id?: string;
  title?: string;
  type?: string;
  role?: string;
  disabled?: boolean;
  hidden?: boolean;
  /** A stable key: focus returns to the element with the same key after a re-render. */
  key?: string;
  attrs?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  data?: Readonly<Record<string, string | number | undefined>>;
  style?: Readonly<Record<string, string>>;
  on?: { [E in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[E]) => void };
}

/** Creates an element; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.id) el.id = props.id;
  if (props.title) el.title = props.title;
  if (props.role) el.setAttribute('role', props.role);
  if (props.type) el.setAttribute('type', props.type);
  if (props.disabled) el.setAttribute('disabled', '');
  if (props.hidden) el.hidden = true;
  if (props.key) el.dataset.key = props.key;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, value] of Object.entries(props.data ?? {}))
    if (value !== undefined) el.dataset[name] = String(value);
  for (const [name, value] of Object.entries(props.style ?? {})) el.style.setProperty(name, value);
  for (const [name, handler] of Object.entries(props.on ?? {}))
    el.addEventListener(name, handler as EventListener);
  if (props.text !== undefined) el.textContent = props.text;
  append(el, children);
  return el;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** A button; `choice` makes it reachable by digit keys, `primary` the Enter default. */
export function button(
  label: string,
  onClick: () => void,
  options: {
    class?: string;
    key?: string;
    hint?: string;
    disabled?: boolean;
    primary?: boolean;
    back?: boolean;
    choice?: boolean;
    /** A letter key that clicks this button (shown as its hint when no hint is given). */
    shortcut?: string;
    describedBy?: string;
    title?: string;
    /** The sound the click makes, or 'none'. */
    sound?: string;
  } = {},
): HTMLButtonElement {
  const classes = ['btn'];
  if (options.primary) classes.push('btn-primary');
  if (options.class) classes.push(options.class);
  const el = h(
    'button',
    {
      class: classes.join(' '),
      type: 'button',
      key: options.key,
      disabled: options.disabled,
      title: options.title,
      attrs: { 'aria-describedby': options.describedBy },
      data: {
        default: options.primary ? '' : undefined,
        back: options.back ? '' : undefined,
        choice: options.choice ? '' : undefined,
        shortcut: options.shortcut,
        sound: options.sound,
      },
      on: { click: () => onClick() },
    },
    h('span', { class: 'btn-label', text: label }),
  );
  const hint = options.hint ?? options.shortcut?.toUpperCase();
  if (hint)
    el.append(h('kbd', { class: 'key-hint', text: hint, attrs: { 'aria-hidden': 'true' } }));
  if (options.shortcut) el.setAttribute('aria-keyshortcuts', options.shortcut.toUpperCase());
  return el;
}

/** A button that asks again before it acts (the second click does it). */
export function twoStep(
  label: string,
  again: string,
  act: () => void,
  key: string,
): HTMLButtonElement {
  const el = button(
    label,
    () => {
      if (el.dataset.armed !== undefined) return act();
      el.dataset.armed = '';
      el.querySelector('.btn-label')!.textContent = again;
    },
    { key, class: 'btn-quiet' },
  );
  return el;
}

/**
 * A question that must be answered before going on (an alert dialog over the screen): a title, a
 * sentence, and its buttons. It is the front layer, so the keyboard goes to it.
 */
export function confirmDialog(
  panel: string,
  title: string,
  text: string,
  buttons: readonly HTMLElement[],
): HTMLElement {
  return h(
    'div',
    { class: 'modal-backdrop' },
    h(
      'section',
      {
        class: 'dialog confirm-dialog',
        role: 'alertdialog',
        data: { layer: '', panel },
        attrs: {
          'aria-modal': 'true',
          'aria-labelledby': `${panel}-title`,
          'aria-describedby': `${panel}-text`,
        },
      },
      h('h2', { id: `${panel}-title`, text: title }),
      h('p', { id: `${panel}-text`, text }),
      h('div', { class: 'row' }, ...buttons),
    ),
  );
}

// Where each kept scroll area was scrolled to, noted as it scrolls: reading `scrollTop` while
// the page is being drawn again would force the browser to lay out the old screen first, only
// to throw it away (a third of the end-turn key press on a slow laptop).
const scrolledTo = new WeakMap<Element, number>();
let watchingScroll = false;

function watchScroll(): void {
  if (watchingScroll) return;
  watchingScroll = true;
  // Scroll events do not bubble; a capturing listener on the document hears every area.
  document.addEventListener(
    'scroll',
    (event) => {
      const el = event.target;
      if (el instanceof HTMLElement && el.dataset.scrollKey !== undefined)
        scrolledTo.set(el, el.scrollTop);
    },
    { capture: true, passive: true },
  );
}

/** Replaces a container's content, keeping focus on the control with the same `data-key`. */
export function replaceContent(root: Element, ...children: Child[]): void {
  watchScroll();
  const active = document.activeElement as HTMLElement | null;
  const key = active && root.contains(active) ? active.dataset.key : undefined;
  // Typing in a field that is drawn again keeps its caret where it was.
  const caret =
    active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement
      ? { start: safeSelection(active, 'start'), end: safeSelection(active, 'end') }
      : null;
  const scrolls = new Map<string, number>();
  for (const el of root.querySelectorAll<HTMLElement>('[data-scroll-key]')) {
    const top = scrolledTo.get(el);
    if (top) scrolls.set(el.dataset.scrollKey!, top);
  }
  root.replaceChildren();
  append(root, children);
  if (scrolls.size > 0) {
    for (const el of root.querySelectorAll<HTMLElement>('[data-scroll-key]')) {
      const top = scrolls.get(el.dataset.scrollKey!);
      if (top === undefined) continue;
      el.scrollTop = top;
      scrolledTo.set(el, top);
    }
  }
  if (key) {
    const again = byKey(root, key);
    again?.focus({ preventScroll: true });
    if (
      caret &&
      caret.start !== null &&
      (again instanceof HTMLInputElement || again instanceof HTMLTextAreaElement)
    ) {
      try {
        again.setSelectionRange(caret.start, caret.end ?? caret.start);
      } catch {
        // Number and similar fields have no caret to set.
      }
    }
  }
}

function safeSelection(
  el: HTMLInputElement | HTMLTextAreaElement,
  which: 'start' | 'end',
): number | null {
  try {
    return which === 'start' ? el.selectionStart : el.selectionEnd;
  } catch {
    return null;
  }
}

/** The element with this `data-key` (compared as text, so any key is safe). */
export function byKey(root: ParentNode, key: string): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>('[data-key]'))
    if (el.dataset.key === key) return el;
  return null;
}

/** A meter with its value as text too, so meaning never rests on colour or length alone. */
export function meter(
  label: string,
  value: number,
  options: {
    max?: number;
    text?: string;
    tone?: 'good' | 'warn' | 'bad' | 'neutral';
    key?: string;
  } = {},
): HTMLElement {
  const max = options.max ?? 100;
  const share = Math.max(0, Math.min(1, value / max));
  return h(
    'div',
    {
      class: `meter tone-${options.tone ?? 'neutral'}`,
      role: 'meter',
      key: options.key,
      attrs: {
        'aria-label': label,
        'aria-valuemin': 0,
        'aria-valuemax': max,
        'aria-valuenow': Math.round(value),
        'aria-valuetext': options.text ?? String(Math.round(value)),
      },
    },
    h('span', { class: 'meter-label', text: label }),
    h(
      'span',
      { class: 'meter-track', attrs: { 'aria-hidden': 'true' } },
      h('span', { class: 'meter-fill', style: { width: `${Math.round(share * 100)}%` } }),
    ),
    h('span', { class: 'meter-value', text: options.text ?? String(Math.round(value)) }),
  );
}

/** Text only screen readers read (e.g. the table behind a chart). */
export function visuallyHidden(text: string): HTMLElement {
  return h('span', { class: 'visually-hidden', text });
}
