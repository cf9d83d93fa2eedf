// Names the panels show for things the state refers to by id: scenarios, silos, initiatives,
// segments, events, and a saved game in one line. Falls back to the id rather than failing.
// Imports engine and store types only.

import type { Scenario } from '../engine';
import type { SavedGameSummary } from '../store/app-store';
import type { ScreenContext } from './context';

/** A moment as the player's language writes it (date and time), or '' for a bad value. */
export function whenText(ctx: ScreenContext, iso: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return '';
  return new Intl.DateTimeFormat(ctx.t.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(
    when,
  );
}

export function scenarioName(ctx: ScreenContext, id: string): string {
  const entry = ctx.state.builtIns?.find((e) => e.id === id);
  if (entry?.ok) return ctx.t.text(entry.scenario.company.name);
  if (ctx.state.session?.scenario.id === id)
    return ctx.t.text(ctx.state.session.scenario.company.name);
  return id;
}

/** A saved game in one line: team · company · how far it is · when it was saved. */
export function savedGameMeta(ctx: ScreenContext, saved: SavedGameSummary): string {
  const { t } = ctx;
  return [
    saved.team || t.t('title.no-team'),
    scenarioName(ctx, saved.scenario),
    saved.quarter === 0
      ? t.t('title.not-started')
      : t.t('title.after-turns', { count: saved.quarter }),
    whenText(ctx, saved.savedAt),
  ]
    .filter(Boolean)
    .join(' · ');
}

export function siloName(ctx: ScreenContext, scenario: Scenario, id: string): string {
  const silo = scenario.silos.find((s) => s.id === id);
  return silo ? ctx.t.text(silo.name) : id;
}

export function leaderName(ctx: ScreenContext, scenario: Scenario, id: string): string {
  const silo = scenario.silos.find((s) => s.id === id);
  return silo ? ctx.t.text(silo.leader.name) : id;
}

export function initiativeName(ctx: ScreenContext, scenario: Scenario, id: string): string {
  const def = scenario.initiatives.find((i) => i.id === id);
  return def ? ctx.t.text(def.name) : id;
}

export function segmentName(ctx: ScreenContext, scenario: Scenario, id: string): string {
  const segment = scenario.segments.find((s) => s.id === id);
  return segment ? ctx.t.text(segment.name) : id;
}

export function eventTitle(ctx: ScreenContext, scenario: Scenario, id: string): string {
  const event = scenario.events.find((e) => e.id === id);
  return event ? ctx.t.text(event.title) : id;
}

/** "Year 2, Q3" for quarter 7. */
export function quarterLabel(ctx: ScreenContext, quarter: number): string {
  return ctx.t.t('time.year-quarter', {
    year: Math.ceil(quarter / 4),
    quarter: ((quarter - 1) % 4) + 1,
  });
}
