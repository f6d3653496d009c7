/**
 * Text tables that line up in a terminal with Chinese in them: a CJK character
 * takes two columns (East Asian width), which string-width knows.
 */
import stringWidth from 'string-width';

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(width - stringWidth(text), 0));
}

/** The display width of each column: the widest cell in it. */
export function columnWidths(rows: readonly (readonly string[])[], caps: readonly number[] = []): number[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.min(Math.max(widths[i] ?? 0, stringWidth(cell)), caps[i] ?? Infinity)));
  return widths;
}

/**
 * Each row's cells padded to their column's width, then painted (colour codes
 * go on after padding, so they never count as width). The last cell is not padded.
 */
export function alignRows(
  rows: readonly (readonly string[])[],
  paint: (cell: string, column: number, row: number) => string = (cell) => cell,
  /** Widest a column is padded to: one long message must not push every rule id off screen. */
  caps: readonly number[] = [],
): string[] {
  const widths = columnWidths(rows, caps);
  return rows.map((row, r) =>
    row
      .map((cell, i) => paint(i === row.length - 1 ? cell : padEnd(cell, widths[i]!), i, r))
      .join('  ')
      .trimEnd(),
  );
}
