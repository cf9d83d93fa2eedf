// The frame of the full-page screens (scenario choice, briefing, debrief, facilitator pages,
// settings, how to play): a panel with a heading, an optional lead line, a back button (Esc),
// and the screen's content. Imports the DOM helpers.

import type { ScreenContext } from '../context';
import { button, h } from '../dom';

type Child = HTMLElement | null;

export interface PageOptions {
  /** The screen's class, e.g. `scenario-screen`. */
  readonly name: string;
  readonly narrow?: boolean;
  readonly title: string;
  readonly lead?: string;
  readonly eyebrow?: string;
  /** Where Back goes; Esc presses it. */
  readonly back: () => void;
  readonly backLabel?: string;
  /** Esc does not show on the button while it does something else (e.g. cancels a run). */
  readonly backHint?: string | null;
  /** More content in the header, after the title (tabs). */
  readonly head?: readonly Child[];
  /** Extra classes for the header (e.g. `no-print`). */
  readonly headClass?: string;
  /** A dialog open over the page (it takes the keyboard). */
  readonly dialog?: Child;
}

export function page(ctx: ScreenContext, options: PageOptions, ...body: Child[]): HTMLElement {
  const classes = [options.name, 'page'];
  if (options.narrow) classes.push('narrow');
  return h(
    'div',
    { class: classes.join(' '), data: { layer: '' } },
    h(
      'header',
      { class: options.headClass ? `page-head ${options.headClass}` : 'page-head' },
      button(options.backLabel ?? ctx.t.t('common.back'), options.back, {
        back: true,
        hint: options.backHint === null ? undefined : (options.backHint ?? 'Esc'),
        key: 'back',
      }),
      options.eyebrow ? h('p', { class: 'eyebrow', text: options.eyebrow }) : null,
      h('h1', { text: options.title }),
      options.lead ? h('p', { class: 'lead', text: options.lead }) : null,
      ...(options.head ?? []),
    ),
    ...body,
    options.dialog ?? null,
  );
}
