// Settings: language, text size, reduced motion, sound, music and volume; remembered between
// visits. Imports the DOM helpers and the store's settings.

import { TEXT_SIZES } from '../../store/settings';
import type { ScreenView } from '../context';
import { h } from '../dom';
import { page } from './page';
import { LANGUAGES } from '../i18n';
import { chooseLanguage } from '../choose-language';

export const settingsScreen: ScreenView = {
  deps: (s) => [s.settings],
  render(ctx) {
    const { t, game, state } = ctx;
    const { settings } = state;
    const check = (
      key: string,
      label: string,
      checked: boolean,
      onChange: (on: boolean) => void,
      note?: string,
    ) =>
      h(
        'label',
        { class: 'check' },
        h('input', {
          type: 'checkbox',
          key,
          attrs: { checked },
          on: { change: (e) => onChange((e.target as HTMLInputElement).checked) },
        }),
        h('span', { text: label }),
        note ? h('span', { class: 'radio-note', text: note }) : null,
      );
    return page(
      ctx,
      {
        name: 'settings-screen',
        narrow: true,
        title: t.t('settings.title'),
        back: () => game.back(),
      },
      h(
        'form',
        { class: 'settings-form', on: { submit: (e) => e.preventDefault() } },
        h('label', { class: 'field', attrs: { for: 'language' } }, t.t('settings.language')),
        h(
          'select',
          {
            id: 'language',
            key: 'language',
            on: {
              change: (e) => chooseLanguage(game, (e.target as HTMLSelectElement).value),
            },
          },
          ...Object.entries(LANGUAGES).map(([code, lang]) =>
            h('option', {
              attrs: { value: code, selected: code === settings.language },
              text: lang.name,
            }),
          ),
        ),
        h(
          'fieldset',
          { class: 'radio-group' },
          h('legend', { text: t.t('settings.text-size') }),
          ...TEXT_SIZES.map((size) =>
            h(
              'label',
              { class: 'radio' },
              h('input', {
                type: 'radio',
                key: `size-${size}`,
                attrs: { name: 'text-size', value: size, checked: settings.textSize === size },
                on: { change: () => game.updateSettings({ textSize: size }) },
              }),
              h('span', {
                class: `radio-label size-sample size-${size}`,
                text: t.t(`settings.size.${size}`),
              }),
            ),
          ),
        ),
        check(
          'motion',
          t.t('settings.reduced-motion'),
          settings.reducedMotion,
          (on) => game.updateSettings({ reducedMotion: on }),
          t.t('settings.reduced-motion.note'),
        ),
        check('sound', t.t('settings.sound'), settings.sound, (on) =>
          game.updateSettings({ sound: on }),
        ),
        check(
          'music',
          t.t('settings.music'),
          settings.music,
          (on) => game.updateSettings({ music: on }),
          t.t('settings.music.note'),
        ),
        h(
          'label',
          { class: 'field', attrs: { for: 'volume' } },
          t.t('settings.volume', { value: Math.round(settings.volume * 100) }),
        ),
        h('input', {
          id: 'volume',
          type: 'range',
          key: 'volume',
          attrs: {
            min: 0,
            max: 100,
            step: 5,
            value: Math.round(settings.volume * 100),
            disabled: !settings.sound,
          },
          on: {
            change: (e) => {
              game.updateSettings({ volume: Number((e.target as HTMLInputElement).value) / 100 });
              ctx.sound.play('click');
            },
          },
        }),
        state.savingOn
          ? null
          : h('p', { class: 'notice notice-warn', text: t.t('settings.not-remembered') }),
      ),
    );
  },
};
