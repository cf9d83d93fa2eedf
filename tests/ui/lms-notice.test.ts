// @vitest-environment jsdom
// What the player is told about the learning platform (SCORM packages only): in English, Polish
// and Ukrainian with the language's number and plural forms, following a language switch while
// shown, over the game without taking its keyboard, and gone when closed.

import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/ui/i18n';
import { lmsNoticeText, showLmsNotice } from '../../src/ui/lms-notice';
import { lms as english } from '../../src/ui/lang/en/lms';
import { lms as polish } from '../../src/ui/lang/pl/lms';
import { lms as ukrainian } from '../../src/ui/lang/uk/lms';
import { mount, until } from './harness';

await loadLanguage('pl');
await loadLanguage('uk');

describe('the LMS notice', () => {
  it('words both notices in each language, with its own numbers and plural forms', () => {
    const tooLarge = { reason: 'too-large', limit: 4096 } as const;
    expect(lmsNoticeText('en', tooLarge)).toContain('4,096 characters');
    expect(lmsNoticeText('pl', tooLarge)).toContain('4096 znaków');
    expect(lmsNoticeText('uk', tooLarge)).toMatch(/4\s096 символів/);
    expect(lmsNoticeText('pl', { reason: 'too-large', limit: 64_000 })).toMatch(/64\s000 znaków/);
    expect(lmsNoticeText('uk', { reason: 'too-large', limit: 2 })).toContain('2 символи');
    expect(lmsNoticeText('pl', { reason: 'lost' })).toContain('Kontynuuj');
    expect(lmsNoticeText('uk', { reason: 'lost' })).toContain('«Продовжити»');
    for (const words of [polish, ukrainian])
      for (const entry of Object.values(words))
        for (const text of typeof entry === 'string' ? [entry] : Object.values(entry))
          expect(text).not.toMatch(/\b(the|game|saved|browser|result)\b/i);
    expect(Object.keys(polish)).toEqual(Object.keys(english));
  });

  it('shows over the game, follows a language switch, and closes', async () => {
    const h = mount();
    const close = showLmsNotice(document, h.game, { reason: 'lost' });
    const notice = document.querySelector<HTMLElement>('.lms-notice')!;
    expect(notice.getAttribute('role')).toBe('alert');
    expect(h.root.contains(notice)).toBe(false); // the game's keys act on the game, not on it
    expect(notice.textContent).toContain('learning platform (LMS) is not answering');
    h.game.changeLanguage('uk');
    await until(() => notice.textContent!.includes('Навчальна платформа (LMS) не відповідає'));
    expect(notice.lang).toBe('uk');
    // Shown again, it replaces the one on screen.
    showLmsNotice(document, h.game, { reason: 'too-large', limit: 4096 });
    expect(document.querySelectorAll('.lms-notice')).toHaveLength(1);
    document.querySelector<HTMLButtonElement>('.lms-notice button')!.click();
    expect(document.querySelector('.lms-notice')).toBeNull();
    close();
  });
});
