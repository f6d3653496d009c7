/**
 * What must hold for any outline and lint result, whatever the input: every
 * range slices the source to the text it reports, positions agree with the
 * line index, and the outline validates against its published schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ReportOutline } from '../../packages/core/src/index.js';
import { repoRoot } from './arbitraries.js';

const validateOutline = new Ajv2020({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(join(repoRoot, 'schemas/outline.schema.json'), 'utf8')) as object,
);

/** Throws with the schema errors when the outline does not validate. */
export function assertOutlineValid(outline: ReportOutline): void {
  if (!validateOutline(outline)) throw new Error(`outline does not match schemas/outline.schema.json: ${JSON.stringify(validateOutline.errors?.slice(0, 3))}`);
}

/** The source text of the outline: decoded, without BOM (what its offsets count). */
export function decodedSource(input: string): string {
  return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
}

export { rangeFailures } from '../../packages/core/test/outline-ranges.js';
