/** What every formatter is given besides the run. */
import type { LintRun, Locale } from '@huibao/core';

export interface FormatContext {
  locale: Locale;
  /** Colours only on a TTY, never with --no-color or NO_COLOR. */
  color: boolean;
  /** The working folder: SARIF's %SRCROOT%. */
  cwd: string;
}

export type Formatter = (run: LintRun, context: FormatContext) => string;
