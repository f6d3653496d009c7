/**
 * Splits that statistics treats as complete (figure-words.json `partitions`):
 * 城镇/乡村, 第一/二/三产业, 税收收入/非税收入… A list of parts that names
 * every member of one split, each once, is exhaustive: it must add up.
 *
 * A part is matched to a member by the longest word of the split that its
 * name holds, so 非税收入 is the member 非税收入, never 税收收入, and 非公有
 * is never 公有.
 */
import type { Partition } from '../model/wordlists.js';
import { figureWords } from './figure-words.js';

const PARTITIONS: readonly Partition[] = figureWords.partitions;

/** The member of `partition` that `name` names, or -1. */
export function memberOf(partition: Partition, name: string): number {
  let best = -1;
  let bestLength = 0;
  partition.members.forEach((words, index) => {
    for (const word of words) {
      if (word.length > bestLength && name.includes(word)) {
        best = index;
        bestLength = word.length;
      }
    }
  });
  return best;
}

/** The word of `partition` that `name` holds (the longest), or null. */
function wordIn(partition: Partition, name: string): string | null {
  let best: string | null = null;
  for (const words of partition.members) for (const word of words) if (name.includes(word) && word.length > (best?.length ?? 0)) best = word;
  return best;
}

/**
 * The members the names take in `partition`, or null when one names none of
 * them, two name the same, or the names differ in more than the member
 * (城镇新增就业 and 农村劳动力转移就业 count different things).
 */
function membersTaken(partition: Partition, names: readonly string[]): Set<number> | null {
  const taken = new Set<number>();
  const rests: string[] = [];
  for (const name of names) {
    const member = memberOf(partition, name);
    if (member < 0 || taken.has(member)) return null;
    taken.add(member);
    rests.push(name.replace(wordIn(partition, name)!, ''));
  }
  for (let j = 0; j < rests.length; j++) for (let k = j + 1; k < rests.length; k++) if (!sameThing(rests[j]!, rests[k]!)) return null;
  return taken;
}

/**
 * What two names count once their members are taken out: the same thing when
 * one rest begins or ends the other (用电量 / 用电, 产值 / 农林牧渔产值) or
 * either is empty (公办 / 民办).
 */
function sameThing(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) || long.endsWith(short);
}

/** Whether `name` is one more part beside the members of `partition` (开发区 beside 市本级 and 县区). */
export function rivals(partition: Partition, name: string): boolean {
  return partition.rivals?.some((word) => name.includes(word)) ?? false;
}

/** The split of the total named `whole` whose every member the names take, each once (城镇…，乡村…), or null. */
export function completedPartition(names: readonly string[], whole: string): Partition | null {
  // 社会消费品零售总额 split into 限额以上 parts: the parts count a narrower population than the total.
  if (!sameQualifiers(names, whole)) return null;
  for (const partition of PARTITIONS) {
    if (names.length !== partition.members.length) continue;
    if (partition.notWith?.some((word) => whole.includes(word))) continue;
    if (partition.population && !partition.population.some((word) => whole.includes(word))) continue;
    if (names.some((name) => rivals(partition, name))) continue;
    if (membersTaken(partition, names)?.size === partition.members.length) return partition;
  }
  return null;
}

/** Qualifiers that narrow what a figure counts: 限额以上单位 are some of the 单位, 规模以上工业 some of the industry. */
const QUALIFIERS = ['限额以上', '限额以下', '限上', '规模以上', '规模以下', '规上'];

/**
 * No part carries a qualifier the total lacks. Parts inherit the total's (规模以上工业企业
 *营业收入…，其中采矿业…，制造业… count 规模以上 firms without saying so again).
 */
function sameQualifiers(names: readonly string[], whole: string): boolean {
  return names.every((name) => QUALIFIERS.every((q) => !name.includes(q) || whole.includes(q)));
}

/** The names so far are distinct members of a split and `name` is another of its members (第三产业 after 第一、第二产业). */
export function continuesPartition(names: readonly string[], name: string): boolean {
  if (names.length === 0) return false;
  return PARTITIONS.some((partition) => {
    // A name that names no member of the split adds none: checked first, it spares reading the other names.
    if (memberOf(partition, name) < 0) return false;
    const taken = membersTaken(partition, names);
    return taken !== null && (membersTaken(partition, [...names, name])?.size ?? 0) > taken.size;
  });
}
