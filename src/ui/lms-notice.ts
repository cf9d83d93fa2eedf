// What the player is told about the learning platform (LMS), in the SCORM packages only: that it
// stopped keeping the game, that the game outgrew what it keeps, or that a new game after the
// reported one is not sent to it. One notice at a time, in the player's language (it follows a
// switch), over every screen until closed; it never takes the keyboard from the game. Its words are
// their own dictionary part, loaded with this module, so the hosted game's first load does not
// carry them. Imports the DOM helpers, the translator and the store's types.

import type { GameController } from '../store/app-store';
import type { Entry } from './lang/dictionary';
import { lms as english } from './lang/en/lms';
import { lms as polish } from './lang/pl/lms';
import { lms as ukrainian } from './lang/uk/lms';
import { createTranslator } from './i18n';
import { button, h } from './dom';
import './styles/lms-notice.css';

/**
 * Why the LMS no longer keeps the game: it refuses or is gone, the save is too long, or the LMS
 * session ended with the result of an earlier game.
 */
export type LmsNotice =
  | { readonly reason: 'lost' }
  | { readonly reason: 'ended' }
  | { readonly reason: 'too-large'; readonly limit: number };

type LmsKey = keyof typeof english;
const WORDS: Readonly<Record<string, Readonly<Record<LmsKey, Entry>>>> = {
  en: english,
  pl: polish,
  uk: ukrainian,
};

/** A text of the LMS's part in `lang` (English for a language without one). */
export function lmsText(lang: string, key: LmsKey, count = 0): string {
  const t = createTranslator(lang);
  const words: Readonly<Record<LmsKey, Entry>> = WORDS[t.lang] ?? english;
  const entry = words[key];
  const template =
    typeof entry === 'string'
      ? entry
      : (entry[new Intl.PluralRules(t.lang in WORDS ? t.lang : 'en').select(count)] ?? entry.other);
  return template.replace('{count}', t.num(count));
}

/** The notice's words in `lang`. */
export function lmsNoticeText(lang: string, notice: LmsNotice): string {
  if (notice.reason === 'too-large') return lmsText(lang, 'lms.too-large', notice.limit);
  return lmsText(lang, notice.reason === 'lost' ? 'lms.lost' : 'lms.ended');
}

/**
 * Shows `notice` over the game (replacing one already shown) until the player closes it.
 * Returns its undo.
 */
export function showLmsNotice(
  doc: Document,
  game: Pick<GameController, 'store'>,
  notice: LmsNotice,
): () => void {
  doc.querySelector('.lms-notice')?.remove();
  let lang = '';
  const text = h('p', { class: 'lms-notice-text' });
  const title = h('h2', { class: 'lms-notice-title', id: 'lms-notice-title' });
  const close = button('', () => undo(), { key: 'lms-notice-close', sound: 'none' });
  const box = h(
    'section',
    {
      class: 'notice notice-bad lms-notice',
      role: 'alert',
      attrs: { 'aria-labelledby': 'lms-notice-title' },
    },
    title,
    text,
    h('div', { class: 'row' }, close),
  );
  const draw = () => {
    const now = game.store.getState().settings.language;
    if (now === lang) return;
    lang = now;
    box.lang = lang;
    title.textContent = lmsText(lang, 'lms.title');
    text.textContent = lmsNoticeText(lang, notice);
    close.querySelector('.btn-label')!.textContent = lmsText(lang, 'lms.close');
  };
  draw();
  const unsubscribe = game.store.subscribe(draw);
  const stage = doc.getElementById('ui');
  if (stage) stage.after(box);
  else doc.body.append(box);
  function undo(): void {
    unsubscribe();
    box.remove();
  }
  return undo;
}
