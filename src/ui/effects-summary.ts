// What an initiative moves and roughly how much, in words for the catalogue: "Service ▲▲",
// "Motivation ▲". The exact numbers stay hidden (DESIGN.md §7: show direction and size, keep
// the outcome uncertain). Imports engine types and the translator.

import type { Initiative } from '../engine';
import { CAPABILITIES, GAUGES, STAGES, effectRange } from '../engine';
import type { Translator } from './i18n';

export interface EffectChip {
  readonly label: string;
  /** 1..3 marks, negative for a fall. */
  readonly strength: number;
}

function strength(value: number, small: number, large: number): number {
  const abs = Math.abs(value);
  const size = abs >= large ? 3 : abs >= small ? 2 : 1;
  return value < 0 ? -size : size;
}

export function effectChips(t: Translator, def: Initiative): EffectChip[] {
  const e = def.effects;
  const chips: EffectChip[] = [];
  for (const stage of STAGES) {
    const v = e.experience?.[stage];
    if (v) chips.push({ label: t.t(`stage.${stage}`), strength: strength(v, 4, 7) });
  }
  if (e.engagement)
    chips.push({ label: t.t('gauge.engagement'), strength: strength(e.engagement, 4, 8) });
  for (const g of GAUGES) {
    const v = e.gauges?.[g];
    if (v) chips.push({ label: t.t(`gauge.${g}`), strength: strength(v, 6, 12) });
  }
  for (const c of CAPABILITIES) {
    const v = e.capabilities?.[c];
    if (v) chips.push({ label: t.t(`capability.${c}`), strength: strength(v, 30, 55) });
  }
  if (e.recovery)
    chips.push({ label: t.t('effect.recovery'), strength: strength(e.recovery, 0.1, 0.2) });
  if (e.acquisition)
    chips.push({ label: t.t('effect.acquisition'), strength: strength(e.acquisition, 0.1, 0.25) });
  return chips;
}

/** Special powers in words: what a listening programme reveals, closing the loop, money. */
export function effectNotes(t: Translator, def: Initiative): string[] {
  const notes: string[] = [];
  const listening = def.listening;
  if (listening) {
    notes.push(
      t.t('effect.reveals', {
        what: t.list(listening.reveals.map((r) => t.t(`reveal.${r}`))),
        precision: listening.precision,
        cadence: t.t(listening.cadence === 1 ? 'effect.every-quarter' : 'effect.every-n', {
          count: listening.cadence,
        }),
      }),
    );
  }
  if (def.effects.closesLoop) notes.push(t.t('effect.closes-loop'));
  if (def.effects.valueModel) notes.push(t.t('effect.value-model'));
  // How well it works here is uncertain (lesson L14), and improvements land where customers were
  // asked (lesson L8).
  const range = effectRange(def);
  if (range.max > range.min) {
    notes.push(
      t.t(range.min < 0 ? 'effect.uncertain-harm' : 'effect.uncertain', {
        low: t.percent(Math.max(0, range.min)),
        high: t.percent(range.max),
      }),
    );
  }
  if (def.effects.experience) notes.push(t.t('effect.lands-where-asked'));
  return notes;
}

export function marks(chip: EffectChip): string {
  return (chip.strength > 0 ? '▲' : '▼').repeat(Math.abs(chip.strength));
}
