import type { RuleContext } from '../rule.js';

/** The messages of duplicate-sentence, which its helpers report with. */
export type DuplicateMessageId = 'sentence' | 'nearSentence' | 'passage' | 'first';
export type DuplicateContext = RuleContext<DuplicateMessageId>;
