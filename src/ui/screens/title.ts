// The title screen: continue the saved game (Enter), start a new one, how to play, settings; and
// what to do with a save that cannot be restored. Imports the DOM helpers and store types.

import type { ScreenContext, ScreenView } from '../context';
import { button, h, twoStep } from '../dom';
import { savedGameMeta, scenarioName, whenText } from '../names';
import { LANGUAGES } from '../i18n';
import { chooseLanguage } from '../choose-language';

/** The languages on offer, each in its own name: a click switches at once, game and all. */
function languageSwitch(ctx: ScreenContext): HTMLElement {
  const { t, game } = ctx;
  const current = ctx.state.settings.language;
  return h(
    'div',
    { class: 'language-switch', role: 'group', attrs: { 'aria-label': t.t('settings.language') } },
    ...Object.entries(LANGUAGES).map(([code, language]) =>
      h('button', {
        class: `btn btn-quiet language${code === current ? ' active' : ''}`,
        type: 'button',
        key: `lang-${code}`,
        text: language.name,
        attrs: { lang: code, 'aria-pressed': code === current ? 'true' : 'false' },
        on: { click: () => chooseLanguage(game, code) },
      }),
    ),
  );
}

function troubleBox(ctx: ScreenContext): HTMLElement | null {
  const trouble = ctx.state.saveTrouble;
  if (!trouble) return null;
  const { t, game, edges } = ctx;
  return h(
    'section',
    { class: 'notice notice-bad', role: 'alert', attrs: { 'aria-labelledby': 'save-trouble' } },
    h('h2', { id: 'save-trouble', text: t.t('save.trouble.title') }),
    h('p', { text: t.t(`save.trouble.${trouble.reason}`) }),
    h('p', { text: t.t('save.trouble.keep') }),
    h(
      'div',
      { class: 'row' },
      button(
        t.t('save.trouble.download'),
        () => edges.download('power-core-damaged-save.json', trouble.raw, 'application/json'),
        { key: 'download-save' },
      ),
      button(t.t('save.trouble.forget'), () => game.discardSave(), { key: 'forget-save' }),
    ),
  );
}

/** Finished games kept on this computer: open the debrief, copy the code, or remove one. */
function resultsCard(ctx: ScreenContext): HTMLElement | null {
  const { t, game, edges, state } = ctx;
  const trouble = state.resultsTrouble;
  if (state.results.length === 0 && !trouble) return null;
  return h(
    'section',
    { class: 'results-card', attrs: { 'aria-labelledby': 'kept-title' } },
    h('h2', { id: 'kept-title', text: t.t('kept.title') }),
    h('p', { class: 'kept-lead', text: t.t('kept.lead') }),
    trouble
      ? h(
          'div',
          { class: 'notice notice-bad', role: 'alert' },
          h('p', { text: t.t(`kept.trouble.${trouble.reason}`) }),
          h(
            'div',
            { class: 'row' },
            button(
              t.t(trouble.reason === 'damaged' ? 'kept.download-damaged' : 'kept.copy-code'),
              () =>
                trouble.reason === 'damaged'
                  ? edges.download(
                      'power-core-results-damaged.json',
                      trouble.raw,
                      'application/json',
                    )
                  : void edges.copy(trouble.raw),
              { key: 'kept-trouble-action' },
            ),
            button(t.t('common.close'), () => game.clearResultsTrouble(), {
              key: 'kept-trouble-close',
            }),
          ),
        )
      : null,
    h(
      'ol',
      { class: 'kept-list' },
      ...state.results.map((r, i) =>
        h(
          'li',
          { class: 'kept-item' },
          h('p', { class: 'kept-team', text: r.team || t.t('title.no-team') }),
          h('p', {
            class: 'kept-meta',
            text: [scenarioName(ctx, r.scenario), whenText(ctx, r.finishedAt)]
              .filter(Boolean)
              .join(' · '),
          }),
          h('p', {
            class: `kept-score${r.fired ? ' fired' : ''}`,
            text: r.fired
              ? t.t('kept.fired', {
                  score: t.num(r.score),
                  year: Math.max(1, Math.ceil(r.quarter / 4)),
                })
              : t.t('kept.score', { score: t.num(r.score) }),
          }),
          h(
            'div',
            { class: 'row' },
            button(t.t('kept.open'), () => void game.openResult(r.code), {
              key: `kept-open-${i}`,
              disabled: state.busy,
            }),
            button(
              t.t('kept.copy-code'),
              async () => ctx.sound.play((await edges.copy(r.code)) ? 'confirm' : 'error'),
              { key: `kept-copy-${i}`, sound: 'none' },
            ),
            twoStep(
              t.t('kept.remove'),
              t.t('kept.remove-sure'),
              () => game.forgetResult(r.code),
              `kept-remove-${i}`,
            ),
          ),
        ),
      ),
    ),
  );
}

export const titleScreen: ScreenView = {
  deps: (s) => [
    s.savedGame,
    s.saveTrouble,
    s.savingOn,
    s.busy,
    s.builtIns,
    s.results,
    s.resultsTrouble,
    s.updateReady,
  ],
  render(ctx) {
    const { t, game, state } = ctx;
    // A finished game is opened from "Your results"; Continue is for a game in progress.
    const saved = state.savedGame?.finished ? null : state.savedGame;
    const items: HTMLElement[] = [];
    if (saved) {
      const meta = savedGameMeta(ctx, saved);
      const cont = button(t.t('title.continue'), () => void game.continueGame(), {
        key: 'continue',
        primary: true,
        choice: true,
        hint: '1',
        describedBy: 'continue-meta',
        disabled: state.busy,
      });
      items.push(cont, h('p', { class: 'menu-meta', id: 'continue-meta', text: meta }));
    }
    const offset = items.length > 0 ? 1 : 0;
    const entries: [string, () => void, string][] = [
      [t.t('title.new-game'), () => game.open('scenario'), 'new-game'],
      [t.t('title.join'), () => game.open('join'), 'join'],
      [t.t('title.how-to-play'), () => game.open('how-to-play'), 'how-to-play'],
      [t.t('title.settings'), () => game.open('settings'), 'settings'],
      [t.t('title.facilitator'), () => game.open('facilitator'), 'facilitator'],
    ];
    entries.forEach(([label, onClick, key], i) =>
      items.push(
        button(label, onClick, {
          key,
          primary: !saved && i === 0,
          choice: true,
          hint: String(i + 1 + offset),
        }),
      ),
    );
    const panel = h(
      'div',
      { class: 'title-screen' },
      h(
        'header',
        { class: 'title-head' },
        h('p', { class: 'eyebrow', text: t.t('title.eyebrow') }),
        h('h1', { class: 'game-title', text: t.t('game.name') }),
        h('p', { class: 'title-tagline', text: t.t('title.tagline') }),
      ),
      h('nav', { class: 'menu', attrs: { 'aria-label': t.t('title.menu') } }, ...items),
      state.savingOn ? null : h('p', { class: 'notice notice-warn', text: t.t('save.off') }),
      troubleBox(ctx),
      h('p', { class: 'keys-help', text: t.t('title.keys') }),
      languageSwitch(ctx),
    );
    // A new version waits for the next start (the game never reloads itself): one quiet line
    // under the panel, where it is seen without pushing the menu.
    const note = state.updateReady
      ? h('p', { class: 'update-note', role: 'status', text: t.t('title.update-ready') })
      : null;
    return h('div', { class: 'title-wrap', data: { layer: '' } }, panel, resultsCard(ctx), note);
  },
};
