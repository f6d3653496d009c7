// The environment for a package manager started from inside a pnpm script. pnpm
// exports its own settings as npm_* variables (npm_config_user_agent names pnpm,
// npm_config_* carries pnpm-only keys) plus PNPM_* and INIT_CWD. An npm started
// with them believes pnpm is installing: code-server's postinstall then refuses to
// run ("Could not determine which package manager…") and npm rolls the install
// back, and npm warns of every pnpm key it does not know.
/** `env` without what pnpm set for its script: the tool sees the machine's own settings. */
export function ownEnv(env = process.env) {
  const own = {};
  for (const [name, value] of Object.entries(env)) {
    if (/^(npm_|pnpm_)/i.test(name) || name === 'INIT_CWD') continue;
    own[name] = value;
  }
  return own;
}
