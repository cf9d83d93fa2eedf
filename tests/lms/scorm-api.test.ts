// Finding the LMS's API the standards' way: the page itself, its parent frames up to the limit,
// then the window that opened it and that one's parents and opener; another origin's window
// (reading it throws) ends a chain; an object without the calls is not an API.

import { describe, expect, it } from 'vitest';
import { findScormApi, MAX_PARENTS } from '../../src/lms/scorm-api';
import type { SearchedWindow } from '../../src/lms/scorm-api';

type FakeWindow = { parent: FakeWindow | null; top: FakeWindow | null; opener: FakeWindow | null };

const api12 = () => ({
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: () => '',
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
  LMSGetLastError: () => '0',
});
const api2004 = () => ({
  Initialize: () => 'true',
  Terminate: () => 'true',
  GetValue: () => '',
  SetValue: () => 'true',
  Commit: () => 'true',
  GetLastError: () => '0',
});

/** A top window with `depth` frames nested in it; returns the innermost and the top. */
function frames(depth: number, opener: FakeWindow | null = null) {
  const top: FakeWindow = { parent: null, top: null, opener };
  top.parent = top;
  top.top = top;
  let inner = top;
  for (let i = 0; i < depth; i++) inner = { parent: inner, top, opener: null };
  return { inner, top };
}

const find = (win: FakeWindow, standard: 'scorm12' | 'scorm2004') =>
  findScormApi(win as SearchedWindow, standard);

describe('finding the LMS API', () => {
  it('finds SCORM 1.2 `API` in the page itself or a parent frame', () => {
    const { inner, top } = frames(3);
    expect(find(inner, 'scorm12')).toBeNull();
    const api = api12();
    Object.assign(top, { API: api });
    expect(find(inner, 'scorm12')).toBe(api);
    Object.assign(inner, { API: api12() });
    expect(find(inner, 'scorm12')).not.toBe(api); // the nearest wins
  });

  it('finds SCORM 2004 `API_1484_11`, and not the other standard’s', () => {
    const { inner, top } = frames(2);
    Object.assign(top, { API: api12() });
    expect(find(inner, 'scorm2004')).toBeNull();
    const api = api2004();
    Object.assign(top.parent!, { API_1484_11: api });
    expect(find(inner, 'scorm2004')).toBe(api);
  });

  it('then looks in the window that opened the page, its parents, and its opener', () => {
    const lms = frames(1);
    const api = api2004();
    Object.assign(lms.top, { API_1484_11: api });
    const between = frames(0, lms.inner); // a pop-up opened from the LMS's frame
    const course = frames(2, between.top); // the course, in frames of a pop-up from the pop-up
    expect(find(course.inner, 'scorm2004')).toBe(api);
  });

  it('climbs at most its limit of parents', () => {
    const deep = frames(MAX_PARENTS + 1);
    Object.assign(deep.top, { API: api12() });
    expect(find(deep.inner, 'scorm12')).toBeNull();
    const reachable = frames(MAX_PARENTS);
    Object.assign(reachable.top, { API: api12() });
    expect(find(reachable.inner, 'scorm12')).not.toBeNull();
  });

  it('stops at a window it may not read, and ignores an object without the calls', () => {
    const { inner, top } = frames(2);
    Object.assign(top, { API: api12() });
    Object.defineProperty(inner.parent!, 'API', {
      get() {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    Object.defineProperty(inner.parent!, 'parent', {
      get() {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    expect(find(inner, 'scorm12')).toBeNull();
    const other = frames(1);
    Object.assign(other.top, { API: { LMSInitialize: () => 'true' } });
    expect(find(other.inner, 'scorm12')).toBeNull();
  });
});
