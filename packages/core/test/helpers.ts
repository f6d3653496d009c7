import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const fixturePath = (...parts: string[]) => join(repoRoot, 'fixtures', ...parts);
export const readFixture = (...parts: string[]) => readFileSync(fixturePath(...parts), 'utf8');
export const listFixtures = (...parts: string[]) => readdirSync(fixturePath(...parts));
export const readSchema = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'schemas', name), 'utf8')) as object;
