// The SCORM packages of `npm run package`: the game built in its "scorm" mode (the hosted game
// plus the LMS code, src/lms), its launch page naming the standard and the pass mark, and for
// each standard an imsmanifest.xml (one organization, one item, one SCO launching index.html,
// every file of the build listed) with the standard's schemas beside it, zipped. An LMS imports
// each zip as one course. Node only; imports the launch page's meta tag (src/lms/build.ts) and
// fflate.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';
import type { LmsBuild } from '../lms/build';
import { LMS_META, lmsMetaContent } from '../lms/build';
import type { ScormStandard } from '../lms/scorm-api';

/** The page the SCO launches, at the package's root. */
export const LAUNCH_PAGE = 'index.html';

/** Each standard's package, relative to the project, and its schemas' folder. */
export const SCORM_PACKAGES: Readonly<
  Record<ScormStandard, { readonly file: string; readonly schemas: string }>
> = {
  scorm12: { file: 'power-core-scorm12.zip', schemas: 'assets/scorm-schemas/1.2' },
  scorm2004: { file: 'power-core-scorm2004.zip', schemas: 'assets/scorm-schemas/2004-4th' },
};

const TITLE = 'Power Core';
const ORGANIZATION = 'power-core-organization';
const ITEM = 'power-core-item';
const RESOURCE = 'power-core-sco';

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A file's place in the package as a manifest writes it: a relative URL, its parts escaped. */
function href(path: string): string {
  return xml(path.split('/').map(encodeURIComponent).join('/'));
}

function fileList(files: readonly string[], indent: string): string {
  return files.map((file) => `${indent}<file href="${href(file)}"/>`).join('\n');
}

/**
 * SCORM 1.2's manifest. The mastery score is in percent (1.2 LMSs compare it with
 * cmi.core.score.raw, which the game sends in percent too): the pass mark divided by ten.
 */
export function scorm12Manifest(files: readonly string[], mastery: number): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="power-core-scorm12" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${ORGANIZATION}">
    <organization identifier="${ORGANIZATION}">
      <title>${TITLE}</title>
      <item identifier="${ITEM}" identifierref="${RESOURCE}" isvisible="true">
        <title>${TITLE}</title>
        <adlcp:masteryscore>${mastery / 10}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${RESOURCE}" type="webcontent" adlcp:scormtype="sco" href="${LAUNCH_PAGE}">
${fileList(files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * SCORM 2004 4th edition's manifest. The pass mark is the primary objective's minimum normalized
 * measure, satisfied by measure: the LMS gives it to the game as cmi.scaled_passing_score and
 * judges success from cmi.score.scaled (the score / 1000).
 */
export function scorm2004Manifest(files: readonly string[], mastery: number): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="power-core-scorm2004" version="1.0"
    xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
    xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
    xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
    xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${ORGANIZATION}">
    <organization identifier="${ORGANIZATION}">
      <title>${TITLE}</title>
      <item identifier="${ITEM}" identifierref="${RESOURCE}">
        <title>${TITLE}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="power-core-pass-mark" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${(mastery / 1000).toFixed(4)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${RESOURCE}" type="webcontent" adlcp:scormType="sco" href="${LAUNCH_PAGE}">
${fileList(files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/** The built launch page with the meta tag that tells the game its standard and pass mark. */
export function launchPage(html: string, build: LmsBuild): string {
  if (!html.includes('</head>')) throw new Error(`${LAUNCH_PAGE} has no </head>`);
  const meta = `<meta name="${LMS_META}" content="${xml(lmsMetaContent(build))}" />`;
  return html.replace('</head>', `    ${meta}\n  </head>`);
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function filesUnder(dir: string): string[] {
  const walk = (at: string): string[] =>
    readdirSync(at, { withFileTypes: true }).flatMap((entry) => {
      const path = join(at, entry.name);
      return entry.isDirectory() ? walk(path) : [relative(dir, path).split('\\').join('/')];
    });
  return walk(dir).sort();
}

/**
 * One standard's package as zip bytes: the game built in `buildDir` (its launch page marked with
 * the standard and the pass mark), the manifest and the schemas from `root`.
 */
export function scormZip(
  root: string,
  buildDir: string,
  standard: ScormStandard,
  mastery: number,
): Uint8Array {
  const game = filesUnder(buildDir);
  if (!game.includes(LAUNCH_PAGE)) throw new Error(`the build made no ${LAUNCH_PAGE}`);
  const entries: Record<string, Uint8Array> = {};
  const text = (value: string) => new TextEncoder().encode(value);
  for (const file of game) {
    const bytes = readFileSync(resolve(buildDir, file));
    entries[file] =
      file === LAUNCH_PAGE
        ? text(launchPage(bytes.toString('utf8'), { standard, mastery }))
        : new Uint8Array(bytes);
  }
  const schemas = resolve(root, SCORM_PACKAGES[standard].schemas);
  for (const file of filesUnder(schemas))
    if (!file.endsWith('.md')) entries[file] = new Uint8Array(readFileSync(resolve(schemas, file)));
  const manifest = standard === 'scorm12' ? scorm12Manifest : scorm2004Manifest;
  entries['imsmanifest.xml'] = text(manifest(game, mastery));
  return zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
}
