// A decision in the words the timeline uses, shared by the timeline and by the lessons and prompts
// that a decision showed. Imports the engine's types and the names module.

import type { Action, Scenario } from '../../../engine';
import type { ScreenContext } from '../../context';
import { eventTitle, initiativeName, leaderName, segmentName } from '../../names';

/** "Launched {initiative}", "Asked {leader} to back {initiative} (…)", and so on. */
export function describeAction(ctx: ScreenContext, scenario: Scenario, action: Action): string {
  const { t } = ctx;
  switch (action.type) {
    case 'launch':
      return t.t(`timeline.launch.${action.scale}`, {
        initiative: initiativeName(ctx, scenario, action.initiative),
      });
    case 'scale':
      return t.t('timeline.scale', {
        initiative: initiativeName(ctx, scenario, action.initiative),
      });
    case 'stop':
      return t.t('timeline.stop', { initiative: initiativeName(ctx, scenario, action.initiative) });
    case 'negotiate':
      return t.t('timeline.negotiate', {
        leader: leaderName(ctx, scenario, action.silo),
        initiative: initiativeName(ctx, scenario, action.initiative),
        approach: t.text(scenario.approaches[action.approach].name),
      });
    case 'answerEvent': {
      const event = scenario.events.find((e) => e.id === action.event);
      const option = event?.options.find((o) => o.id === action.option);
      return t.t('timeline.answer', {
        event: eventTitle(ctx, scenario, action.event),
        option: option ? t.text(option.label) : action.option,
      });
    }
    case 'listen':
      return t.t('timeline.listen', { segment: segmentName(ctx, scenario, action.segment) });
    case 'reportToCeo':
      return t.t('timeline.report');
    case 'endQuarter':
      return t.t('timeline.end');
  }
}
