import type { Position, Range } from '../model/outline.js';

/**
 * Maps UTF-16 offsets to 1-based line/column positions. The one place where
 * line and column are derived: every range in the outline comes from here.
 * A line ends at CRLF, LF or a lone CR.
 */
export class LineIndex {
  /** Offset at which each line starts. */
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1] ?? 0;
  }

  /** Offset just past the line's content (before its line break). */
  lineEnd(line: number): number {
    const next = line < this.starts.length ? this.starts[line]! : this.text.length;
    let end = next;
    if (line < this.starts.length) {
      if (this.text.charCodeAt(end - 1) === 10) end--;
      if (this.text.charCodeAt(end - 1) === 13) end--;
    }
    return end;
  }

  /**
   * The parse phases ask for positions in rising order, several times for the
   * same offset (a metric's range and its value's range start together), so
   * the last answer is handed out again and the last line is tried first.
   * Positions are never mutated, so sharing one object between ranges is safe.
   */
  private lastPosition: Position = { line: 1, column: 1, offset: 0 };
  private lastLine = 0;

  position(offset: number): Position {
    const clamped = Math.min(Math.max(offset, 0), this.text.length);
    if (clamped === this.lastPosition.offset) return this.lastPosition;
    const { starts } = this;
    let line = this.lastLine;
    if (!(starts[line]! <= clamped && (line + 1 === starts.length || clamped < starts[line + 1]!))) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid]! <= clamped) low = mid;
        else high = mid - 1;
      }
      line = low;
      this.lastLine = line;
    }
    this.lastPosition = { line: line + 1, column: clamped - starts[line]! + 1, offset: clamped };
    return this.lastPosition;
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  /** Offset of a 1-based line and UTF-16 column (as LSP clients send them), clamped to the text. */
  offsetAt(line: number, column: number): number {
    const start = this.lineStart(line);
    return Math.min(start + Math.max(column - 1, 0), this.lineEnd(line));
  }
}
