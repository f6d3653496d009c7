/**
 * Word's automatic list numbering (ECMA-376 §17.9): a paragraph whose
 * properties (or style) carry `<w:numPr>` is shown with a number Word computes
 * — 一、 （一） 1. （1） — that is not in the paragraph's text. A heading numbered
 * this way must keep its number when Huibao reads the document, or the heading
 * is lost and the next one is reported as a gap.
 *
 * Counters are kept per abstract list (the definition the `w:num` instances
 * share), so two instances of one list continue each other as in Word; a
 * `w:startOverride` restarts its level the first time its instance is used.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { formatListNumber } from './list-numerals.js';
import { childElements, wAttr, wChild, wChildren, wVal } from './xml.js';

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  /** After the number: a tab (Word's default), a space or nothing. */
  suffix: 'tab' | 'space' | 'nothing';
  /** Legal numbering: every level shown as decimal (1.1.1). */
  isLgl: boolean;
  /** The level after whose use this one restarts (0-based); -1: never; undefined: any higher level. */
  restartAfter?: number;
  /** A style tied to this level (`w:pStyle`), so a paragraph of that style is at this level. */
  style?: string;
}

interface ListInstance {
  abstractId: string;
  /** Start values set by `w:lvlOverride/w:startOverride`, applied at the instance's first use. */
  startOverrides: Map<number, number>;
  /** Levels replaced whole by `w:lvlOverride/w:lvl`. */
  levelOverrides: Map<number, Level>;
}

interface StyleNumbering {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

export interface ListLabel {
  /** The number as Word shows it, with its separator: `一、`, `（二）`, `1. `. */
  text: string;
  numId: string;
  level: number;
}

export class ListNumbering {
  private readonly abstractLevels = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, ListInstance>();
  private readonly styles = new Map<string, StyleNumbering>();
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly usedInstances = new Set<string>();

  constructor(numbering: Document | undefined, styles: Document | undefined) {
    if (numbering?.documentElement) this.readNumbering(numbering.documentElement);
    if (styles?.documentElement) this.readStyles(styles.documentElement);
  }

  /**
   * The label of the next paragraph with these properties, advancing the counters; undefined when
   * the paragraph is not numbered (or is a bullet, which Huibao does not read as a number).
   */
  next(pPr: Element | undefined): ListLabel | undefined {
    const target = this.resolve(pPr);
    if (!target) return undefined;
    const { numId, level } = target;
    const instance = this.instances.get(numId);
    if (!instance) return undefined;
    const levels = this.levelsOf(instance);
    const definition = levels.get(level);
    if (!definition) return undefined;
    const counters = this.countersOf(instance.abstractId);
    if (!this.usedInstances.has(numId)) {
      this.usedInstances.add(numId);
      for (const [overridden, start] of instance.startOverrides) counters[overridden] = overridden === level ? start - 1 : undefined;
    }
    counters[level] = counters[level] === undefined ? definition.start : counters[level]! + 1;
    for (let deeper = level + 1; deeper < 9; deeper++) {
      const restartAfter = levels.get(deeper)?.restartAfter;
      if (restartAfter === undefined || (restartAfter >= 0 && level <= restartAfter)) counters[deeper] = undefined;
    }
    if (definition.numFmt === 'bullet') return undefined;
    const text = definition.lvlText.replace(/%([1-9])/g, (_, digit: string) => {
      const shown = Number(digit) - 1;
      const shownLevel = levels.get(shown);
      const value = counters[shown] ?? shownLevel?.start ?? 1;
      const numFmt = definition.isLgl && shown < level ? 'decimal' : (shownLevel?.numFmt ?? 'decimal');
      return formatListNumber(value, numFmt);
    });
    if (text.trim().length === 0) return undefined;
    return { text: text + separator(text, definition.suffix), numId, level };
  }

  private resolve(pPr: Element | undefined): { numId: string; level: number } | undefined {
    const direct = wChild(pPr, 'numPr');
    const style = wVal(pPr, 'pStyle');
    const fromStyle = style ? this.styleNumbering(style) : undefined;
    const numId = (direct ? wVal(direct, 'numId') : undefined) ?? fromStyle?.numId;
    // numId 0 switches numbering off (a paragraph taken out of its style's list).
    if (numId === undefined || numId === '0') return undefined;
    const ilvl = direct ? wVal(direct, 'ilvl') : undefined;
    let level = ilvl !== undefined ? Number(ilvl) : fromStyle?.ilvl;
    if (level === undefined && style) level = this.levelOfStyle(numId, style);
    return { numId, level: Number.isInteger(level) && level! >= 0 && level! < 9 ? level! : 0 };
  }

  /** A style's numbering, through its `w:basedOn` chain (bounded: a cycle in a broken file ends it). */
  private styleNumbering(styleId: string): { numId?: string; ilvl?: number } | undefined {
    let numId: string | undefined;
    let ilvl: number | undefined;
    let id: string | undefined = styleId;
    for (let depth = 0; id && depth < 20; depth++) {
      const style = this.styles.get(id);
      if (!style) break;
      numId ??= style.numId;
      ilvl ??= style.ilvl;
      id = style.basedOn;
    }
    return numId === undefined && ilvl === undefined ? undefined : { ...(numId !== undefined ? { numId } : {}), ...(ilvl !== undefined ? { ilvl } : {}) };
  }

  private levelOfStyle(numId: string, style: string): number | undefined {
    const instance = this.instances.get(numId);
    if (!instance) return undefined;
    for (const [level, definition] of this.levelsOf(instance)) if (definition.style === style) return level;
    return undefined;
  }

  private levelsOf(instance: ListInstance): Map<number, Level> {
    const base = this.abstractLevels.get(instance.abstractId) ?? new Map<number, Level>();
    if (instance.levelOverrides.size === 0) return base;
    return new Map([...base, ...instance.levelOverrides]);
  }

  private countersOf(abstractId: string): Array<number | undefined> {
    let counters = this.counters.get(abstractId);
    if (!counters) {
      counters = new Array<number | undefined>(9).fill(undefined);
      this.counters.set(abstractId, counters);
    }
    return counters;
  }

  private readNumbering(root: Element): void {
    for (const abstract of wChildren(root, 'abstractNum')) {
      const id = wAttr(abstract, 'abstractNumId');
      if (id === undefined) continue;
      const levels = new Map<number, Level>();
      for (const lvl of wChildren(abstract, 'lvl')) {
        const level = Number(wAttr(lvl, 'ilvl'));
        if (Number.isInteger(level)) levels.set(level, readLevel(lvl));
      }
      this.abstractLevels.set(id, levels);
    }
    for (const num of wChildren(root, 'num')) {
      const numId = wAttr(num, 'numId');
      const abstractId = wVal(num, 'abstractNumId');
      if (numId === undefined || abstractId === undefined) continue;
      const instance: ListInstance = { abstractId, startOverrides: new Map(), levelOverrides: new Map() };
      for (const override of wChildren(num, 'lvlOverride')) {
        const level = Number(wAttr(override, 'ilvl'));
        if (!Number.isInteger(level)) continue;
        const start = wVal(override, 'startOverride');
        if (start !== undefined && Number.isFinite(Number(start))) instance.startOverrides.set(level, Number(start));
        const lvl = wChild(override, 'lvl');
        if (lvl) instance.levelOverrides.set(level, readLevel(lvl));
      }
      this.instances.set(numId, instance);
    }
  }

  private readStyles(root: Element): void {
    for (const style of childElements(root)) {
      if (style.localName !== 'style' || wAttr(style, 'type') !== 'paragraph') continue;
      const id = wAttr(style, 'styleId');
      if (id === undefined) continue;
      const numPr = wChild(wChild(style, 'pPr'), 'numPr');
      const numId = numPr ? wVal(numPr, 'numId') : undefined;
      const ilvl = numPr ? wVal(numPr, 'ilvl') : undefined;
      const basedOn = wVal(style, 'basedOn');
      this.styles.set(id, {
        ...(numId !== undefined ? { numId } : {}),
        ...(ilvl !== undefined && Number.isInteger(Number(ilvl)) ? { ilvl: Number(ilvl) } : {}),
        ...(basedOn !== undefined ? { basedOn } : {}),
      });
    }
  }
}

function readLevel(lvl: Element): Level {
  const start = Number(wVal(lvl, 'start') ?? '0');
  const suffix = wVal(lvl, 'suff');
  const restart = wVal(lvl, 'lvlRestart');
  const style = wVal(lvl, 'pStyle');
  const legal = wChild(lvl, 'isLgl');
  return {
    start: Number.isFinite(start) ? start : 0,
    numFmt: wVal(lvl, 'numFmt') ?? 'decimal',
    lvlText: wVal(lvl, 'lvlText') ?? '',
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
    isLgl: legal !== undefined && !['0', 'false'].includes(wAttr(legal, 'val') ?? 'true'),
    // lvlRestart is 1-based (restart after level N); 0 means never restart.
    ...(restart !== undefined && Number.isInteger(Number(restart)) ? { restartAfter: Number(restart) - 1 } : {}),
    ...(style !== undefined ? { style } : {}),
  };
}

/**
 * What stands between the number and the text in Huibao's reading. A Chinese
 * number ends in its own mark (一、 （一）) and is written straight on; after
 * `1.` a space keeps `1.5月份` from reading as a decimal.
 */
function separator(text: string, suffix: Level['suffix']): string {
  if (/[、）)．]$/u.test(text)) return '';
  return suffix === 'nothing' && !/[.\d]$/.test(text) ? '' : ' ';
}
