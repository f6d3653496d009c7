/**
 * A usage or configuration error: printed as one line, exit code 2, no stack.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Exit codes, as ESLint and markdownlint-cli2 use them. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
