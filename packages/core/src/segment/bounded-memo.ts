/**
 * The last answers of a costly function of a short text, by text. Reports
 * repeat their short clauses (比上年增长, 其中, 同比增长): a quarter to two
 * fifths of the clauses before figures in one real report were seen before
 * in it, half of them in a batch of bulletins, and nearly all when the
 * language server parses the document again after a keystroke. Bounded: the
 * oldest half is dropped when full. Answers are shared, so callers must not
 * change what they get.
 */
export class BoundedMemo<T> {
  private readonly answers = new Map<string, T>();

  constructor(
    private readonly limit: number,
    /** Longer texts seldom repeat and their answers are big: they are never kept. */
    private readonly maxText: number,
  ) {}

  /** The remembered answer, if any. */
  peek(text: string): T | undefined {
    return text.length > this.maxText ? undefined : this.answers.get(text);
  }

  /** Remembers an answer (a text too long to keep is not). */
  put(text: string, answer: T): void {
    if (text.length > this.maxText) return;
    if (this.answers.size >= this.limit) this.dropOldestHalf();
    this.answers.set(text, answer);
  }

  get size(): number {
    return this.answers.size;
  }

  clear(): void {
    this.answers.clear();
  }

  private dropOldestHalf(): void {
    let toDrop = this.answers.size >> 1;
    for (const key of this.answers.keys()) {
      if (toDrop-- <= 0) break;
      this.answers.delete(key);
    }
  }
}
