// A leader's line after a negotiation: the leader's own line, else the scenario's, else the
// default; `{kpi}` reads as a name inside a sentence (first letter in lower case unless it is an
// abbreviation such as EBITDA: then as written) and `{initiative}` is the initiative's name.
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/cli/scenario-files';
import type { NegotiationResult, Scenario } from '../../src/engine';
import { createTranslator, loadLanguage } from '../../src/ui/i18n';
import type { ScreenContext } from '../../src/ui/context';
import { leaderLine, midSentence } from '../../src/ui/screens/negotiation';

const loaded = loadScenarioFile('vectra-office-systems');
if (!loaded.ok) throw new Error('Vectra did not load');
const base = loaded.scenario;

function withKpi(name: Scenario['silos'][number]['kpi']['name'], voice: Record<string, string>) {
  const silo = { ...base.silos[0]!, kpi: { ...base.silos[0]!.kpi, name } };
  silo.leader = { ...silo.leader, voice };
  return { scenario: { ...base, silos: [silo, ...base.silos.slice(1)] }, silo };
}

const result = (line: string): NegotiationResult => ({
  quarter: 1,
  silo: base.silos[0]!.id,
  initiative: base.initiatives[0]!.id,
  approach: 'kpi',
  outcome: 'refused',
  score: 0,
  factors: [],
  line,
  trustChange: 0,
});

const context = (lang: string) => ({ t: createTranslator(lang) }) as unknown as ScreenContext;

describe("a leader's line", () => {
  it('keeps an abbreviation as written and starts other KPI names in lower case', () => {
    const own = { 'refused.kpi': 'My {kpi} says no. And {kpi} again, about {initiative}.' };
    const ebitda = withKpi('EBITDA margin', own);
    const name = createTranslator('en').text(base.initiatives[0]!.name);
    expect(leaderLine(context('en'), ebitda.scenario, ebitda.silo, result('refused.kpi'))).toBe(
      `My EBITDA margin says no. And EBITDA margin again, about ${name}.`,
    );
    const plain = withKpi('Net Promoter Score', own);
    expect(leaderLine(context('en'), plain.scenario, plain.silo, result('refused.kpi'))).toContain(
      'My net Promoter Score says no.',
    );
  });

  it('without a line of its own, a leader says the default, in the game’s language', async () => {
    await loadLanguage('pl');
    const { scenario, silo } = withKpi({ en: 'Operating margin', pl: 'Marża operacyjna' }, {});
    const line = leaderLine(context('pl'), scenario, silo, result('full.kpi'));
    expect(line).toContain('marża operacyjna');
    expect(line).not.toContain('{');
  });

  it('reads names in every script', () => {
    expect(midSentence('Операційна маржа', 'uk')).toBe('операційна маржа');
    expect(midSentence('NPS', 'en')).toBe('NPS');
    expect(midSentence('IT uptime', 'en')).toBe('IT uptime');
    expect(midSentence('Wizyty techników na dzień', 'pl')).toBe('wizyty techników na dzień');
  });
});
