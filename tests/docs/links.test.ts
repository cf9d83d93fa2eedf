// The guides a facilitator reads (the README, the authoring guide in three languages, docs/) link
// only to files that exist and to headings that exist, so no link in any language leads nowhere;
// the picture key of the portraits is among them.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const GUIDES = [
  'README.md',
  'scenarios/README.md',
  'scenarios/README.pl.md',
  'scenarios/README.uk.md',
  'docs/architecture.md',
  'docs/glossary.md',
];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function linksOf(text: string): string[] {
  const withoutCode = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...withoutCode.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}

describe('links in the guides', () => {
  it.each(GUIDES)('%s links only to files and headings that exist', (guide) => {
    const text = readFileSync(guide, 'utf8');
    const anchors = new Set(
      [...text.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
        anchorOf(m[1]!),
      ),
    );
    const broken: string[] = [];
    for (const link of linksOf(text)) {
      if (/^[a-z]+:/.test(link)) continue;
      const [path, anchor] = link.split('#') as [string, string | undefined];
      if (path && !existsSync(join(dirname(guide), decodeURI(path)))) broken.push(link);
      else if (!path && anchor !== undefined && !anchors.has(decodeURI(anchor))) broken.push(link);
    }
    expect(broken).toEqual([]);
  });

  it('the authoring guide shows the portrait key in every language', () => {
    for (const guide of GUIDES.filter((g) => g.startsWith('scenarios/')))
      expect(linksOf(readFileSync(guide, 'utf8'))).toContain('../docs/portrait-key.png');
  });
});
