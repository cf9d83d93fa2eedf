// The three choices that set a game's difficulty - seat time, whom the CCO reports to, and the
// situation - with their words, for the scenario screen and the workshop code maker alike.
// Imports engine types and the translator.

import type { Difficulty } from '../engine';
import type { Translator } from './i18n';
import { keyFrom } from './i18n';

export interface DifficultyChoice {
  readonly field: keyof Difficulty;
  /** The form control's name. */
  readonly name: string;
  readonly legend: string;
  readonly options: readonly { value: string; label: string; note: string }[];
}

export function difficultyChoices(t: Translator): DifficultyChoice[] {
  const option = (prefix: string, value: string) => ({
    value,
    label: t.t(keyFrom(`${prefix}.${value}`)),
    note: t.t(keyFrom(`${prefix}.${value}.note`)),
  });
  return [
    {
      field: 'seatTime',
      name: 'seat-time',
      legend: t.t('scenario.seat-time'),
      options: [option('seat', 'quarters'), option('seat', 'half-years')],
    },
    {
      field: 'authority',
      name: 'authority',
      legend: t.t('scenario.authority'),
      options: [option('authority', 'ceo'), option('authority', 'vp')],
    },
    {
      field: 'urgency',
      name: 'urgency',
      legend: t.t('scenario.urgency'),
      options: [option('urgency', 'steady'), option('urgency', 'crisis')],
    },
  ];
}
