// An event mitigated by a shared initiative that the file itself excludes can never be defused:
// the loader says so, naming the initiative, as the authoring guide (section 3.10) promises. The
// file's own initiative of that id is offered, so it may be named.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, problemText } from '../../src/scenario/load';
import { sharedDefaults } from '../../src/cli/scenario-files';
import { createTranslator } from '../../src/ui/i18n';

const example = readFileSync('scenarios/example-custom.yaml', 'utf8');
const defaults = sharedDefaults();
// The example leaves out the shared initiative ceo-customer-days.
const EXCLUDE = '  exclude: [ceo-customer-days]\n';
const MITIGATED = '    mitigatedBy: [close-the-loop]\n';

function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the example no longer has ${from}`);
  return text.replace(from, to);
}

describe('mitigatedBy naming an excluded shared initiative', () => {
  it('is a problem that names the initiative and says it is excluded', () => {
    const text = edit(example, MITIGATED, '    mitigatedBy: [close-the-loop, ceo-customer-days]\n');
    const result = loadScenario(text, defaults);
    if (result.ok) throw new Error('an excluded initiative must not mitigate an event');
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem).toMatchObject({
      path: 'events[13].mitigatedBy[1]',
      key: 'scenario-problem.excluded-initiative',
      line:
        text.split('\n').findIndex((l) => l.includes('[close-the-loop, ceo-customer-days]')) + 1,
    });
    expect(problemText(problem!, createTranslator('en'))).toBe(
      'names the initiative "ceo-customer-days", but this file excludes it from the shared initiatives (defaultInitiatives.exclude), so it can never run',
    );
  });

  it('is no problem once the initiative is not excluded, or is the file’s own', () => {
    const named = edit(example, MITIGATED, '    mitigatedBy: [ceo-customer-days]\n');
    expect(loadScenario(edit(named, EXCLUDE, '  exclude: []\n'), defaults).ok).toBe(true);
    const result = loadScenario(example, defaults);
    if (!result.ok) throw new Error('the example must load');
    const own = structuredClone(result.file);
    own.initiatives.push({ ...own.initiatives[0]!, id: 'ceo-customer-days' });
    own.events[13]!.mitigatedBy = ['ceo-customer-days'];
    expect(loadScenario(JSON.stringify(own), defaults).ok).toBe(true);
  });

  it('is still "not in the catalogue" for an id that is nowhere', () => {
    const text = edit(example, MITIGATED, '    mitigatedBy: [no-such-initiative]\n');
    const result = loadScenario(text, defaults);
    expect(!result.ok && result.problems.map((p) => p.key)).toEqual([
      'scenario-problem.unknown-initiative',
    ]);
  });
});
