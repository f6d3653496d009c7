/**
 * Word lists the figure parser reads: units (src/data/units.json) and the
 * words around figures (src/data/figure-words.json). They are data, so a
 * non-programmer can extend them; `scripts/write-schemas.mjs` publishes these
 * schemas as schemas/units.schema.json and schemas/figure-words.schema.json.
 */
import { Type, type Static } from '@sinclair/typebox';
import { ApproxSchema } from './outline.js';
import { UnitEntrySchema } from './config.js';

export const MultiplierEntrySchema = Type.Object(
  {
    prefix: Type.String({ minLength: 1, description: 'Written before a unit or after a number: 万, 亿, 千万.' }),
    factor: Type.Number({ exclusiveMinimum: 0, description: 'The power of ten it stands for: 万 → 10000.' }),
  },
  { $id: 'MultiplierEntry', additionalProperties: false },
);
export type MultiplierEntry = Static<typeof MultiplierEntrySchema>;

export const UnitsFileSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    multipliers: Type.Array(Type.Ref(MultiplierEntrySchema)),
    units: Type.Array(Type.Ref(UnitEntrySchema), { description: '名 → dimension 人; 公顷 → 10000 平方米. 人次 is its own dimension.' }),
  },
  { $id: 'UnitsFile', additionalProperties: false },
);
export type UnitsFile = Static<typeof UnitsFileSchema>;

export const ApproxWordSchema = Type.Object(
  { word: Type.String({ minLength: 1 }), approx: Type.Ref(ApproxSchema) },
  { $id: 'ApproxWord', additionalProperties: false },
);
export type ApproxWord = Static<typeof ApproxWordSchema>;

/**
 * A split every statistician knows to be complete. Each member is the list
 * of words that name it (城镇 or 城市); a part is matched by the longest of
 * them its name holds, so 非税收入 is never 税收收入.
 */
export const PartitionSchema = Type.Object(
  {
    members: Type.Array(Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }), {
      minItems: 2,
      description: 'The categories of the split, each as the words that name it: [["城镇"], ["乡村", "农村"]].',
    }),
    example: Type.String({ minLength: 1, description: 'A sentence that uses the split, as a bulletin writes it.' }),
    definition: Type.String({ minLength: 1, description: 'The statistical definition that makes it complete (the classification it comes from).' }),
    population: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), {
        description:
          'What the split is defined over: the total’s name must hold one of these words (内资/外资 divides 企业 and 投资, not 市场主体, which also counts 个体工商户). Without it the split applies to any total.',
      }),
    ),
    notWith: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), {
        description: 'Totals the split does not cover: a total whose name holds one of these words has more members (全社会用电量 adds 城乡居民生活用电 to the three industries).',
      }),
    ),
    rivals: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), {
        description: 'Parts that stand beside the members as one more of them (开发区 beside 市本级 and 县区): a list that names one after the members is not this split, and not a second classification either.',
      }),
    ),
  },
  { $id: 'Partition', additionalProperties: false },
);
export type Partition = Static<typeof PartitionSchema>;

const words = (description: string) => Type.Array(Type.String({ minLength: 1 }), { description });

export const FigureWordsFileSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    approxBefore: Type.Array(Type.Ref(ApproxWordSchema), { description: 'Written before the number: 约, 近, 超过.' }),
    approxAfter: Type.Array(Type.Ref(ApproxWordSchema), { description: 'Written after the number or unit: 余, 多, 左右, 以上.' }),
    totalWords: words('Words that introduce a total: 共, 共计, 合计, 总计, 累计.'),
    partWords: words('Words that introduce parts: 其中, 分别为.'),
    changeWords: words('Words that make a figure a change, never a total or part: 增长, 比上年.'),
    shareWords: words('Share words: a percentage after them lies within 0–100% (覆盖率, 参保率, 占比).'),
    growthWords: words('Growth words: a percentage after them may exceed 100% or be negative.'),
    otherWords: words('Words that name the rest (其他, 其余, 另有): a list that has one is exhaustive.'),
    averageWords: words('Words of averages and prices (人均, 平均, 指数): such figures are not sums of their parts.'),
    otherCategories: words('Category names that begin with 其他 but name one category, not the rest (其他服务业 in the NBS breakdown).'),
    unboundedRates: words(
      'Rates that may exceed 100% by definition: against a cohort (毛入学率: gross enrolment; 升学率: pupils entering a level against those leaving the one below, in-migrants and repeaters included) or a plan (完成率, 执行率).',
    ),
    planWords: words('What a completion rate is taken of: a percentage of a plan, budget or target (完成预算的112.6%, 占年度预算的131.0%, 为计划的105%) may exceed 100%.'),
    scopeWords: words('Scope and time words stripped from the front of a subject (全年, 全市).'),
    partitions: Type.Array(Type.Ref(PartitionSchema), {
      description: 'Splits that statistics treats as complete (新建/存量, 城镇/乡村, 第一/二/三产业): a list naming every member once adds up to its total.',
    }),
    overlapping: words('Category words of cross-cutting breakdowns (国有控股, 股份制, 大型): a list naming them may overlap.'),
  },
  { $id: 'FigureWordsFile', additionalProperties: false },
);
export type FigureWordsFile = Static<typeof FigureWordsFileSchema>;

export const wordlistDefinitions = [MultiplierEntrySchema, UnitsFileSchema, ApproxWordSchema, PartitionSchema, FigureWordsFileSchema] as const;
