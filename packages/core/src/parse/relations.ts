import type { ParseContext } from './context.js';

/** Total/part relations. (Being written: see the figures work item.) */
export function findRelations(_ctx: ParseContext): void {}
