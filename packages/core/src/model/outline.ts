/**
 * The outline model: the one source of truth for `ReportOutline`.
 *
 * Each schema here is a TypeBox value; its TypeScript type is derived with
 * `Static`, and `scripts/write-schemas.mjs` writes the same value to
 * `schemas/outline.schema.json`. Change the shape here and nowhere else.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';

const doc = <T extends TSchema>(description: string, schema: T): T => ({ ...schema, description });

export const PositionSchema = Type.Object(
  {
    line: Type.Integer({ minimum: 1, description: '1-based line number.' }),
    column: Type.Integer({ minimum: 1, description: '1-based column, counted in UTF-16 code units (as LSP).' }),
    offset: Type.Integer({ minimum: 0, description: '0-based UTF-16 offset into the decoded source (without BOM).' }),
  },
  { $id: 'Position', additionalProperties: false },
);
export type Position = Static<typeof PositionSchema>;

export const RangeSchema = Type.Object(
  { start: Type.Ref(PositionSchema), end: Type.Ref(PositionSchema) },
  { $id: 'Range', additionalProperties: false, description: 'Half-open range: source.slice(start.offset, end.offset) is the text of the node.' },
);
export type Range = Static<typeof RangeSchema>;

const range = Type.Ref(RangeSchema);

export const EncodingSchema = Type.Union(
  [Type.Literal('utf-8'), Type.Literal('utf-16le'), Type.Literal('utf-16be'), Type.Literal('gb18030')],
  { $id: 'Encoding', description: 'Encoding the bytes were decoded from; strings are reported as utf-8.' },
);
export type Encoding = Static<typeof EncodingSchema>;

export const SourceInfoSchema = Type.Object(
  {
    encoding: Type.Ref(EncodingSchema),
    bom: Type.Boolean({ description: 'Whether the bytes began with a byte-order mark (not part of the decoded text).' }),
    length: Type.Integer({ minimum: 0, description: 'Length of the decoded text in UTF-16 code units.' }),
    lineCount: Type.Integer({ minimum: 1 }),
    lineEnding: Type.Union([Type.Literal('lf'), Type.Literal('crlf'), Type.Literal('cr'), Type.Literal('mixed'), Type.Literal('none')]),
    format: Type.Union([Type.Literal('markdown'), Type.Literal('text')]),
    path: Type.Optional(Type.String()),
  },
  { $id: 'SourceInfo', additionalProperties: false },
);
export type SourceInfo = Static<typeof SourceInfoSchema>;

export const TextSpanSchema = Type.Object(
  { text: Type.String(), range },
  { $id: 'TextSpan', additionalProperties: false },
);
export type TextSpan = Static<typeof TextSpanSchema>;

export const MarkerStyleSchema = Type.Union(
  [
    doc('一、', Type.Literal('cjk-comma')),
    doc('（一）', Type.Literal('cjk-paren')),
    doc('1. or 1．', Type.Literal('arabic-dot')),
    doc('（1）', Type.Literal('arabic-paren')),
    doc('（一）、 — not a GB/T 9704 form', Type.Literal('cjk-paren-comma')),
    doc('(一) with half-width brackets — not a GB/T 9704 form', Type.Literal('cjk-halfwidth-paren')),
    doc('1、 — not a GB/T 9704 form', Type.Literal('arabic-comma')),
    doc('(1) with half-width brackets — not a GB/T 9704 form', Type.Literal('arabic-halfwidth-paren')),
  ],
  { $id: 'MarkerStyle' },
);
export type MarkerStyle = Static<typeof MarkerStyleSchema>;

export const SectionSchema = Type.Recursive(
  (This) =>
    Type.Object(
      {
        id: Type.Integer({ minimum: 0 }),
        level: Type.Integer({ minimum: 1, maximum: 4, description: '1 一、  2 （一）  3 1.  4 （1）' }),
        marker: Type.String({ description: 'The marker as written, e.g. "三、" or "（二）".' }),
        markerStyle: Type.Ref(MarkerStyleSchema),
        markerRange: range,
        ordinal: Type.Integer({ minimum: 0, description: 'The marker as a number: 三 → 3.' }),
        title: Type.String({ description: 'Heading text after the marker, without trailing punctuation.' }),
        titleRange: range,
        lead: Type.Union([Type.Ref(TextSpanSchema), Type.Null()], {
          description: 'The lead phrase of the first body paragraph (e.g. 党建引领，喜迎二十大。), or null.',
        }),
        heading: Type.Boolean({ description: 'Written as a Markdown heading (#) rather than a marker paragraph.' }),
        headingRange: Type.Optional(range),
        appendix: Type.Optional(
          Type.Integer({
            minimum: 0,
            description: 'Index into the outline’s appendices when the section stands in one (附件2, 附表1); absent in the main text. Numbering restarts there.',
          }),
        ),
        paragraphs: Type.Array(Type.Integer(), { description: 'Ids of the paragraphs directly in this section (not in children).' }),
        children: Type.Array(This),
        range: Type.Ref(RangeSchema, { description: 'From the marker to the end of the last paragraph of the section and its children.' }),
      },
      { additionalProperties: false },
    ),
  { $id: 'Section' },
);
export type Section = Static<typeof SectionSchema>;

export const ParagraphSchema = Type.Object(
  {
    id: Type.Integer({ minimum: 0 }),
    kind: Type.Union([Type.Literal('heading'), Type.Literal('body')], {
      description: 'heading: the paragraph (or Markdown heading) that carries a section marker.',
    }),
    tableRow: Type.Boolean({
      description: 'A table row written as text: the paragraph holds a cell separator | (3.油料产量 | 万吨 | 1.52). A number that opens it is no section marker.',
    }),
    text: Type.String(),
    range,
    section: Type.Union([Type.Integer(), Type.Null()], { description: 'Id of the innermost section that contains it.' }),
    sentences: Type.Array(Type.Integer()),
  },
  { $id: 'Paragraph', additionalProperties: false },
);
export type Paragraph = Static<typeof ParagraphSchema>;

export const SentenceSchema = Type.Object(
  {
    id: Type.Integer({ minimum: 0 }),
    paragraph: Type.Integer(),
    text: Type.String(),
    range,
  },
  { $id: 'Sentence', additionalProperties: false },
);
export type Sentence = Static<typeof SentenceSchema>;

export const EnumerationItemSchema = Type.Object(
  {
    ordinal: Type.Integer({ minimum: 0, description: '一是 → 1; for 、 lists the position in the list.' }),
    marker: Type.String({ description: '一是, 第二, or empty for 、 lists.' }),
    markerRange: Type.Optional(range),
    text: Type.String(),
    range,
  },
  { $id: 'EnumerationItem', additionalProperties: false },
);
export type EnumerationItem = Static<typeof EnumerationItemSchema>;

export const EnumerationSchema = Type.Object(
  {
    id: Type.Integer({ minimum: 0 }),
    kind: Type.Union([
      doc('一是…二是…', Type.Literal('shi')),
      doc('第一…第二…', Type.Literal('di')),
      doc('a 、-separated list after a stated count (涉及四个项目，A、B、C、D)', Type.Literal('list')),
    ]),
    paragraph: Type.Integer(),
    statedCount: Type.Union([Type.Integer(), Type.Null()], {
      description:
        'For lists: the count stated with them (涉及四个项目，A、B、C、D; 矿山、交通、消防、燃气四个重点行业). For 一是/第一 enumerations: the unquoted count announced right before the first item (要把握好以下三点。第一，…), else null.',
    }),
    countRange: Type.Optional(Type.Ref(RangeSchema, { description: 'Where the stated count is written: the count with its noun (四个项目, 三点), or a slogan\'s text without its quotes (四位一体).' })),
    items: Type.Array(Type.Ref(EnumerationItemSchema)),
    range,
  },
  { $id: 'Enumeration', additionalProperties: false },
);
export type Enumeration = Static<typeof EnumerationSchema>;

export const SloganSchema = Type.Object(
  {
    id: Type.Integer({ minimum: 0 }),
    text: Type.String({ description: 'The quoted phrase without its quotes.' }),
    range: Type.Ref(RangeSchema, { description: 'Including the quotes.' }),
    innerRange: range,
    count: Type.Union([Type.Integer(), Type.Null()], { description: 'Total count of a numeric slogan: 三大攻坚 → 3; null when not numeric.' }),
    items: Type.Array(Type.Integer(), { description: 'Each number in it: 一三五 → [1,3,5]; 两断三清 → [2,3].' }),
    noun: Type.Union([Type.String(), Type.Null()], { description: 'What is counted, as written after the number: 三大攻坚 → 攻坚.' }),
    measure: Type.Optional(
      Type.Union([Type.String(), Type.Null()], {
        description:
          'The measure word between the first number and the noun (个 in 四个一, 大 in 三大攻坚, 项 in 五项工作), or null when there is none (三农, 两新): a slogan with a measure word announces that many things; one without is usually a name.',
      }),
    ),
    sentence: Type.Integer(),
    paragraph: Type.Integer(),
  },
  { $id: 'Slogan', additionalProperties: false },
);
export type Slogan = Static<typeof SloganSchema>;

export const ApproxSchema = Type.Union(
  [
    doc('exact', Type.Literal('none')),
    doc('at least: 余, 多, 以上, 超过', Type.Literal('lower')),
    doc('at most: 近, 不到, 以下', Type.Literal('upper')),
    doc('about: 约, 左右, 大约', Type.Literal('about')),
  ],
  { $id: 'Approx' },
);
export type Approx = Static<typeof ApproxSchema>;

export const MetricRoleSchema = Type.Union(
  [
    doc('introduced by 共/共计/合计/总计/累计 or standing before 其中', Type.Literal('total')),
    doc('listed after 其中/分别', Type.Literal('part')),
    doc('a change: 增长/下降/增加/减少/比…', Type.Literal('change')),
    doc('a share: 占/覆盖率/参保率…', Type.Literal('share')),
    doc('a rate that may pass 100%: of a plan or budget (完成预算的112.6%, 执行率), or against a cohort (毛入学率, 升学率)', Type.Literal('rate')),
    Type.Literal('plain'),
  ],
  { $id: 'MetricRole' },
);
export type MetricRole = Static<typeof MetricRoleSchema>;

export const MetricSchema = Type.Object(
  {
    id: Type.Integer({ minimum: 0 }),
    text: Type.String({ description: 'The figure with its unit as written (e.g. 668.10亿元, *户, 300－200头).' }),
    range,
    valueText: Type.String({ description: 'The number as written (or the placeholder mark).' }),
    valueRange: range,
    value: Type.Union([Type.Number(), Type.Null()], { description: 'Value in base form as written: 668.10亿元 → 668.1; null for a placeholder.' }),
    decimals: Type.Integer({ minimum: 0, description: 'Decimal places written: 668.10 → 2.' }),
    multiplier: Type.Number({ description: 'Power of ten from 万/亿/千 in the figure or its unit: 亿元 → 1e8.' }),
    unit: Type.Union([Type.String(), Type.Null()], { description: 'The unit as written without multiplier (元, 平方米, %, 户); null when none.' }),
    dimension: Type.Union([Type.String(), Type.Null()], { description: 'Canonical unit for comparing: 名 and 人 → 人; 万元 → 元.' }),
    unitFactor: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'How many of the dimension one unit is, when not 1: 公顷 → 10000 (平方米), 千瓦 → 1000 (瓦).' })),
    percent: Type.Boolean(),
    upper: Type.Optional(
      Type.Object(
        {
          valueText: Type.String(),
          value: Type.Union([Type.Number(), Type.Null()]),
          range,
          placeholder: Type.Boolean(),
        },
        { additionalProperties: false, description: 'For a range (3—5, *－*): the upper end; the metric itself holds the lower end.' },
      ),
    ),
    approx: Type.Ref(ApproxSchema),
    approxWords: Type.Array(Type.String()),
    placeholder: Type.Boolean(),
    subject: Type.Union([Type.String(), Type.Null()], { description: 'What is counted: 经营户 in 取缔非法塑料加工经营户*户.' }),
    subjectRange: Type.Optional(range),
    role: Type.Ref(MetricRoleSchema),
    roleWord: Type.Union([Type.String(), Type.Null()], { description: 'The word that gives the role: 共计, 其中, 增长…' }),
    population: Type.Optional(
      Type.String({
        description:
          "Set when the figure is the population of the report's own area, named alone before it (年末全市常住人口70.15万人 → 常住人口; 户籍总人口, 总人口); absent for any other figure (出生人口, 城镇人口, 贫困人口, 全省常住人口).",
      }),
    ),
    area: Type.Optional(
      Type.String({
        description:
          'For a count of people, the wider area its clause names (全国, 全省, 全自治区): set only then. A city report may quote such a figure, which its own population does not bound.',
      }),
    ),
    sentence: Type.Integer(),
    paragraph: Type.Integer(),
    section: Type.Union([Type.Integer(), Type.Null()]),
  },
  { $id: 'Metric', additionalProperties: false },
);
export type Metric = Static<typeof MetricSchema>;

export const PlaceholderKindSchema = Type.Union(
  [
    doc('a figure still to fill: followed by a unit or %', Type.Literal('number')),
    doc('part of a proper noun: *镇, *书记, *中学', Type.Literal('name')),
    doc('a date part: *月*日', Type.Literal('date')),
    Type.Literal('other'),
  ],
  { $id: 'PlaceholderKind' },
);
export type PlaceholderKind = Static<typeof PlaceholderKindSchema>;

export const PlaceholderSchema = Type.Object(
  {
    id: Type.Integer({ minimum: 0 }),
    mark: Type.String({ description: 'The mark as written: *, ＊, or a configured mark such as ××.' }),
    range,
    kind: Type.Ref(PlaceholderKindSchema),
    unit: Type.Union([Type.String(), Type.Null()], {
      description: 'For number placeholders: the unit as written after the mark, with its multiplier (亿元 in *亿元, 万 in *万, % in 百分之*); null for other kinds.',
    }),
    multiplier: Type.Optional(
      Type.Number({ description: 'Power of ten from 万/亿/千 in that unit (*亿元 → 1e8), 1 when none: a value at or above it was likely entered in base units.' }),
    ),
    following: Type.String({ description: 'The word right after the mark that decided its kind (镇, 户, 月…).' }),
    context: Type.String({ description: 'The sentence that holds it.' }),
    contextRange: range,
    metric: Type.Union([Type.Integer(), Type.Null()], { description: 'Id of the metric it stands in, if any.' }),
    sentence: Type.Integer(),
    section: Type.Union([Type.Integer(), Type.Null()]),
  },
  { $id: 'Placeholder', additionalProperties: false },
);
export type Placeholder = Static<typeof PlaceholderSchema>;

export const RelationPartSchema = Type.Object(
  {
    subject: Type.Union([Type.String(), Type.Null()], { description: "The subject of the part's first figure (its head noun phrase)." }),
    name: Type.String({
      description:
        'The part as the text names it: the words between the mark before its first figure and the figure, without bracketed words, the cue or a linking word (寿险公司保费收入, 农业产值 for 农业（种植业）产值). Splits such as 城镇/乡村 are matched on it.',
    }),
    metrics: Type.Array(Type.Integer(), { description: 'Metric ids of this part, one per dimension (e.g. 处 and 平方米).' }),
    other: Type.Boolean({ description: 'The part is 其他/其余/另有: it makes the list exhaustive.' }),
    range,
  },
  { $id: 'RelationPart', additionalProperties: false },
);
export type RelationPart = Static<typeof RelationPartSchema>;

export const RelationFormSchema = Type.Union(
  [
    doc('parts after 其中, 分别 or a bracketed 包含 (幼儿园86所（其中公办52所…）)', Type.Literal('cue')),
    doc('a classification of a total stated before: 按经营地分，城镇…；乡村… / 分产业看，… / 从构成看，…', Type.Literal('breakdown')),
    doc('the parts of a figure named before: 专任教师中，小学教师…，初中教师…', Type.Literal('within')),
    doc('parts listed before the total that sums them: 省级课题2项、市级课题5项、县级课题11项，共18项', Type.Literal('sum-after')),
    doc('parts whose names join into the total\'s name: 共有社区戒毒康复人员9人，社区戒毒人员3人，社区康复人员6人', Type.Literal('joined-names')),
    doc('a whole, an amount taken out of it and what is left: 支出总计574.55亿元，剔除…等12.42亿元后，…支出安排562.13亿元', Type.Literal('remainder')),
  ],
  { $id: 'RelationForm', description: 'How the text states the relation.' },
);
export type RelationForm = Static<typeof RelationFormSchema>;

export const RelationVerdictSchema = Type.Object(
  {
    dimension: Type.String({ description: 'The dimension judged (处, 平方米): a relation stated in several is judged in each.' }),
    total: Type.Integer({ description: 'Metric id of the total in this dimension.' }),
    parts: Type.Array(Type.Integer(), { description: 'Metric ids of the parts in this dimension, in order.' }),
    verdict: Type.Union(
      [
        doc('the parts make the total (a complete split), within the rounding of every figure', Type.Literal('holds')),
        doc('the figures as written cannot all be right: the only verdict reported as a finding', Type.Literal('mismatch')),
        doc('a figure is still a placeholder, so the sum is open', Type.Literal('uncertain')),
        doc('the text does not prove the list complete: a partial list within its total, parts that may overlap, a second classification', Type.Literal('not-assessable')),
      ],
    ),
    reason: Type.Union(
      [
        doc('a complete split judged on its sum', Type.Literal('sum')),
        doc('disjoint parts add up to more than the total', Type.Literal('subset-exceeds')),
        doc('one part alone is larger than the total', Type.Literal('part-exceeds')),
        doc('the filled-in parts already exceed the total while others are still to fill', Type.Literal('known-exceed')),
        doc('the total or a part is still a placeholder', Type.Literal('placeholder')),
        doc('the parts need not cover the total and stay within it', Type.Literal('partial-list')),
        doc('the parts belong to different breakdowns and may overlap', Type.Literal('overlapping')),
        doc('the first parts already make the total; the rest classify it again', Type.Literal('second-classification')),
        doc('another figure fits as the total as well: which one the parts split is not stated', Type.Literal('ambiguous-total')),
      ],
    ),
    exceeding: Type.Optional(Type.Array(Type.Integer(), { description: 'For part-exceeds: metric ids of the parts larger than the total.' })),
  },
  { $id: 'RelationVerdict', additionalProperties: false, description: 'Judged once, at the default tolerance for 约 (±10%), by checks/verdicts.ts.' },
);
export type RelationVerdict = Static<typeof RelationVerdictSchema>;

export const RelationSchema = Type.Object(
  {
    id: Type.Integer({ minimum: 0 }),
    form: Type.Ref(RelationFormSchema),
    cue: Type.String({ description: 'The words that introduce the parts as written: 其中, 分别, 包含, 含 or 包括 (details of the figure before), （ or ( (a bracket after a figure that lists its parts), 主要是 or 主要收入项目为： (its main items), 按经营地分, 专任教师中, 共 (sum-after), 剔除 (remainder), or the total\'s name (joined-names).' }),
    cueRange: range,
    totals: Type.Array(Type.Integer(), { description: 'Metric ids of the total, one per dimension.' }),
    dimensions: Type.Array(Type.String(), { description: 'The dimensions the relation is stated in (处, 平方米).' }),
    parts: Type.Array(Type.Ref(RelationPartSchema)),
    coverage: Type.Union(
      [
        doc('the parts claim to make up the total: they name 其他/其余 or partition it (新建/存量)', Type.Literal('exhaustive')),
        doc('the parts are disjoint members of the total that need not cover it', Type.Literal('subset')),
        doc('the parts may overlap (different breakdowns): only each part alone is bounded', Type.Literal('overlapping')),
      ],
      { description: 'What the text claims about the parts; the checks judge it.' },
    ),
    alternatives: Type.Optional(
      Type.Array(Type.Integer(), {
        description:
          'Metric ids of other figures that fit as the total as well as `totals` does (进出口总额 and 对东盟进出口 before 分贸易方式看): which one the parts split, the text does not say, so the relation is not assessable.',
      }),
    ),
    verdicts: Type.Array(Type.Ref(RelationVerdictSchema), { description: 'One per dimension of the total, in the order of `totals`.' }),
    range,
    paragraph: Type.Integer(),
  },
  { $id: 'Relation', additionalProperties: false },
);
export type Relation = Static<typeof RelationSchema>;

export const ShareVerdictSchema = Type.Object(
  {
    verdict: Type.Union([
      doc('the stated share lies within what the rounding of the share, the part and the whole allows', Type.Literal('holds')),
      doc('no rounding of the three figures explains the stated share: the only verdict reported as a finding', Type.Literal('mismatch')),
      doc('the share is still a placeholder, or part ÷ whole cut off (not rounded) at its last digit', Type.Literal('uncertain')),
      doc('the share is approximate or a range, or the whole is not above zero: nothing to recompute', Type.Literal('not-assessable')),
    ]),
    reason: Type.Union([
      doc('the share is within rounding of part ÷ whole', Type.Literal('within-rounding')),
      doc('the share is outside rounding of part ÷ whole, and is not part ÷ whole cut off at its last digit', Type.Literal('outside-rounding')),
      doc('the share is part ÷ whole cut off at its last digit rather than rounded (69.96% written 69.9%): not what GB/T 8170 asks, not a slip the figures prove', Type.Literal('truncated')),
      doc('the share is a placeholder (*%)', Type.Literal('placeholder')),
      doc('the share is approximate (约, 以上…) or a range', Type.Literal('approximate')),
      doc('the whole may be zero or less', Type.Literal('zero-whole')),
    ]),
    computed: Type.Optional(Type.Number({ description: 'part ÷ whole × 100 from the figures as written (in their dimension); part ÷ whole for a ratio.' })),
    low: Type.Optional(Type.Number({ description: 'The lowest share the rounding of part and whole allows, in percent; absent when unbounded (a part of 不到100户).' })),
    high: Type.Optional(Type.Number({ description: 'The highest share the rounding of part and whole allows, in percent; absent when unbounded (a part of 100余户).' })),
    part: Type.Optional(Type.Number({ description: 'The part in its dimension (1.87亿元 → 187000000).' })),
    whole: Type.Optional(Type.Number({ description: 'The whole in its dimension.' })),
  },
  { $id: 'ShareVerdict', additionalProperties: false, description: 'Judged once by checks/share-verdicts.ts; the share itself is tolerated to half its last digit; one cut off rather than rounded is uncertain.' },
);
export type ShareVerdict = Static<typeof ShareVerdictSchema>;

export const ShareRelationSchema = Type.Object(
  {
    id: Type.Integer({ minimum: 0 }),
    share: Type.Integer({ description: 'Metric id of the stated share (the percent after 占).' }),
    part: Type.Integer({ description: 'Metric id of the part the share is of: the figure the clause names before 占, or the nearest one when it names none.' }),
    whole: Type.Integer({ description: 'Metric id of the whole: the nearest figure before the share whose name is the one written after 占.' }),
    partName: Type.String({ description: 'The part as named before 占 (一般性转移支付), or empty when the clause opens with 占.' }),
    wholeName: Type.String({ description: 'The whole as named after 占, without scope words and 的比重 (装机容量 for 占全部装机容量的).' }),
    verb: Type.Optional(Type.String({ description: 'For a share whose base is written right before it (完成年度任务2000人的64%, 为年初预算1,354,921万元的100.1%), the verb that compares the part with that base (完成, 为, 占, 相当于).' })),
    rate: Type.Optional(Type.String({ description: 'For a named rate (受理投诉1268件，办结1186件，办结率95.3%), its name as written (办结率); the part is the count of the clause before it, the whole the count before that.' })),
    ratio: Type.Optional(Type.Boolean({ description: 'The share is a plain quotient, not a percent: 城乡居民收入比 2.00 = 城镇居民人均可支配收入 ÷ 农村居民人均可支配收入.' })),
    range: Type.Ref(RangeSchema, { description: 'From the first of the three figures to the end of the share.' }),
    sentence: Type.Integer({ description: 'The sentence of the share.' }),
    paragraph: Type.Integer(),
    verdict: Type.Union([Type.Ref(ShareVerdictSchema), Type.Null()], { description: 'Set by parseReport\'s last step; null only before it.' }),
  },
  { $id: 'ShareRelation', additionalProperties: false, description: 'A share stated with its part and whole (可再生能源装机X万千瓦，占全部装机容量的25.6%).' },
);
export type ShareRelation = Static<typeof ShareRelationSchema>;

export const WrittenDateSchema = Type.Object(
  {
    text: Type.String({ description: 'The date as written: 2024年10月8日, 十月八日, 2025年13月 (a year and month with no day).' }),
    range,
    sentence: Type.Integer({ description: 'Sentence id.' }),
    year: Type.Union([Type.Integer(), Type.Null()], { description: 'The year written with the date, or null.' }),
    month: Type.Integer({ description: 'The month as written, even one no year has (13).' }),
    day: Type.Union([Type.Integer(), Type.Null()], { description: 'The day as written, even one the month lacks (4月31日); null for a year and month alone.' }),
    weekday: Type.Union(
      [
        Type.Object(
          {
            text: Type.String({ description: 'The weekday as written after the date: 星期三, 周三.' }),
            value: Type.Integer({ minimum: 0, maximum: 6, description: '0 = Sunday … 6 = Saturday.' }),
            range,
            dayRange: doc('The day character (三), which a fix replaces.', range),
          },
          { additionalProperties: false },
        ),
        Type.Null(),
      ],
      { description: 'The weekday written right after the date, when there is one.' },
    ),
    calendar: Type.Union([doc('the Gregorian calendar', Type.Literal('gregorian')), doc('a lunar date (农历八月三十日), whose months are not Gregorian', Type.Literal('lunar'))]),
    plannedBy: Type.Union([Type.String(), Type.Null()], {
      description: 'A word in the date’s clause that makes it a plan or deadline rather than something done (将, 计划, 前, 力争…), or null.',
    }),
    alone: Type.Boolean({ description: 'The date is its sentence (the date a report is signed with, on its own line).' }),
  },
  { $id: 'WrittenDate', additionalProperties: false, description: 'A calendar date written in the text, as written; whether it exists or fits the report is judged by date-check.' },
);
export type WrittenDate = Static<typeof WrittenDateSchema>;

export const ChangeFigureSchema = Type.Object(
  {
    metric: Type.Integer({ description: 'Metric id of the figure.' }),
    role: Type.Union([
      doc('the figure of the report period (42180元 in 42180元，比上年增加1560元)', Type.Literal('current')),
      doc('the amount of change (1560元)', Type.Literal('amount')),
      doc('the base: the earlier figure or rate (由5160亿元…, 比上年的1120万人次)', Type.Literal('from')),
      doc('the later figure of a from–to pair (…增加到7703亿元)', Type.Literal('to')),
    ]),
  },
  { $id: 'ChangeFigure', additionalProperties: false },
);
export type ChangeFigure = Static<typeof ChangeFigureSchema>;

export const ChangeRelationSchema = Type.Object(
  {
    id: Type.Integer({ minimum: 0 }),
    kind: Type.Union([
      doc('a rate of change (增长4.9%)', Type.Literal('rate')),
      doc('a difference of two rates in percentage points (提高1.1个百分点)', Type.Literal('points')),
      doc('an increase stated as a multiple of the base (增长3倍)', Type.Literal('growth-times')),
      doc('the current value stated as a multiple of the base (是原来的3倍)', Type.Literal('ratio-times')),
    ]),
    stated: Type.Integer({ description: 'Metric id of the figure recomputed from the others: the rate, the points, the multiple.' }),
    statedValue: Type.Number({ description: 'The stated figure with the sign its verb gives it (下降3.8% → −3.8).' }),
    verb: Type.String({ description: 'The verb as written before the stated figure: 增长, 下降, 提高, 是原来的.' }),
    written: Type.Ref(RangeSchema, { description: 'The words a message quotes for the stated figure: from its verb to its end (增长4.9%).' }),
    figures: Type.Array(Type.Ref(ChangeFigureSchema), { description: 'The figures the stated one is recomputed from.' }),
    arithmetic: Type.String({ description: 'The arithmetic with the figures as written: 1560 ÷ (42180 − 1560) = 1560 ÷ 40620.' }),
    computed: Type.Number({ description: 'The stated figure recomputed from the others\' values as written.' }),
    computedText: Type.String({ description: 'The recomputed value at the stated figure\'s precision (one decimal at least).' }),
    low: Type.Number({ description: 'The lowest value the rounding of the figures allows.' }),
    high: Type.Number({ description: 'The highest value the rounding of the figures allows.' }),
    edge: Type.Boolean({ description: 'Holds only within rounding: the recomputed value, rounded as the stated one is, differs from it.' }),
    slip: Type.Optional(
      Type.Object(
        { ratio: Type.String(), growth: Type.String(), ratioArithmetic: Type.String() },
        { additionalProperties: false, description: 'For a multiple that does not hold but would as the other kind (增长x倍 written for 增加到x倍): both readings.' },
      ),
    ),
    verdict: Type.Union([doc('the stated figure lies within what rounding allows', Type.Literal('holds')), doc('no rounding explains it: reported', Type.Literal('mismatch'))]),
    range: Type.Ref(RangeSchema, { description: 'From the first figure to the end of the stated one.' }),
    sentence: Type.Integer(),
    paragraph: Type.Integer(),
  },
  {
    $id: 'ChangeRelation',
    additionalProperties: false,
    description: 'A change stated two ways in one sentence (增加1560元，增长4.9%; 由A增加到B，增长x%), recomputed by checks/changes.ts.',
  },
);
export type ChangeRelation = Static<typeof ChangeRelationSchema>;

export const IdentityKindSchema = Type.Union(
  [
    doc('贸易顺差/逆差 = 出口 − 进口 (顺差 when exports exceed imports, 逆差 the other way)', Type.Literal('trade-balance')),
    doc('进出口总额 = 出口 + 进口', Type.Literal('trade-total')),
    doc('收入总计 = 支出总计 where the text says 收支平衡', Type.Literal('budget-balance')),
    doc('收支相抵，本年收支结余/年终结余结转 = 收入总计 − 支出总计', Type.Literal('budget-surplus')),
    doc('人口自然增长率 = 出生率 − 死亡率 (‰)', Type.Literal('population-growth')),
  ],
  { $id: 'IdentityKind' },
);
export type IdentityKind = Static<typeof IdentityKindSchema>;

export const IdentityVerdictSchema = Type.Object(
  {
    verdict: Type.Union([
      doc('the stated figure lies within what the rounding of every term allows', Type.Literal('holds')),
      doc('no rounding of the figures explains the stated one: the only verdict reported as a finding', Type.Literal('mismatch')),
      doc('a figure is still a placeholder', Type.Literal('uncertain')),
      doc('the figures cannot be compared', Type.Literal('not-assessable')),
    ]),
    reason: Type.Union([
      doc('the stated figure is within rounding of the terms\' result', Type.Literal('within-rounding')),
      doc('the stated figure is outside rounding of the terms\' result', Type.Literal('outside-rounding')),
      doc('a term or the stated figure is a placeholder', Type.Literal('placeholder')),
    ]),
    computed: Type.Optional(Type.Number({ description: 'The terms combined, in the stated figure\'s dimension.' })),
    low: Type.Optional(Type.Number({ description: 'The lowest result the rounding of the terms allows; absent when unbounded.' })),
    high: Type.Optional(Type.Number({ description: 'The highest result the rounding of the terms allows; absent when unbounded.' })),
  },
  { $id: 'IdentityVerdict', additionalProperties: false, description: 'Judged once by checks/identity-verdicts.ts, at the default tolerance for 约.' },
);
export type IdentityVerdict = Static<typeof IdentityVerdictSchema>;

export const IdentityTermSchema = Type.Object(
  {
    metric: Type.Integer({ description: 'Metric id of the term.' }),
    sign: Type.Union([Type.Literal(1), Type.Literal(-1)], { description: '+1 added, −1 subtracted.' }),
    name: Type.String({ description: 'The term as the text names it (出口, 进口总额, 收入总计).' }),
  },
  { $id: 'IdentityTerm', additionalProperties: false },
);
export type IdentityTerm = Static<typeof IdentityTermSchema>;

export const IdentityRelationSchema = Type.Object(
  {
    id: Type.Integer({ minimum: 0 }),
    kind: Type.Ref(IdentityKindSchema),
    stated: Type.Integer({ description: 'Metric id of the figure the identity gives (顺差, 进出口总额, 支出总计, 本年收支结余).' }),
    statedName: Type.String({ description: 'The stated figure as the text names it (贸易顺差, 进出口总额, 支出总计).' }),
    terms: Type.Array(Type.Ref(IdentityTermSchema), { description: 'The terms whose signed sum the stated figure must be.' }),
    cue: Type.String({ description: 'The word that makes the identity: 顺差, 逆差, 进出口, 收支平衡, 收支相抵.' }),
    cueRange: range,
    range: Type.Ref(RangeSchema, { description: 'From the first of the figures to the end of the last (or the cue).' }),
    paragraph: Type.Integer(),
    verdict: Type.Union([Type.Ref(IdentityVerdictSchema), Type.Null()], { description: 'Set by parseReport\'s last step; null only before it.' }),
  },
  {
    $id: 'IdentityRelation',
    additionalProperties: false,
    description: 'Figures tied by definition, every term stated in one paragraph: 出口 − 进口 = 顺差, 出口 + 进口 = 进出口总额, 收入总计 = 支出总计 (收支平衡).',
  },
);
export type IdentityRelation = Static<typeof IdentityRelationSchema>;

export const TableCellSchema = Type.Object(
  {
    text: Type.String({ description: 'The cell as written, without the padding spaces around it (may be empty).' }),
    range: Type.Ref(RangeSchema, { description: 'The trimmed cell text; an empty cell is an empty range where it stands.' }),
    valueText: Type.Union([Type.String(), Type.Null()], { description: 'The number as written when the cell is one number (754.54, 1,234, -3.87%), else null.' }),
    value: Type.Union([Type.Number(), Type.Null()], { description: 'That number as written, without separators and %: 1,234.50 → 1234.5; null when the cell is no number.' }),
    decimals: Type.Integer({ minimum: 0, description: 'Decimal places written: 754.50 → 2; 0 when no number.' }),
    percent: Type.Boolean({ description: 'The number is written with % or ％.' }),
  },
  { $id: 'TableCell', additionalProperties: false },
);
export type TableCell = Static<typeof TableCellSchema>;

export const TableRowSchema = Type.Object(
  {
    cells: Type.Array(Type.Ref(TableCellSchema)),
    range,
    paragraph: Type.Integer({ description: 'Id of the paragraph that holds the row (a Markdown table is one paragraph of many rows).' }),
  },
  { $id: 'TableRow', additionalProperties: false },
);
export type TableRow = Static<typeof TableRowSchema>;

export const TableTotalSchema = Type.Object(
  {
    row: Type.Integer({ minimum: 0, description: 'Index in `rows` of the 合计/总计 row, or of a 小计 row judged against its group.' }),
    column: Type.Integer({ minimum: 0, description: '0-based index of the cell judged in that row.' }),
    parts: Type.Array(Type.Integer(), { description: 'Indexes in `rows` of the rows it totals (above it, or below it when the total heads the table; 小计 rows stand for their groups), each with a number in that column (empty cells left out).' }),
    verdict: Type.Union([
      doc('the rows add up to the total within the rounding of every figure', Type.Literal('holds')),
      doc('no rounding of the figures explains the total: the only verdict reported as a finding', Type.Literal('mismatch')),
      doc('the table does not prove which rows the total sums (hierarchy, 其中 or 小计 rows, side-by-side blocks, a percent column, text in the column)', Type.Literal('not-assessable')),
    ]),
    reason: Type.Union([
      doc('judged on the sum of the rows', Type.Literal('sum')),
      doc('text beside the label column, or rows of different widths: side-by-side blocks (收入 | 支出) or a unit column', Type.Literal('side-by-side')),
      doc('the table has no header row, or a row in the group is 其中, a sub-level, a heading row without figures, or the sum of the rows next to it; or where a 小计 group starts is unproved', Type.Literal('hierarchy')),
      doc('the column holds percents, rates, averages, prices or indices (增长%, 比重, 人均, 单价)', Type.Literal('percent-column')),
      doc('fewer than two rows have a number in the column', Type.Literal('no-figures')),
      doc('another total row comes before it in the table', Type.Literal('second-total')),
    ]),
    sum: Type.Optional(Type.Number({ description: 'The parts added as written.' })),
    low: Type.Optional(Type.Number({ description: 'The lowest sum the rounding of the parts allows.' })),
    high: Type.Optional(Type.Number({ description: 'The highest sum the rounding of the parts allows.' })),
  },
  { $id: 'TableTotal', additionalProperties: false, description: 'Judged once by checks/table-verdicts.ts; table-total reports only mismatch.' },
);
export type TableTotal = Static<typeof TableTotalSchema>;

export const TableChildSchema = Type.Object(
  {
    parent: Type.Integer({ minimum: 0, description: 'Index in `rows` of the row the children break down: the nearest row above them that is none.' }),
    rows: Type.Array(Type.Integer(), { description: 'Indexes in `rows` of its child rows (#增值税, ＃…, 其中：…) with a number in that column; # rows may nest, so they are not added.' }),
    column: Type.Integer({ minimum: 0, description: '0-based index of the column compared.' }),
    verdict: Type.Union([
      doc('no child is more than the parent at the rounding of the figures', Type.Literal('holds')),
      doc('a child is more than its parent whatever the rounding: the only verdict reported', Type.Literal('mismatch')),
    ]),
    reason: Type.Union([doc('every child stays within the parent', Type.Literal('within')), doc('one child row alone is more than its parent (`child` says which)', Type.Literal('child-exceeds'))]),
    child: Type.Optional(Type.Integer({ minimum: 0, description: 'For child-exceeds: the index in `rows` of the child that is more than its parent.' })),
  },
  { $id: 'TableChild', additionalProperties: false, description: 'Child rows (# or 其中) against their parent row, one per figure column; judged in checks/table-verdicts.ts.' },
);
export type TableChild = Static<typeof TableChildSchema>;

export const TableRateSchema = Type.Object(
  {
    row: Type.Integer({ minimum: 0, description: 'Index in `rows` of the row whose rate cell is judged.' }),
    column: Type.Integer({ minimum: 0, description: '0-based index of the rate cell (完成预算%, 完成率, 比上年增长%…).' }),
    kind: Type.Union([
      doc('执行数 ÷ 预算数 × 100: 完成预算%, 为调整预算%, 完成率, 执行率', Type.Literal('completion')),
      doc('(本年 − 上年) ÷ 上年 × 100: 增长%, 比上年增长%, 增减%', Type.Literal('growth')),
    ]),
    numerator: Type.Union([Type.Integer(), Type.Null()], { description: 'Column of the 执行数 (completion) or of this year’s amount (growth); null when the header proves none.' }),
    base: Type.Union([Type.Integer(), Type.Null()], { description: 'Column of the budget the rate is of (completion) or of the prior year’s amount (growth); null when the header proves none.' }),
    verdict: Type.Union([
      doc('some rounding of the figures, each to its last written digit, gives the stated rate', Type.Literal('holds')),
      doc('no rounding of the figures gives the stated rate: the only verdict reported', Type.Literal('mismatch')),
      doc('the headers do not prove the two columns, or a figure of the row is missing', Type.Literal('not-assessable')),
    ]),
    reason: Type.Union([
      doc('judged on the row’s own figures', Type.Literal('rate')),
      doc('the headers name no single pair of columns the rate is computed from', Type.Literal('unpaired')),
      doc('a figure of the row is blank, a dash, a percent, or the base is zero or negative', Type.Literal('no-figures')),
    ]),
    expected: Type.Optional(Type.Number({ description: 'The rate the figures give as written, in percent.' })),
    low: Type.Optional(Type.Number({ description: 'The lowest rate the rounding of the figures allows.' })),
    high: Type.Optional(Type.Number({ description: 'The highest rate the rounding of the figures allows.' })),
  },
  { $id: 'TableRate', additionalProperties: false, description: 'A rate cell against the two figures of its row its header names; judged in checks/table-verdicts.ts.' },
);
export type TableRate = Static<typeof TableRateSchema>;

export const TableShareSchema = Type.Object(
  {
    row: Type.Integer({ minimum: 0, description: 'Index in `rows` of the row whose share cell is judged.' }),
    column: Type.Integer({ minimum: 0, description: '0-based index of the share cell (比重, 占比, 构成, in %).' }),
    amount: Type.Union([Type.Integer(), Type.Null()], { description: 'Column of the amounts the share is of: the one non-percent figure column of the block, or the one the share header names; null when the table proves none.' }),
    whole: Type.Union([Type.Integer(), Type.Null()], { description: 'Index in `rows` of the whole: the one row of the block whose share is 100; null when there is none or more than one.' }),
    of: Type.Optional(Type.Integer({ description: 'Index in `rows` of the row the share is of: the whole, or (reason `parent`) a row above it.' })),
    verdict: Type.Union([
      doc('some rounding of the figures gives the stated share, of the whole or of a row above it', Type.Literal('holds')),
      doc('the stated share is no rounding of the amount over the whole nor over any row above it: the only verdict reported', Type.Literal('mismatch')),
      doc('the table proves no whole or no amount column, or a figure of the row is missing', Type.Literal('not-assessable')),
    ]),
    reason: Type.Union([
      doc('judged against the whole row', Type.Literal('share')),
      doc('no share of the whole, but the share of a row above it (a nested table: 乡村 within 其中：城镇)', Type.Literal('parent')),
      doc('no row of the block, or more than one, has the share 100', Type.Literal('no-whole')),
      doc('the block has several amount columns and the share header names none of them', Type.Literal('unpaired')),
      doc('the amount or the share is blank, a dash, a percent or negative, or the whole’s amount is zero or negative', Type.Literal('no-figures')),
    ]),
    expected: Type.Optional(Type.Number({ description: 'The share of the whole the figures give as written, in percent.' })),
    low: Type.Optional(Type.Number({ description: 'The lowest share of the whole the rounding of the figures allows.' })),
    high: Type.Optional(Type.Number({ description: 'The highest share of the whole the rounding of the figures allows.' })),
  },
  { $id: 'TableShare', additionalProperties: false, description: 'A share cell (比重, 占比, 构成) against its row’s amount over the whole row’s (the row at 100); judged in checks/table-verdicts.ts.' },
);
export type TableShare = Static<typeof TableShareSchema>;

export const TableSchema = Type.Object(
  {
    id: Type.Integer({ minimum: 0 }),
    rows: Type.Array(Type.Ref(TableRowSchema), { description: 'The rows in order; a Markdown delimiter row (|---|) is left out.' }),
    header: Type.Union([Type.Integer(), Type.Null()], { description: 'Index in `rows` of the header row: the first row when none of its cells is a number; else null.' }),
    unit: Type.Union([Type.Ref(TextSpanSchema), Type.Null()], { description: 'The unit named on the line before the table (亿元 in 单位：亿元), or null.' }),
    totals: Type.Array(Type.Ref(TableTotalSchema), { description: 'One per number in a 合计/总计 row, with its verdict.' }),
    children: Type.Array(Type.Ref(TableChildSchema), { description: 'Child rows against their parent, per figure column: a part never exceeds its whole.' }),
    shares: Type.Array(Type.Ref(TableShareSchema), { description: 'One per number in a share column (比重, 占比, 构成) but the whole’s 100: the share against the row’s amount over the whole’s, where the block has one row at 100 and proves its amount column.' }),
    rates: Type.Array(Type.Ref(TableRateSchema), { description: 'One per number in a rate column (完成预算%, 完成率, 比上年增长%): the rate against the row’s own figures, where the header proves which two columns give it.' }),
    range,
  },
  { $id: 'Table', additionalProperties: false, description: 'A run of consecutive table rows: a Markdown table, or text rows with | between cells.' },
);
export type Table = Static<typeof TableSchema>;

export const ProblemSchema = Type.Object(
  {
    code: Type.Union([
      Type.Literal('empty-input'),
      Type.Literal('binary-input'),
      Type.Literal('decode-error'),
      Type.Literal('lone-surrogate'),
      Type.Literal('unbalanced-quote'),
      Type.Literal('too-large'),
      Type.Literal('too-deep'),
      Type.Literal('parse-error'),
    ]),
    message: Type.String(),
    range: Type.Optional(range),
  },
  { $id: 'Problem', additionalProperties: false, description: 'Something about the input that limited parsing; never thrown.' },
);
export type Problem = Static<typeof ProblemSchema>;

export const ReportOutlineSchema = Type.Object(
  {
    version: Type.Literal(1),
    source: Type.Ref(SourceInfoSchema),
    title: Type.Union([Type.Ref(TextSpanSchema), Type.Null()], { description: 'The Markdown # title, when there is one before the first section.' }),
    sections: Type.Array(Type.Ref(SectionSchema)),
    appendices: Type.Array(Type.Ref(TextSpanSchema), {
      description: 'The line that opens each appendix after the main text (附件1, 附表2：…, 附录), in order. Its sections number afresh.',
    }),
    paragraphs: Type.Array(Type.Ref(ParagraphSchema)),
    sentences: Type.Array(Type.Ref(SentenceSchema)),
    enumerations: Type.Array(Type.Ref(EnumerationSchema)),
    slogans: Type.Array(Type.Ref(SloganSchema)),
    metrics: Type.Array(Type.Ref(MetricSchema)),
    placeholders: Type.Array(Type.Ref(PlaceholderSchema)),
    relations: Type.Array(Type.Ref(RelationSchema)),
    shares: Type.Array(Type.Ref(ShareRelationSchema), { description: 'Shares stated with the part and whole they are computed from, with their verdicts.' }),
    identities: Type.Array(Type.Ref(IdentityRelationSchema), { description: 'Figures tied by definition (顺差 = 出口 − 进口, 收支平衡), with their verdicts.' }),
    changes: Type.Array(Type.Ref(ChangeRelationSchema), { description: 'Changes stated two ways (an amount and a rate, from–to and a rate, points, multiples), with their verdicts.' }),
    decreaseMultiples: Type.Array(range, { description: 'Where the text states a decrease as a multiple (降低3倍, 减少了一倍): wrong whatever the figures.' }),
    signedDecreases: Type.Array(range, {
      description: 'Where a decrease word is followed by a negative figure (下降-5.3%, 减少-12户; from the word through the sign): the sign turns the decrease into a rise.',
    }),
    dates: Type.Array(Type.Ref(WrittenDateSchema), { description: 'Calendar dates written in prose, in order, with the weekday after them and the words around them that date-check needs.' }),
    tables: Type.Array(Type.Ref(TableSchema), { description: 'Tables (Markdown, or text rows with |), their cells and the verdicts on their 合计/总计 rows.' }),
    skipped: Type.Array(range, { description: 'Spans that are not prose (code, HTML, URLs, tables): no metric or check looks inside.' }),
    directives: Type.Array(
      Type.Object(
        {
          kind: Type.Union([Type.Literal('disable'), Type.Literal('enable'), Type.Literal('disable-next-line'), Type.Literal('disable-line')]),
          rules: Type.Array(Type.String(), { description: 'Rule ids; empty means all rules.' }),
          range,
        },
        { additionalProperties: false },
      ),
      { description: 'Inline <!-- huibao-disable … --> comments.' },
    ),
    problems: Type.Array(Type.Ref(ProblemSchema)),
  },
  { $id: 'ReportOutline', additionalProperties: false },
);
export type ReportOutline = Static<typeof ReportOutlineSchema>;
export type Directive = ReportOutline['directives'][number];

/** Every schema the outline refers to, in the order they are written to the schema file. */
export const outlineDefinitions = [
  PositionSchema,
  RangeSchema,
  EncodingSchema,
  SourceInfoSchema,
  TextSpanSchema,
  MarkerStyleSchema,
  SectionSchema,
  ParagraphSchema,
  SentenceSchema,
  EnumerationItemSchema,
  EnumerationSchema,
  SloganSchema,
  ApproxSchema,
  MetricRoleSchema,
  MetricSchema,
  PlaceholderKindSchema,
  PlaceholderSchema,
  RelationPartSchema,
  RelationFormSchema,
  RelationVerdictSchema,
  RelationSchema,
  ShareVerdictSchema,
  ShareRelationSchema,
  WrittenDateSchema,
  ChangeFigureSchema,
  ChangeRelationSchema,
  IdentityKindSchema,
  IdentityVerdictSchema,
  IdentityTermSchema,
  IdentityRelationSchema,
  TableCellSchema,
  TableRowSchema,
  TableTotalSchema,
  TableChildSchema,
  TableRateSchema,
  TableShareSchema,
  TableSchema,
  ProblemSchema,
] as const;
