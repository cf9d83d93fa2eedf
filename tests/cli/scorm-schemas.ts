// Validating a SCORM manifest against its standard's XML Schemas (assets/scorm-schemas) with
// libxml2's xmllint compiled to WebAssembly: one schema that imports every namespace a manifest
// uses, so each of its elements is checked by its own schema. Shared by the manifest test and
// the browser test of the built packages. Node only.

import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { SCORM_PACKAGES } from '../../src/cli/scorm-package';
import type { ScormStandard } from '../../src/lms/scorm-api';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every namespace a manifest uses, imported by one schema that validates the whole document. */
const NAMESPACES: Readonly<Record<ScormStandard, Readonly<Record<string, string>>>> = {
  scorm12: {
    'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
    'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
  },
  scorm2004: {
    'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
    'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
    'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
  },
};

/** Whether `manifest` is valid for `standard`, and xmllint's messages when it is not. */
export async function validateManifest(standard: ScormStandard, manifest: string) {
  const folder = resolve(ROOT, SCORM_PACKAGES[standard].schemas);
  const preload = readdirSync(folder)
    .filter((name) => !name.endsWith('.md'))
    .map((fileName) => ({ fileName, contents: readFileSync(resolve(folder, fileName), 'utf8') }));
  const imports = Object.entries(NAMESPACES[standard])
    .map(([ns, file]) => `<xs:import namespace="${ns}" schemaLocation="${file}"/>`)
    .join('\n');
  const all = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:power-core:all">
${imports}
</xs:schema>`;
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: manifest }],
    schema: [{ fileName: 'all.xsd', contents: all }],
    preload,
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.message) };
}
