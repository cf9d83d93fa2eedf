// Every user-visible string goes through the dictionary: each key the code uses exists in English,
// each key the engine emits (lesson notes, CEO reasons, titles, refusals) too, and plural forms
// and scenario texts per language are picked right.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/ui/i18n';
import { en } from '../../src/ui/lang/en';
import { REFUSALS, LESSONS, SCORE_PARTS } from '../../src/engine';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the English dictionary', () => {
  it('has every literal key the panels use', () => {
    const missing: string[] = [];
    for (const file of files('src/ui')) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\bt\.t\(\s*'([a-z0-9.-]+)'/gi)) {
        if (!(match[1]! in en)) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has every key the engine emits', () => {
    const keys = new Set<string>();
    for (const file of files('src/engine')) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/'((?:lesson|ceo|note|title)\.[a-zA-Z0-9.-]+)'/g))
        keys.add(match[1]!);
    }
    for (const reason of REFUSALS) keys.add(`refusal.${reason}`);
    for (const lesson of LESSONS)
      keys.add(`lesson.${lesson}.title`).add(`lesson.${lesson}.summary`);
    for (const part of SCORE_PARTS) keys.add(`score.${part}`).add(`score.${part}.note`);
    expect(keys.size).toBeGreaterThan(60);
    expect([...keys].filter((k) => !(k in en))).toEqual([]);
  });

  it('picks plural forms and fills parameters', () => {
    const t = createTranslator('en');
    expect(t.t('common.customers', { count: 1 })).toBe('1 customer');
    expect(t.t('common.customers', { count: 2410 })).toBe('2,410 customers');
    expect(t.signed(-3)).toBe('−3');
    expect(t.money(1250, '€')).toBe('€1.3M');
    expect(t.money(450, '€')).toBe('€450k');
    expect(t.signedPercent(-0.0512, 1)).toBe('−5.1%');
    expect(t.signedPercent(0.032, 1)).toBe('+3.2%');
  });

  it('picks a scenario text in the player\u2019s language, falling back to English', () => {
    const t = createTranslator('en');
    expect(t.text({ pl: 'Sprzedaż', en: 'Sales' })).toBe('Sales');
    expect(t.text({ uk: 'Продажі' })).toBe('Продажі');
    expect(t.text('Plain')).toBe('Plain');
    expect(createTranslator('xx').lang).toBe('en');
  });
});
