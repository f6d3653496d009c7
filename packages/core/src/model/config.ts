/**
 * The configuration model (.huibaorc.json, huibao.config.json, package.json#huibao)
 * and the confusables dictionary entry. Source of truth for `schemas/config.schema.json`
 * and `schemas/confusables.schema.json`.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { SeveritySchema } from './lint.js';

export const SeveritySettingSchema = Type.Union(
  [Type.Literal('off'), Type.Literal('info'), Type.Literal('warning'), Type.Literal('error')],
  { $id: 'SeveritySetting' },
);
export type SeveritySetting = Static<typeof SeveritySettingSchema>;

export const RuleSettingSchema = Type.Union(
  [
    Type.Ref(SeveritySettingSchema),
    // A 2020-12 tuple (prefixItems); TypeBox's Tuple writes the draft-07 form.
    Type.Unsafe<[SeveritySetting, Record<string, unknown>]>({
      type: 'array',
      prefixItems: [{ $ref: 'SeveritySetting' }, { type: 'object' }],
      minItems: 2,
      maxItems: 2,
      description: '[severity, options]',
    }),
  ],
  { $id: 'RuleSetting' },
);
export type RuleSetting = Static<typeof RuleSettingSchema>;

export const ConfusableEntrySchema = Type.Object(
  {
    wrong: Type.String({ minLength: 1, description: 'The slip as written, e.g. 截止.' }),
    right: Type.String({ minLength: 1, description: 'The correct form, e.g. 截至.' }),
    followedBy: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { description: 'Only when one of these follows right after.' })),
    notFollowedBy: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { description: 'Never when one of these follows.' })),
    precededBy: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { description: 'Only when one of these stands right before.' })),
    notPrecededBy: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { description: 'Never when one of these stands right before.' })),
    thenNotFollowedBy: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), {
        description: 'Never when one of these (or the end of the sentence) follows the followedBy word: 认真的开展工作 yes, 积极的推动作用 no.',
      }),
    ),
    followedByTime: Type.Optional(Type.Boolean({ description: 'Only before a time point: 目前, 今年, 2022年, *月, 6月底…' })),
    followedWithin: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 12,
        description:
          'The followedBy word may stand this many characters further on, in the same clause (做出了重要贡献, 做出新的更大贡献); never after 的 right behind the slip (做出的产品…评价).',
      }),
    ),
    reason: Type.String({ minLength: 1, description: 'Why, in Chinese.' }),
    reasonEn: Type.Optional(Type.String({ description: 'Why, in English.' })),
    basis: Type.String({ minLength: 1, description: 'The norm or usage authority, e.g. 《现代汉语词典》第7版.' }),
    safe: Type.Boolean({ description: 'true: --fix may apply it; false: a suggestion only.' }),
    examples: Type.Optional(
      Type.Object(
        {
          flagged: Type.Array(Type.String({ minLength: 1 }), { description: 'Sentences in which the entry must fire (tested).' }),
          passing: Type.Array(Type.String({ minLength: 1 }), { description: 'Near misses in which it must not fire (tested).' }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { $id: 'ConfusableEntry', additionalProperties: false },
);
export type ConfusableEntry = Static<typeof ConfusableEntrySchema>;

export const ConfusablesFileSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    entries: Type.Array(Type.Ref(ConfusableEntrySchema)),
  },
  { $id: 'ConfusablesFile', additionalProperties: false },
);
export type ConfusablesFile = Static<typeof ConfusablesFileSchema>;

export const UnitEntrySchema = Type.Object(
  {
    unit: Type.String({ minLength: 1, description: 'As written, e.g. 公顷.' }),
    dimension: Type.Optional(Type.String({ description: 'Canonical unit it compares with; defaults to itself.' })),
    factor: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'How many of the dimension one unit is (万平方米 → 10000).' })),
  },
  { $id: 'UnitEntry', additionalProperties: false },
);
export type UnitEntry = Static<typeof UnitEntrySchema>;

function configProperties<R extends TSchema>(rules: R) {
  return {
    $schema: Type.Optional(Type.String()),
    extends: Type.Optional(Type.Union([Type.Literal('recommended'), Type.Literal('strict')], { description: 'A built-in preset.' })),
    mode: Type.Optional(
      Type.Union([Type.Literal('draft'), Type.Literal('final')], { description: 'final: unfilled placeholders are errors.' }),
    ),
    locale: Type.Optional(Type.Union([Type.Literal('zh-CN'), Type.Literal('en')])),
    segmenter: Type.Optional(
      Type.Union([Type.Literal('nodejieba'), Type.Literal('node-rs')], {
        description:
          'The word segmenter: node-rs (@node-rs/jieba, prebuilt binaries; the default) or nodejieba (cppjieba, an optional dependency compiled at install). Both load the same dictionary and user words.',
      }),
    ),
    rules: Type.Optional(rules),
    placeholders: Type.Optional(
      Type.Object(
        {
          marks: Type.Array(Type.String({ minLength: 1, maxLength: 8 }), {
            description: 'Extra placeholder marks besides * and ＊, e.g. ××.',
          }),
        },
        { additionalProperties: false },
      ),
    ),
    departments: Type.Optional(
      Type.Record(Type.String({ minLength: 1 }), Type.String({ minLength: 1 }), {
        description:
          'The office (责任科室) responsible for the figures of each section, for the 待填 list: a key is a section place as the list writes it ("一", "三（一）") or a word of a section title ("安全生产"); the deepest matching section wins.',
      }),
    ),
    units: Type.Optional(Type.Array(Type.Ref(UnitEntrySchema), { description: 'Extra units.' })),
    confusables: Type.Optional(Type.Array(Type.Ref(ConfusableEntrySchema), { description: 'Extra confusable entries.' })),
    ignore: Type.Optional(Type.Array(Type.String(), { description: 'Glob patterns of files not to lint.' })),
  };
}

/** The config as code sees it: rule ids are any string here, checked against the registry on load. */
export const HuibaoConfigSchema = Type.Object(configProperties(Type.Record(Type.String(), Type.Ref(RuleSettingSchema))), {
  $id: 'HuibaoConfig',
  additionalProperties: false,
});
export type HuibaoConfig = Static<typeof HuibaoConfigSchema>;

/**
 * The config schema as published: `rules` lists the known rule ids, so a typo
 * names the allowed ids and an editor completes them; with a rule's option
 * schema (its `meta.schema`), `[severity, options]` takes only that rule's
 * options, so an editor completes and checks them too.
 */
export function buildConfigSchema(ruleIds: readonly string[], optionSchemas: Readonly<Record<string, TSchema>> = {}) {
  const ruleProperties: Record<string, TSchema> = {};
  for (const id of ruleIds) {
    const options = optionSchemas[id];
    ruleProperties[id] = Type.Optional(options ? ruleSettingWith(options) : Type.Ref(RuleSettingSchema));
  }
  return Type.Object(configProperties(Type.Object(ruleProperties, { additionalProperties: false })), {
    $id: 'HuibaoConfig',
    additionalProperties: false,
  });
}

/** A severity, or [severity, options] with these options. */
function ruleSettingWith(options: TSchema): TSchema {
  return Type.Union([
    Type.Ref(SeveritySettingSchema),
    Type.Unsafe<[SeveritySetting, Record<string, unknown>]>({
      type: 'array',
      prefixItems: [{ $ref: 'SeveritySetting' }, options],
      minItems: 2,
      maxItems: 2,
      description: '[severity, options]',
    }),
  ]);
}

export const configDefinitions = [SeveritySchema, SeveritySettingSchema, RuleSettingSchema, ConfusableEntrySchema, UnitEntrySchema] as const;
