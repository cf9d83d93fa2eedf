// What an LMS recorded, read from scorm-again's data model as the LMS stores it (its JSON,
// write-only elements such as session_time and exit included, after Terminate too). Shared by
// the LMS unit tests. Imports nothing of the game.

/** An API of scorm-again (SCORM 1.2 or 2004): its data model as JSON. */
export interface RecordingLms {
  renderCMIToJSONObject(): unknown;
}

/** The value at a dotted path under `cmi` ('core.score.raw', 'interactions.0.learner_response'). */
export function recorded(api: RecordingLms, path: string): unknown {
  let at: unknown = (api.renderCMIToJSONObject() as { cmi: unknown }).cmi;
  for (const part of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}
