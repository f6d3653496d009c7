import { NO_OPTIONS, defineRule } from '../rule.js';
import { findConfusables } from '../confusables.js';

/**
 * Slips common in official documents (截止目前 → 截至目前, 其它 → 其他, 布署 →
 * 部署…), each from the dictionary with its context condition, right form,
 * reason and norm. Built-in entries live in src/data/confusables.json; the
 * config's `confusables` add more. Sentences are scanned one by one, so a
 * condition never reaches across a sentence.
 */
export default defineRule({
  meta: {
    id: 'confusable',
    name: { zh: '易混词', en: 'Confusable word' },
    category: '用词',
    severity: 'warning',
    description: { zh: '公文中易混、易错的词语（截止/截至、其它/其他、布署/部署…）', en: 'Words often confused in official documents (截止/截至, 其它/其他, 布署/部署…)' },
    basis: '《现代汉语词典》第7版、《通用规范汉字表》（2013）等，每个词条注明出处',
    fixable: true,
    hasSuggestions: true,
    recommended: true,
    schema: NO_OPTIONS,
    messages: {
      confusable: { zh: '“{{wrong}}”应为“{{right}}”：{{reason}}（{{basis}}）', en: '“{{wrong}}” should be “{{right}}”: {{reasonEn}} ({{basis}})' },
      replace: { zh: '改为“{{right}}”', en: 'Change to “{{right}}”' },
    },
  },
  check(context) {
    const { settings, outline } = context;
    if (settings.confusables.length === 0) return;
    for (const sentence of outline.sentences) {
      const base = sentence.range.start.offset;
      for (const hit of findConfusables(sentence.text, settings.confusables)) {
        const start = base + hit.start;
        const end = base + hit.end;
        if (context.isSkipped(start, end)) continue;
        const { entry } = hit;
        context.report({
          messageId: 'confusable',
          data: { wrong: entry.wrong, right: entry.right, reason: entry.reason, reasonEn: entry.reasonEn ?? entry.reason, basis: entry.basis },
          span: { start, end },
          fixes: [{ messageId: 'replace', data: { right: entry.right }, edits: [{ span: { start, end }, newText: entry.right }], safe: entry.safe }],
          details: { wrong: entry.wrong, right: entry.right, basis: entry.basis },
        });
      }
    }
  },
});
