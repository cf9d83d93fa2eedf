// @vitest-environment jsdom
// The two standards' sessions against scorm-again, a real LMS-side implementation of SCORM 1.2
// and 2004 that checks every element and value the way an LMS does: what the game writes is
// accepted and lands on the right elements, the times are in each standard's format, and an LMS
// that refuses or throws is a plain "false", never an exception.

import { describe, expect, it } from 'vitest';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { scorm12Time, scorm2004Time } from '../../src/lms/connection';
import { recorded } from './recorded';
import { scorm12Connection, SCORM12_SUSPEND_LIMIT } from '../../src/lms/scorm12';
import {
  localizedString,
  RESULT_INTERACTION,
  scorm2004Connection,
  SCORM2004_SUSPEND_LIMIT,
} from '../../src/lms/scorm2004';

const QUIET = { logLevel: 5 } as const;

/** A clock that the test moves. */
function clock(start = Date.parse('2026-11-29T10:00:00Z')) {
  let at = start;
  return { now: () => at, pass: (seconds: number) => void (at += seconds * 1000) };
}

const RESULT = { score: 613, passed: true, team: 'Owls', resultCode: 'PC1-ABCDEF-GHJKMNP' };

describe('time in the standards’ formats', () => {
  it('writes SCORM 1.2 CMITimespan and SCORM 2004 ISO 8601 durations', () => {
    expect(scorm12Time(0)).toBe('00:00:00.00');
    expect(scorm12Time(3723.456)).toBe('01:02:03.46');
    expect(scorm12Time(100 * 3600)).toBe('100:00:00.00');
    expect(scorm2004Time(0)).toBe('PT0H0M0S');
    expect(scorm2004Time(3723.456)).toBe('PT1H2M3.46S');
  });
});

describe('SCORM 1.2', () => {
  it('begins, keeps the save, reports a percentage score and ends suspended or done', () => {
    const api = new Scorm12API(QUIET);
    api.cmi.core.suspend_data = 'PCS1|kept';
    api.cmi.student_data.mastery_score = '60';
    const time = clock();
    const lms = scorm12Connection(api, time.now);
    expect(lms.suspendLimit).toBe(SCORM12_SUSPEND_LIMIT);
    expect(lms.start()).toEqual({ suspendData: 'PCS1|kept', passingScaled: 0.6 });
    expect(api.cmi.core.lesson_status).toBe('incomplete');
    expect(lms.saveSuspend('PCS1|new')).toBe(true);
    expect(api.cmi.core.suspend_data).toBe('PCS1|new');
    time.pass(754.5);
    expect(lms.reportResult(RESULT)).toBe(true);
    expect(api.cmi.core.score.raw).toBe('61.3');
    expect(api.cmi.core.score.min).toBe('0');
    expect(api.cmi.core.score.max).toBe('100');
    expect(api.cmi.core.lesson_status).toBe('passed');
    expect(recorded(api, 'core.session_time')).toMatch(/^00:12:34\.50?$/);
    expect(api.cmi.comments).toBe('Owls\nPC1-ABCDEF-GHJKMNP');
    expect(lms.finish(true)).toBe(true);
    expect(recorded(api, 'core.exit')).toBe('');
    expect(api.isTerminated()).toBe(true);
  });

  it('says failed below the pass mark, and leaves an unfinished game to resume', () => {
    const api = new Scorm12API(QUIET);
    const lms = scorm12Connection(api, clock().now);
    expect(lms.start()).toEqual({ suspendData: '', passingScaled: null });
    expect(lms.reportResult({ ...RESULT, score: 0, passed: false, team: '' })).toBe(true);
    expect(api.cmi.core.lesson_status).toBe('failed');
    expect(api.cmi.core.score.raw).toBe('0');
    expect(api.cmi.comments).toBe('PC1-ABCDEF-GHJKMNP');
    expect(lms.finish(false)).toBe(true);
    expect(recorded(api, 'core.exit')).toBe('suspend');
  });
});

describe('SCORM 2004', () => {
  it('begins, keeps the save, reports score, completion and success, team and code', () => {
    const api = new Scorm2004API(QUIET);
    api.loadFromFlattenedJSON({
      'cmi.suspend_data': 'PCS1|kept',
      'cmi.scaled_passing_score': '0.6',
    });
    const time = clock();
    const lms = scorm2004Connection(api, time.now);
    expect(lms.suspendLimit).toBe(SCORM2004_SUSPEND_LIMIT);
    expect(lms.start()).toEqual({ suspendData: 'PCS1|kept', passingScaled: 0.6 });
    expect(api.cmi.completion_status).toBe('incomplete');
    expect(lms.saveSuspend('PCS1|new')).toBe(true);
    expect(api.cmi.suspend_data).toBe('PCS1|new');
    time.pass(3723.45);
    expect(lms.reportResult(RESULT)).toBe(true);
    expect(api.GetValue('cmi.score.raw')).toBe('613');
    expect(api.GetValue('cmi.score.min')).toBe('0');
    expect(api.GetValue('cmi.score.max')).toBe('1000');
    expect(api.GetValue('cmi.score.scaled')).toBe('0.613');
    expect(api.GetValue('cmi.completion_status')).toBe('completed');
    expect(api.GetValue('cmi.success_status')).toBe('passed');
    expect(recorded(api, 'session_time')).toBe('PT1H2M3.45S');
    expect(api.GetValue('cmi.comments_from_learner.0.comment')).toBe('Owls');
    expect(api.GetValue('cmi.interactions._count')).toBe('1');
    expect(api.GetValue('cmi.interactions.0.id')).toBe(RESULT_INTERACTION);
    expect(api.GetValue('cmi.interactions.0.type')).toBe('long-fill-in');
    expect(api.GetValue('cmi.interactions.0.learner_response')).toBe(RESULT.resultCode);
    // The same result again (a finished game resumed) adds no second comment or interaction.
    expect(lms.reportResult(RESULT)).toBe(true);
    expect(api.GetValue('cmi.interactions._count')).toBe('1');
    expect(api.GetValue('cmi.comments_from_learner._count')).toBe('1');
    expect(lms.finish(true)).toBe(true);
    expect(recorded(api, 'exit')).toBe('normal');
    expect(api.isTerminated()).toBe(true);
  });

  it('keeps a team name that begins with a brace as it is', () => {
    expect(localizedString('{Owls}')).toBe(' {Owls}');
    const api = new Scorm2004API(QUIET);
    const lms = scorm2004Connection(api, clock().now);
    lms.start();
    expect(lms.reportResult({ ...RESULT, team: '{Owls}' })).toBe(true);
    expect(api.GetValue('cmi.comments_from_learner.0.comment')).toBe(' {Owls}');
    expect(lms.finish(false)).toBe(true);
    expect(recorded(api, 'exit')).toBe('suspend');
  });
});

describe('an LMS that refuses or is gone', () => {
  it('is "false" from every call, never an exception', () => {
    const refusing = new Scorm2004API(QUIET);
    const lms = scorm2004Connection(refusing, clock().now);
    expect(lms.start()).not.toBeNull();
    refusing.SetValue = () => 'false';
    expect(lms.saveSuspend('PCS1|x')).toBe(false);
    expect(lms.reportResult(RESULT)).toBe(false);

    const gone = new Scorm12API(QUIET);
    const other = scorm12Connection(gone, clock().now);
    expect(other.start()).not.toBeNull();
    const boom = () => {
      throw new Error('the LMS window has gone');
    };
    gone.LMSSetValue = boom;
    gone.LMSCommit = boom;
    gone.LMSFinish = boom;
    expect(other.saveSuspend('PCS1|x')).toBe(false);
    expect(other.reportResult(RESULT)).toBe(false);
    expect(other.finish(false)).toBe(false);
  });

  it('that will not begin gives no session', () => {
    const api = new Scorm12API(QUIET);
    api.LMSInitialize = () => 'false';
    expect(scorm12Connection(api, clock().now).start()).toBeNull();
  });
});
