// @vitest-environment jsdom
// The page's side of the offline game (src/ui/offline.ts): where a service worker may run (https,
// or http on this computer; not a room address over http, not a file), that a first install is
// not announced and a waiting new version is, once; and the title screen's quiet line about it.
// The real browser is tests/browser/offline.test.ts.

import { describe, expect, it, vi } from 'vitest';
import { canWorkOffline, registerOffline } from '../../src/ui/offline';
import type { OfflineEdges } from '../../src/ui/offline';
import { mount } from './harness';

/** A service worker whose state the test moves on. */
class FakeWorker extends EventTarget {
  constructor(public state: ServiceWorkerState) {
    super();
  }
  become(state: ServiceWorkerState): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  found(worker: FakeWorker): void {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

function edges(
  where: string,
  options: { controller?: boolean; registration?: FakeRegistration; fails?: boolean } = {},
) {
  const url = new URL(where);
  const registered: string[] = [];
  const container = {
    controller: options.controller ? {} : null,
    register: async (file: string) => {
      registered.push(file);
      if (options.fails) throw new Error('refused');
      return options.registration ?? new FakeRegistration();
    },
  };
  const secure = url.protocol === 'https:' || ['localhost', '127.0.0.1'].includes(url.hostname);
  const value: OfflineEdges = {
    location: url,
    isSecureContext: secure,
    serviceWorker: container as unknown as ServiceWorkerContainer,
  };
  return { value, registered };
}

describe('where the game keeps itself offline', () => {
  it('over https anywhere and over http on this computer only', () => {
    const at = (url: string) => canWorkOffline(edges(url).value);
    expect(at('https://intranet.example.org/games/power-core/')).toBe(true);
    expect(at('http://localhost:4173/')).toBe(true);
    expect(at('http://127.0.0.1:4173/sub/')).toBe(true);
    expect(at('http://192.168.1.20:4173/')).toBe(false);
    expect(at('file:///home/facilitator/power-core.html')).toBe(false);
  });

  it('not where the browser has no service workers', () => {
    const { value } = edges('https://example.org/');
    expect(canWorkOffline({ ...value, serviceWorker: undefined })).toBe(false);
  });
});

describe('registering the service worker', () => {
  it('registers sw.js beside the page; the first install is not an update', async () => {
    const registration = new FakeRegistration();
    const { value, registered } = edges('https://example.org/play/', { registration });
    const onUpdate = vi.fn();
    await registerOffline(value, onUpdate);
    expect(registered).toEqual(['sw.js']);
    const first = new FakeWorker('installing');
    registration.found(first);
    first.become('installed');
    expect(onUpdate).not.toHaveBeenCalled();
  });

  it('announces a new version once, when it has installed beside the running one', async () => {
    const registration = new FakeRegistration();
    const { value } = edges('https://example.org/play/', { registration, controller: true });
    const onUpdate = vi.fn();
    await registerOffline(value, onUpdate);
    const next = new FakeWorker('installing');
    registration.found(next);
    expect(onUpdate).not.toHaveBeenCalled();
    next.become('installed');
    next.become('installed');
    expect(onUpdate).toHaveBeenCalledTimes(1);
  });

  it('announces a version already waiting when the page opens', async () => {
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker('installed');
    const { value } = edges('http://localhost:4173/', { registration, controller: true });
    const onUpdate = vi.fn();
    await registerOffline(value, onUpdate);
    expect(onUpdate).toHaveBeenCalledTimes(1);
  });

  it('does nothing on a room address over http, and only warns when registration fails', async () => {
    const room = edges('http://192.168.1.20:4173/');
    await registerOffline(room.value, () => undefined);
    expect(room.registered).toEqual([]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const refused = edges('https://example.org/', { fails: true });
    await expect(registerOffline(refused.value, () => undefined)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('the title screen', () => {
  it('says quietly that a new version starts next time', () => {
    const h = mount();
    h.game.open('title');
    expect(h.root.querySelector('.update-note')).toBeNull();
    h.game.announceUpdate();
    const note = h.root.querySelector('.update-note');
    expect(note?.textContent).toBe('A new version is ready: it starts next time.');
    expect(note?.getAttribute('role')).toBe('status');
    expect(h.screen()).toBe('title');
  });
});
