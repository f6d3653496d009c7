// Preloaded (node --require) into every process the bench times: writes the
// process's peak RSS in KiB to $HUIBAO_BENCH_RSS_FILE when it exits, so every
// tool is measured the same way whatever it prints.
const { writeFileSync } = require('node:fs');

const out = process.env.HUIBAO_BENCH_RSS_FILE;
if (out) {
  process.on('exit', () => {
    try {
      writeFileSync(out, String(process.resourceUsage().maxRSS));
    } catch {
      // The measurement is lost, not the run.
    }
  });
}
