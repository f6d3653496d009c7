// Writes schemas/*.schema.json from the TypeBox models in src/model (the single
// source of truth), so the published schemas can never drift from the types.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '../dist/index.js';
import * as wordlists from '../dist/model/wordlists.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../../schemas');
mkdirSync(root, { recursive: true });
const BASE = 'https://huibao.dev/schemas/';

function document(name, title, top, definitions) {
  const { $id: _topId, ...body } = top;
  const defs = {};
  for (const schema of definitions) {
    if (schema === top) continue;
    defs[schema.$id] = schema;
  }
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: BASE + name, title, ...body, $defs: defs };
}

function write(name, schema) {
  // JSON.stringify drops TypeBox's symbol keys (its [Kind] markers).
  writeFileSync(join(root, name), JSON.stringify(schema, null, 2) + '\n');
}

write('outline.schema.json', document('outline.schema.json', 'Huibao report outline', core.ReportOutlineSchema, core.outlineDefinitions));
write(
  'lint-result.schema.json',
  document('lint-result.schema.json', 'Huibao lint run (CLI --format json)', core.LintRunSchema, [
    ...core.outlineDefinitions.filter((s) => ['Position', 'Range', 'Encoding'].includes(s.$id)),
    ...core.lintDefinitions,
  ]),
);
const ruleIds = core.ruleIds ?? [];
// Each rule's option schema (its meta.schema) goes into its `rules` entry, so editors check [severity, options] too.
write(
  'config.schema.json',
  document('config.schema.json', 'Huibao configuration (.huibaorc.json)', core.buildConfigSchema(ruleIds, core.ruleOptionSchemas()), core.configDefinitions),
);
write('confusables.schema.json', document('confusables.schema.json', 'Huibao confusables dictionary', core.ConfusablesFileSchema, [core.ConfusableEntrySchema]));
write('units.schema.json', document('units.schema.json', 'Huibao units and multipliers', wordlists.UnitsFileSchema, [...wordlists.wordlistDefinitions, core.UnitEntrySchema, core.ApproxSchema]));
write('figure-words.schema.json', document('figure-words.schema.json', 'Huibao words around figures', wordlists.FigureWordsFileSchema, [...wordlists.wordlistDefinitions, core.ApproxSchema]));
console.log(`write-schemas: 6 schemas in ${root} (${ruleIds.length} rules)`);
