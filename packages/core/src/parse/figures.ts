import type { ParseContext } from './context.js';

/** Metrics and placeholders. (Being written: see the figures work item.) */
export function extractFigures(_ctx: ParseContext): void {}
