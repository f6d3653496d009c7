/**
 * A whole whose own name lists its members: 门诊和住院诊疗人次合计120万人次，其中门诊…，住院…;
 * 县、乡、村三级医疗卫生机构1200个，其中县级…，乡级…，村级…. When the parts after 其中 are
 * those members, every one (in any order), the text itself says the list is
 * complete, so the parts must add up to the whole. Even if the members overlap (签约和落地项目),
 * the whole is their union, which is never more than their sum: parts that fall short
 * of it are a slip either way.
 */
import type { Enumeration } from '../model/outline.js';
import { MEMBER_JOINS } from '../text/lexicon.js';

/**
 * Whether the part names are the members the whole's name joins (门诊和住院诊疗人次 for 门诊, 住院),
 * or the items of the list announced before the whole (县、乡、村三级 for 县级, 乡级, 村级), in order.
 * A shared ending of the part names (门诊诊疗人次, 住院诊疗人次) is the whole's head, not the member.
 */
export function namesAnnouncedMembers(partNames: readonly string[], whole: string, announced: Enumeration | null, itemText: (index: number) => string): boolean {
  if (partNames.length < 2 || partNames.some((name) => name === '')) return false;
  // Most wholes announce nothing: no list before them and no join word in their name.
  if (announced ? announced.items.length !== partNames.length : !MEMBER_JOINS.some((word) => whole.includes(word))) return false;
  const members = withoutSharedEnding(partNames);
  if (members.some((name) => name === '')) return false;
  if (announced) return members.every((member, k) => member.startsWith(itemText(k)));
  return joinedIn(whole, members);
}

/** The names without the ending all of them share (门诊诊疗人次, 住院诊疗人次 → 门诊, 住院). */
function withoutSharedEnding(names: readonly string[]): string[] {
  const shared = commonSuffix(names).length;
  return names.map((name) => name.slice(0, name.length - shared));
}

/** The longest ending every name shares (一般贸易进出口, 加工贸易进出口 → 贸易进出口). */
export function commonSuffix(names: readonly string[]): string {
  if (names.length === 0) return '';
  let suffix = names[0]!;
  for (const name of names.slice(1)) {
    let k = 0;
    while (k < suffix.length && k < name.length && suffix[suffix.length - 1 - k] === name[name.length - 1 - k]) k++;
    suffix = suffix.slice(suffix.length - k);
  }
  return suffix;
}

/**
 * `members` written in `whole` one after another, in any order (住院和门诊 names 门诊 and 住院 too),
 * each once and each joined to the next by one word of MEMBER_JOINS.
 */
function joinedIn(whole: string, members: readonly string[]): boolean {
  const left = [...members];
  const firsts = left.map((member) => whole.indexOf(member)).filter((at) => at >= 0);
  if (firsts.length === 0) return false;
  let at = Math.min(...firsts);
  for (let joined = 0; left.length > 0; joined++) {
    if (joined > 0) {
      const join = MEMBER_JOINS.find((word) => whole.startsWith(word, at));
      if (join === undefined) return false;
      at += join.length;
    }
    // The longest member written here: 城镇 and 城镇居民 both start 城镇居民….
    const here = left.filter((member) => whole.startsWith(member, at)).sort((a, b) => b.length - a.length)[0];
    if (here === undefined) return false;
    left.splice(left.indexOf(here), 1);
    at += here.length;
  }
  return true;
}
