/**
 * Units and multipliers (src/data/units.json plus the config's extra units),
 * matched by the longest entry that starts at an offset: 个百分点 before 个,
 * 千瓦时 before 千瓦, 人次 before 人.
 */
import type { UnitEntry } from '../model/config.js';
import type { UnitsFile } from '../model/wordlists.js';
import unitsFile from '../data/units.json' with { type: 'json' };

const builtin = unitsFile as UnitsFile;

export interface UnitMatch {
  unit: string;
  dimension: string;
  factor: number;
  end: number;
}

export interface MultiplierMatch {
  prefix: string;
  factor: number;
  end: number;
}

/** Longest-match tables; every lookup reads at most `maxLength` characters. */
export class UnitTable {
  private readonly units = new Map<string, UnitEntry>();
  private readonly multipliers = new Map<string, number>();
  private maxUnit = 1;
  private maxMultiplier = 1;

  constructor(extra: readonly UnitEntry[] = []) {
    for (const entry of [...builtin.units, ...extra]) {
      this.units.set(entry.unit, entry);
      this.maxUnit = Math.max(this.maxUnit, entry.unit.length);
    }
    for (const entry of builtin.multipliers) {
      this.multipliers.set(entry.prefix, entry.factor);
      this.maxMultiplier = Math.max(this.maxMultiplier, entry.prefix.length);
    }
  }

  unitAt(text: string, at: number): UnitMatch | null {
    for (let length = Math.min(this.maxUnit, text.length - at); length > 0; length--) {
      const unit = text.slice(at, at + length);
      const entry = this.units.get(unit);
      if (!entry) continue;
      // m, km, M: only a whole Latin word is a unit (5G, PM2.5 are not figures).
      if (isLatin(unit.charCodeAt(unit.length - 1)) && isLatin(text.charCodeAt(at + length))) continue;
      return { unit, dimension: entry.dimension ?? unit, factor: entry.factor ?? 1, end: at + length };
    }
    return null;
  }

  multiplierAt(text: string, at: number): MultiplierMatch | null {
    for (let length = Math.min(this.maxMultiplier, text.length - at); length > 0; length--) {
      const prefix = text.slice(at, at + length);
      const factor = this.multipliers.get(prefix);
      if (factor !== undefined) return { prefix, factor, end: at + length };
    }
    return null;
  }
}

export function isLatin(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
