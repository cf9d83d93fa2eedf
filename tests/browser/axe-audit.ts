// An accessibility audit of what is on a page with axe-core (WCAG 2.1 A and AA, and best
// practice), and a screenshot of it for review in test-results/screens/. Used by the walk over
// every screen (accessibility.test.ts) and by the live room's test, whose pages need a room.

import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../../src/cli/chromium';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const SHOTS = resolve(ROOT, 'test-results/screens');

export interface Finding {
  screen: string;
  id: string;
  impact: string;
  nodes: number;
  sample: string;
}

/** Audits the panels on `page` (the canvas is decorative) and adds what it finds. */
export async function audit(page: Page, label: string, findings: Finding[]): Promise<void> {
  await page.waitForTimeout(700);
  mkdirSync(SHOTS, { recursive: true });
  const { width, height } = page.viewportSize()!;
  await page.screenshot({
    path: resolve(SHOTS, `${width}x${height}-${label.replace(/\s+/g, '-')}.png`),
  });
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            o: unknown,
          ) => Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    // The Phaser canvas is decorative (aria-hidden); the panels are what people use.
    return axe.run(
      { include: [['#ui']] },
      {
        resultTypes: ['violations'],
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] },
      },
    );
  });
  for (const v of results.violations)
    findings.push({
      screen: label,
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      sample: v.nodes[0]?.target.join(' ') ?? '',
    });
}

/** The serious and critical findings, one line each; the minor ones are printed. */
export function seriousFindings(findings: readonly Finding[]): string[] {
  const serious = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
  const minor = findings.filter((f) => !serious.includes(f));
  if (minor.length > 0)
    console.log(
      `minor accessibility findings:\n${minor.map((f) => `  ${f.screen}: ${f.id} (${f.impact}, ${f.nodes}) ${f.sample}`).join('\n')}`,
    );
  return serious.map((f) => `${f.screen}: ${f.id} ×${f.nodes} ${f.sample}`);
}
