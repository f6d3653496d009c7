import type { Locale, LocalizedText, MessageData } from './rule.js';

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
const UI_PLACEHOLDER = /\{(\w{1,20})\}/g;

/**
 * The locale's text of a UI string (the CLI's and language server's own
 * messages), with `{name}` filled from data; a name without data stays as
 * written. Rule messages use formatMessage's stricter `{{name}}` instead.
 */
export function localizeText(text: LocalizedText, locale: Locale, data: MessageData = {}): string {
  const template = locale === 'en' ? text.en : text.zh;
  return template.replace(UI_PLACEHOLDER, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/**
 * Fills `{{name}}` from data. A placeholder without data is a bug in the rule,
 * so it throws (the engine reports it); rule tests catch it before release.
 */
export function formatMessage(text: LocalizedText, locale: Locale, data: MessageData = {}): string {
  const parts = compiled(locale === 'en' ? text.en : text.zh);
  if (parts.length === 1) return parts[0]!;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = data[name];
    if (value === undefined) throw new Error(`message placeholder {{${name}}} has no data`);
    out += String(value) + parts[i + 1]!;
  }
  return out;
}

/**
 * A template split once into literal text and placeholder names, alternating
 * (literal, name, literal, …): the engine formats one message per diagnostic,
 * thousands per report, from a few dozen templates.
 */
const compiledTemplates = new Map<string, string[]>();

function compiled(template: string): string[] {
  let parts = compiledTemplates.get(template);
  if (!parts) {
    parts = [];
    let last = 0;
    for (const m of template.matchAll(PLACEHOLDER)) {
      parts.push(template.slice(last, m.index), m[1]!);
      last = m.index + m[0].length;
    }
    parts.push(template.slice(last));
    compiledTemplates.set(template, parts);
  }
  return parts;
}

export function placeholdersOf(text: LocalizedText): string[] {
  const names = new Set<string>();
  for (const template of [text.zh, text.en]) for (const m of template.matchAll(PLACEHOLDER)) names.add(m[1]!);
  return [...names];
}
