// What a lesson record or a discussion prompt says, in names the player knows: its parameters
// with ids turned into names, and what showed it. Shared by the lessons and discussion tabs.
// Imports the engine's types and the names module.

import type { GameState, LessonRecord, Scenario } from '../../../engine';
import type { ScreenContext } from '../../context';
import { eventTitle, initiativeName, quarterLabel, segmentName, siloName } from '../../names';
import { describeAction } from './decisions';
import { keyFrom } from '../../i18n';

/** A lesson note's or prompt's parameters with ids turned into the names the player knows. */
export function lessonParams(
  ctx: ScreenContext,
  scenario: Scenario,
  p: Readonly<Record<string, string | number>>,
): Record<string, string | number> {
  const out: Record<string, string | number> = { ...p };
  if (typeof p.initiative === 'string')
    out.initiative = initiativeName(ctx, scenario, p.initiative);
  if (typeof p.silo === 'string') out.silo = siloName(ctx, scenario, p.silo);
  if (typeof p.event === 'string') out.event = eventTitle(ctx, scenario, p.event);
  if (typeof p.segment === 'string') out.segment = segmentName(ctx, scenario, p.segment);
  if (typeof p.stage === 'string') out.stage = ctx.t.t(keyFrom(`stage.${p.stage}`)).toLowerCase();
  if (typeof p.leaving === 'string')
    out.leaving = ctx.t.t(keyFrom(`stage.${p.leaving}`)).toLowerCase();
  if (typeof p.gauge === 'string') out.gauge = ctx.t.t(keyFrom(`gauge.${p.gauge}`)).toLowerCase();
  // An approach keeps its own spelling ("Frame it in their KPI"), quoted in the sentence.
  if (typeof p.approach === 'string' && p.approach in scenario.approaches)
    out.approach = ctx.t.text(scenario.approaches[p.approach as keyof Scenario['approaches']].name);
  return out;
}

/** What showed a lesson: the decision (as the log writes it), the event, or a quarter's results. */
export function triggerText(
  ctx: ScreenContext,
  game: GameState,
  scenario: Scenario,
  record: Pick<LessonRecord, 'trigger' | 'quarter'>,
): string {
  const { t } = ctx;
  const when = quarterLabel(ctx, record.quarter);
  if (record.trigger.type === 'decision') {
    const action = game.decisions[record.trigger.index];
    return action
      ? t.t('lesson.by-decision', { what: describeAction(ctx, scenario, action), when })
      : when;
  }
  if (record.trigger.type === 'event')
    return t.t('lesson.by-event', { event: eventTitle(ctx, scenario, record.trigger.event), when });
  return t.t('lesson.by-results', { when });
}
