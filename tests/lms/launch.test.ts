// @vitest-environment jsdom
// The SCORM packages' start: the launch page's meta tag names the standard and the pass mark; a
// page without it, or with no LMS around, is plain play; with an LMS on the window (as an LMS's
// frame holds it) the game joins it.

import { afterEach, describe, expect, it } from 'vitest';
import { Scorm12API } from 'scorm-again';
import { LMS_META, lmsMetaContent, readLmsBuild } from '../../src/lms/build';
import { joinLms } from '../../src/lms/launch';
import { mount } from '../ui/harness';

function launchPage(content: string | null): void {
  document.head.querySelector(`meta[name="${LMS_META}"]`)?.remove();
  if (content === null) return;
  const meta = document.createElement('meta');
  meta.name = LMS_META;
  meta.content = content;
  document.head.append(meta);
}

afterEach(() => {
  launchPage(null);
  delete (window as { API?: unknown }).API;
});

describe('the SCORM start', () => {
  it('reads the standard and the pass mark from the launch page', () => {
    expect(readLmsBuild(lmsMetaContent({ standard: 'scorm12', mastery: 600 }))).toEqual({
      standard: 'scorm12',
      mastery: 600,
    });
    expect(readLmsBuild('scorm2004')).toEqual({ standard: 'scorm2004', mastery: 500 });
    expect(readLmsBuild('scorm2004; mastery=5000')?.mastery).toBe(1000);
    expect(readLmsBuild('')).toBeNull();
    expect(readLmsBuild('aicc; mastery=500')).toBeNull();
  });

  it('is plain play without the tag or without an LMS', async () => {
    const h = mount();
    expect(await joinLms(window, h.game, h.storage)).toBeNull();
    launchPage('scorm12; mastery=500');
    expect(await joinLms(window, h.game, h.storage)).toBeNull();
  });

  it('joins the LMS found on the window, with the build’s pass mark', async () => {
    const h = mount();
    const api = new Scorm12API({ logLevel: 5 });
    (window as { API?: unknown }).API = api;
    launchPage('scorm12; mastery=650');
    const session = await joinLms(window, h.game, h.storage);
    expect(session?.passMark).toBe(650);
    expect(api.isInitialized()).toBe(true);
    session?.finish();
    expect(api.isTerminated()).toBe(true);
  });
});
