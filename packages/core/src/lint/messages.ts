import type { Locale, LocalizedText, MessageData } from './rule.js';

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/**
 * Fills `{{name}}` from data. A placeholder without data is a bug in the rule,
 * so it throws (the engine reports it); rule tests catch it before release.
 */
export function formatMessage(text: LocalizedText, locale: Locale, data: MessageData = {}): string {
  const template = locale === 'en' ? text.en : text.zh;
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`message placeholder {{${name}}} has no data`);
    return String(value);
  });
}

export function placeholdersOf(text: LocalizedText): string[] {
  const names = new Set<string>();
  for (const template of [text.zh, text.en]) for (const m of template.matchAll(PLACEHOLDER)) names.add(m[1]!);
  return [...names];
}
