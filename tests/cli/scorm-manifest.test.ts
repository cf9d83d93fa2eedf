// The SCORM packages' manifests against the standards' own XML Schemas (assets/scorm-schemas,
// validated by libxml2's xmllint compiled to WebAssembly): SCORM 1.2 (IMS CP 1.1.2 with ADL's
// adlcp) and SCORM 2004 4th edition (IMS CP 1.1.4 with adlcp, adlseq, adlnav and IMS Simple
// Sequencing), for several pass marks and file names that need escaping; broken manifests are
// refused, so the validation is real. And a package zipped from a small build: the manifest at
// its root listing every file, the schemas beside it, the launch page marked with its standard;
// and `npm run package --mastery` taking only a score the game can have.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import {
  LAUNCH_PAGE,
  SCORM_PACKAGES,
  scorm12Manifest,
  scorm2004Manifest,
  scormZip,
} from '../../src/cli/scorm-package';
import { LMS_META, readLmsBuild } from '../../src/lms/build';
import { validateManifest as validate } from './scorm-schemas';

const ROOT = resolve(import.meta.dirname, '../..');

const FILES = ['index.html', 'assets/index-B-Gichge.js', 'assets/a file & “more”.mp3'];

describe('the SCORM 1.2 manifest', () => {
  it('is valid for any pass mark, and says it in percent', async () => {
    for (const mastery of [0, 500, 555, 1000]) {
      const manifest = scorm12Manifest(FILES, mastery);
      expect(await validate('scorm12', manifest)).toEqual({ valid: true, errors: [] });
      expect(manifest).toContain(`<adlcp:masteryscore>${mastery / 10}</adlcp:masteryscore>`);
    }
    const manifest = scorm12Manifest(FILES, 500);
    expect(manifest).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(manifest).toContain('<file href="assets/a%20file%20%26%20%E2%80%9Cmore%E2%80%9D.mp3"/>');
  });

  it('is refused when broken', async () => {
    const manifest = scorm12Manifest(FILES, 500);
    const broken = [
      manifest.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="game"'),
      manifest.replace(/<resources>[\s\S]*<\/resources>/, ''),
      manifest.replace('<title>Power Core</title>', '<name>Power Core</name>'),
      manifest.replace(
        '<adlcp:masteryscore>',
        '<adlcp:passmark>5</adlcp:passmark><adlcp:masteryscore>',
      ),
    ];
    for (const text of broken) expect((await validate('scorm12', text)).valid).toBe(false);
  });
});

describe('the SCORM 2004 4th edition manifest', () => {
  it('is valid for any pass mark, given as the primary objective’s measure', async () => {
    for (const mastery of [0, 500, 555, 1000]) {
      const manifest = scorm2004Manifest(FILES, mastery);
      expect(await validate('scorm2004', manifest)).toEqual({ valid: true, errors: [] });
      expect(manifest).toContain(
        `<imsss:minNormalizedMeasure>${(mastery / 1000).toFixed(4)}</imsss:minNormalizedMeasure>`,
      );
    }
    const manifest = scorm2004Manifest(FILES, 600);
    expect(manifest).toContain('satisfiedByMeasure="true"');
    expect(manifest).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(manifest).toContain('adlcp:scormType="sco" href="index.html"');
  });

  it('is refused when broken', async () => {
    const manifest = scorm2004Manifest(FILES, 500);
    const broken = [
      manifest.replace('0.5000</imsss:minNormalizedMeasure>', '1.5</imsss:minNormalizedMeasure>'),
      manifest.replace('adlcp:scormType="sco"', 'adlcp:scormType="game"'),
      manifest.replace('satisfiedByMeasure="true"', 'satisfiedByMeasure="yes"'),
      manifest.replace('<imsss:objectives>', '<imsss:passMark/><imsss:objectives>'),
      manifest
        .replace('<imsss:objectives>', '<imsss:objective>')
        .replace('</imsss:objectives>', '</imsss:objective>'),
    ];
    for (const text of broken) expect((await validate('scorm2004', text)).valid).toBe(false);
  });
});

describe('a SCORM package', () => {
  const build = mkdtempSync(join(tmpdir(), 'power-core-scorm-test-'));
  afterAll(() => rmSync(build, { recursive: true, force: true }));
  mkdirSync(join(build, 'assets'));
  writeFileSync(
    join(build, LAUNCH_PAGE),
    '<!doctype html>\n<html>\n  <head>\n    <title>Power Core</title>\n  </head>\n  <body></body>\n</html>\n',
  );
  writeFileSync(join(build, 'assets/index-abc.js'), 'console.log(1);');
  writeFileSync(join(build, 'assets/music-def.mp3'), new Uint8Array([1, 2, 3]));

  it.each(['scorm12', 'scorm2004'] as const)(
    'for %s has its manifest at the root, every file listed, and its schemas',
    async (standard) => {
      const zip = unzipSync(scormZip(ROOT, build, standard, 650));
      const names = Object.keys(zip).sort();
      const schemas = readdirSync(resolve(ROOT, SCORM_PACKAGES[standard].schemas)).filter(
        (name) => !name.endsWith('.md'),
      );
      expect(names).toEqual(
        [
          'assets/index-abc.js',
          'assets/music-def.mp3',
          'imsmanifest.xml',
          'index.html',
          ...schemas,
        ].sort(),
      );
      const manifest = new TextDecoder().decode(zip['imsmanifest.xml']);
      expect(await validate(standard, manifest)).toEqual({ valid: true, errors: [] });
      const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
      expect(listed).toEqual(['assets/index-abc.js', 'assets/music-def.mp3', 'index.html']);
      const page = new TextDecoder().decode(zip['index.html']);
      const content = new RegExp(`<meta name="${LMS_META}" content="([^"]+)"`).exec(page)?.[1];
      expect(readLmsBuild(content)).toEqual({ standard, mastery: 650 });
      expect([...zip['assets/music-def.mp3']!]).toEqual([1, 2, 3]);
    },
  );
});

describe('npm run package', () => {
  it('refuses a pass mark outside 0..1000 before building anything', () => {
    for (const mastery of ['1200', '-5', '55.5', 'half']) {
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'src/cli/package.ts', '--mastery', mastery],
        { cwd: ROOT, encoding: 'utf8' },
      );
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('--mastery must be a whole score from 0 to 1000');
    }
  });
});
