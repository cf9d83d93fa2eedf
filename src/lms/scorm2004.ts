// The game's session with a SCORM 2004 (4th edition) LMS (`window.API_1484_11`): the score as
// raw 0..1000 and scaled 0..1, completion and success apart, the team as the learner's comment
// and the result code as an interaction's learner response (a long-fill-in holds 4,000
// characters). Imports the connection's helpers.

import type { LmsConnection, LmsResult, LmsStart } from './connection';
import { all, attempt, read, scorm2004Time, since } from './connection';
import type { Scorm2004Api } from './scorm-api';

/** cmi.suspend_data is a characterstring of 64,000 characters in SCORM 2004 4th edition. */
export const SCORM2004_SUSPEND_LIMIT = 64_000;

/** The interaction that carries the result code. */
export const RESULT_INTERACTION = 'power-core-result-code';

/**
 * A localized_string_type value: a text that begins with "{" would be read as a language
 * delimiter (and LMSs refuse one they cannot read), so it is written after a space.
 */
export function localizedString(text: string): string {
  return text.startsWith('{') ? ` ${text}` : text;
}

/** A SCORM 2004 time (second,10,0): UTC, with hundredths. */
function timestamp(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 22)}Z`;
}

export function scorm2004Connection(api: Scorm2004Api, now: () => number): LmsConnection {
  let startedAt = now();
  const get = (element: string) => read(() => api.GetValue(element));
  const set = (element: string, value: string) => () => api.SetValue(element, value);
  const commit = () => api.Commit('');
  const sessionTime = () => set('cmi.session_time', scorm2004Time(since(startedAt, now)));
  const count = (collection: string) => {
    const n = Number.parseInt(get(`${collection}._count`), 10);
    return Number.isInteger(n) && n >= 0 ? n : 0;
  };

  /** The team as the learner's comment, unless the last comment already says it. */
  function comment(team: string): (() => unknown)[] {
    if (!team) return [];
    const n = count('cmi.comments_from_learner');
    const text = localizedString(team);
    if (n > 0 && get(`cmi.comments_from_learner.${n - 1}.comment`) === text) return [];
    return [
      set(`cmi.comments_from_learner.${n}.comment`, text),
      set(`cmi.comments_from_learner.${n}.timestamp`, timestamp(now())),
    ];
  }

  /** The result code as an interaction, unless one already holds this code. */
  function interaction(code: string): (() => unknown)[] {
    const n = count('cmi.interactions');
    for (let i = 0; i < n; i++) {
      if (
        get(`cmi.interactions.${i}.id`) === RESULT_INTERACTION &&
        get(`cmi.interactions.${i}.learner_response`) === code
      )
        return [];
    }
    const at = `cmi.interactions.${n}`;
    return [
      set(`${at}.id`, RESULT_INTERACTION),
      set(`${at}.type`, 'long-fill-in'),
      set(`${at}.description`, 'Power Core result code'),
      set(`${at}.timestamp`, timestamp(now())),
      set(`${at}.learner_response`, code),
      set(`${at}.result`, 'neutral'),
    ];
  }

  return {
    standard: 'scorm2004',
    suspendLimit: SCORM2004_SUSPEND_LIMIT,
    start(): LmsStart | null {
      if (!attempt(() => api.Initialize(''))) return null;
      startedAt = now();
      const completion = get('cmi.completion_status');
      if (completion === '' || completion === 'unknown' || completion === 'not attempted')
        attempt(set('cmi.completion_status', 'incomplete'));
      attempt(set('cmi.exit', 'suspend'));
      attempt(commit);
      const passing = Number.parseFloat(get('cmi.scaled_passing_score'));
      return {
        suspendData: get('cmi.suspend_data'),
        passingScaled: Number.isFinite(passing) && passing >= -1 && passing <= 1 ? passing : null,
      };
    },
    saveSuspend(data) {
      return all([set('cmi.suspend_data', data), commit]);
    },
    reportResult(result: LmsResult) {
      const score = Math.round(result.score);
      return all([
        set('cmi.score.min', '0'),
        set('cmi.score.max', '1000'),
        set('cmi.score.raw', String(score)),
        set('cmi.score.scaled', String(score / 1000)),
        set('cmi.completion_status', 'completed'),
        set('cmi.success_status', result.passed ? 'passed' : 'failed'),
        sessionTime(),
        ...comment(result.team),
        ...interaction(result.resultCode),
        commit,
      ]);
    },
    finish(done) {
      const saved = all([sessionTime(), set('cmi.exit', done ? 'normal' : 'suspend'), commit]);
      return attempt(() => api.Terminate('')) && saved;
    },
  };
}
