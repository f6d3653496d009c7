/**
 * Whether a document looks like a Chinese work report, for tools that meet
 * documents they were not pointed at (the editor under `huibao.enable: auto`,
 * a folder run): an English README should not be linted as a report.
 */
import { isHan, isSpaceCode } from '../text/char-codes.js';
import { matchSectionMarker } from './markers.js';

export interface ReportSignals {
  /** A Huibao config file (.huibaorc.json, huibao.config.json, package.json "huibao") governs the document's folder. */
  configFound?: boolean;
}

/** Only the start of a document is read: the decision stays cheap on every keystroke of a huge one. */
export const REPORT_SAMPLE_CHARS = 100_000;

/**
 * True when the document is mostly Han text (at least as many Han characters
 * as Latin letters), when a line starts with a first- or second-level section
 * marker (一、 （一）, after any Markdown `#`), or when a config file governs
 * it. Empty text is no report unless a config says so.
 */
export function looksLikeReport(text: string, signals: ReportSignals = {}): boolean {
  if (signals.configFound === true) return true;
  const end = Math.min(text.length, REPORT_SAMPLE_CHARS);
  let han = 0;
  let latin = 0;
  let lineStart = true;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (lineStart && startsWithChineseMarker(text, i, end)) return true;
    if (code === 10 || code === 13) {
      lineStart = true;
      continue;
    }
    lineStart = false;
    if (isHan(code)) han++;
    else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
  }
  return han > 0 && han >= latin;
}

const HASH = 35;

/** 一、 or （一） at `at`, past leading blanks and Markdown heading marks. */
function startsWithChineseMarker(text: string, at: number, end: number): boolean {
  let i = at;
  while (i < end && (text.charCodeAt(i) === HASH || (isSpaceCode(text.charCodeAt(i)) && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13))) i++;
  const marker = matchSectionMarker(text, i, end);
  return marker !== null && marker.level <= 2;
}
