// Tests the one-file package's page folding (src/cli/single-file.ts): scripts and stylesheets go
// inline, text that would end their element early is escaped to mean the same, and a page that
// would still fetch a file of the build is refused. Imports only the module under test.

import { describe, expect, it } from 'vitest';
import { inlinePage, scriptText, styleText } from '../../src/cli/single-file';

const PAGE = `<!doctype html>
<html><head>
<script type="module" crossorigin src="./assets/index-abc.js"></script>
<link rel="stylesheet" crossorigin href="./assets/index-def.css">
</head><body><script>boot()</script></body></html>`;

describe('the one-file page', () => {
  it('puts the script and the stylesheet inline, the other markup untouched', () => {
    const files = new Map([
      ['assets/index-abc.js', 'start("$&", "$1")'],
      ['assets/index-def.css', 'body{color:red}'],
    ]);
    const page = inlinePage(PAGE, files);
    expect(page).toContain('<script type="module">start("$&", "$1")</script>');
    expect(page).toContain('<style>body{color:red}</style>');
    expect(page).toContain('<script>boot()</script>');
    expect(page).not.toContain('assets/');
  });

  it('escapes what would close or re-open a script, so it still means the same', () => {
    const code = 'const a = "</script>", b = `<!--<script>`, c = /<!--|<script|<\\/SCRIPT>/i;';
    const escaped = scriptText(code);
    expect(escaped).not.toMatch(/<\/script|<!--|<script/i);
    // The same values when run: each `<` became the escape `\x3C` inside strings, templates and regular expressions.
    const run = (text: string) =>
      new Function(
        `${text.replace('const ', 'var ')}; return [a, b, ...['<!--', '<Script', '</script>', '<b>'].map((x) => c.test(x))];`,
      )() as unknown[];
    expect(run(escaped)).toEqual(run(code));
    expect(styleText('a::after{content:"</style>"}')).not.toContain('</style');
  });

  it('refuses a page that would still fetch a file, or files it does not name', () => {
    const js = new Map([['assets/index-abc.js', '']]);
    expect(() => inlinePage(PAGE, js)).toThrow('index-def.css');
    const extra = new Map([
      ['assets/index-abc.js', ''],
      ['assets/index-def.css', ''],
      ['assets/other.js', ''],
    ]);
    expect(() => inlinePage(PAGE, extra)).toThrow('does not name assets/other.js');
    const icon = PAGE.replace('</head>', '<link rel="icon" href="./assets/icon.png"></head>');
    const both = new Map([
      ['assets/index-abc.js', ''],
      ['assets/index-def.css', ''],
    ]);
    expect(() => inlinePage(icon, both)).toThrow('still names a file');
  });
});
