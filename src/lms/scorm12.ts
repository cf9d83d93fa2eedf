// The game's session with a SCORM 1.2 LMS (`window.API`). SCORM 1.2 LMSs read cmi.core.score.raw
// as a percentage and compare it with the manifest's mastery score in percent, so the game's
// 0..1000 score is sent divided by ten (613 → 61.3, min 0, max 100). The team and the result
// code go to cmi.comments (an interaction's student_response holds only 255 characters, less than
// a whole game's code). Imports the connection's helpers.

import type { LmsConnection, LmsResult, LmsStart } from './connection';
import { all, attempt, read, scorm12Time, since } from './connection';
import type { Scorm12Api } from './scorm-api';

/** cmi.suspend_data is a CMIString4096 in SCORM 1.2. */
export const SCORM12_SUSPEND_LIMIT = 4096;

/** The learner's comment: the team's name, then the result code on its own line. */
export function scorm12Comment(team: string, resultCode: string): string {
  return team ? `${team}\n${resultCode}` : resultCode;
}

export function scorm12Connection(api: Scorm12Api, now: () => number): LmsConnection {
  let startedAt = now();
  const set = (element: string, value: string) => () => api.LMSSetValue(element, value);
  const commit = () => api.LMSCommit('');
  const sessionTime = () => set('cmi.core.session_time', scorm12Time(since(startedAt, now)));
  return {
    standard: 'scorm12',
    suspendLimit: SCORM12_SUSPEND_LIMIT,
    start(): LmsStart | null {
      if (!attempt(() => api.LMSInitialize(''))) return null;
      startedAt = now();
      const status = read(() => api.LMSGetValue('cmi.core.lesson_status'));
      // A first visit is under way; a game left unfinished is resumed from the suspend data.
      if (status === '' || status === 'not attempted')
        attempt(set('cmi.core.lesson_status', 'incomplete'));
      attempt(set('cmi.core.exit', 'suspend'));
      attempt(commit);
      const mastery = Number.parseFloat(
        read(() => api.LMSGetValue('cmi.student_data.mastery_score')),
      );
      return {
        suspendData: read(() => api.LMSGetValue('cmi.suspend_data')),
        passingScaled:
          Number.isFinite(mastery) && mastery >= 0 && mastery <= 100 ? mastery / 100 : null,
      };
    },
    saveSuspend(data) {
      return all([set('cmi.suspend_data', data), commit]);
    },
    reportResult(result: LmsResult) {
      return all([
        set('cmi.core.score.min', '0'),
        set('cmi.core.score.max', '100'),
        set('cmi.core.score.raw', String(Math.round(result.score) / 10)),
        set('cmi.core.lesson_status', result.passed ? 'passed' : 'failed'),
        sessionTime(),
        set('cmi.comments', scorm12Comment(result.team, result.resultCode)),
        commit,
      ]);
    },
    finish(done) {
      const saved = all([sessionTime(), set('cmi.core.exit', done ? '' : 'suspend'), commit]);
      return attempt(() => api.LMSFinish('')) && saved;
    },
  };
}
