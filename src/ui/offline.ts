// The hosted game offline and installable, in the page: registers the service worker the build
// wrote beside index.html (dist/sw.js, src/service-worker/service-worker.ts) where browsers run
// one - over https, or http on this computer - and says when a new version is waiting. It never
// reloads the page: the new version starts the next time the game is opened. The composition root
// (main.ts) calls it only in the hosted build, never in development, the tests or the one-file
// package. Imports nothing; the browser is passed in.

/** Vite's mode for the one-file package (src/cli/package.ts): no service worker, no manifest. */
export const PACKAGE_MODE = 'package';
/** Vite's mode for the SCORM packages: no service worker, no manifest either. */
export const SCORM_MODE = 'scorm';
/** The service worker's file and the web app manifest's, beside index.html in the build. */
export const SERVICE_WORKER_FILE = 'sw.js';
export const MANIFEST_FILE = 'manifest.webmanifest';

/** What of the browser the registration reads (the window's, or a test's fake). */
export interface OfflineEdges {
  readonly location: { readonly protocol: string; readonly hostname: string };
  /** False on plain http from another computer (a room address): no service worker there. */
  readonly isSecureContext: boolean;
  /** Absent where the browser has no service workers (or forbids them here). */
  readonly serviceWorker?: ServiceWorkerContainer;
}

/** Loopback names: http on them counts as secure, as browsers treat it. */
const THIS_COMPUTER = /^(localhost|.+\.localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/**
 * Whether a service worker may run here: https, or http on this computer; never from a file
 * (the one-file package) or on plain http from a room address, where the game runs online only.
 */
export function canWorkOffline(edges: OfflineEdges): boolean {
  const { protocol, hostname } = edges.location;
  const secure =
    protocol === 'https:' || (protocol === 'http:' && THIS_COMPUTER.test(hostname.toLowerCase()));
  return secure && edges.isSecureContext && edges.serviceWorker !== undefined;
}

/**
 * Registers the service worker (relative to the page, so its scope is the game's folder) and
 * calls `onUpdate` once when a newer version has installed and waits for the next start. A
 * failure is only a warning: the game plays on, online. Resolves when registration is done.
 */
export async function registerOffline(edges: OfflineEdges, onUpdate: () => void): Promise<void> {
  if (!canWorkOffline(edges)) return;
  const container = edges.serviceWorker!;
  let announced = false;
  const announce = () => {
    // Only with a version already running: the first install is not an update.
    if (announced || !container.controller) return;
    announced = true;
    onUpdate();
  };
  const follow = (worker: ServiceWorker | null) => {
    if (!worker) return;
    if (worker.state === 'installed') announce();
    else worker.addEventListener('statechange', () => worker.state === 'installed' && announce());
  };
  try {
    const registration = await container.register(SERVICE_WORKER_FILE);
    follow(registration.waiting);
    follow(registration.installing);
    registration.addEventListener('updatefound', () => follow(registration.installing));
  } catch (error) {
    console.warn('The game could not be made ready to play offline; it plays online.', error);
  }
}
