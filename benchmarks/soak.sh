#!/usr/bin/env bash
# The soak (docs/performance.md): mixed load on the portal for a long time, to show whether its
# memory grows. Builds (or reuses) the national data set as run.sh does, starts the portal in
# Release on 127.0.0.1 against a copy of it, runs the load, stops it, and writes the results
# between the soak markers in docs/performance.md. Settings (environment):
#   BENCH_DB, BENCH_REBUILD, BENCH_SCALE, BENCH_PORT   as for run.sh
#   BENCH_MINUTES   minutes of load (default 30)
#   BENCH_READERS   concurrent reader loops (default 16)
#   BENCH_WRITERS   concurrent writers (default 4)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
db=${BENCH_DB:-/tmp/integrity-national.db}
minutes=${BENCH_MINUTES:-30}
readers=${BENCH_READERS:-16}
writers=${BENCH_WRITERS:-4}
port=${BENCH_PORT:-5099}
scale=${BENCH_SCALE:-1}
work="${db%.db}.soak.db"
out=$(mktemp -d)

source benchmarks/portal.sh
build_release

ensure_data_set "$db" "$scale" "$out/generate.txt"
rm -f "$work" "$work-wal" "$work-shm"
cp "$db" "$work"

echo "== portal on http://127.0.0.1:$port"
start_portal "$work" "$port" "$out/app.log"

echo "== soak ($minutes minutes, $readers readers, $writers writers)"
BENCH_APP_PID=$app timeout $((minutes * 60 + 600)) $bench soak "http://127.0.0.1:$port" "$work" "$out/soak.md" \
  --minutes "$minutes" --readers "$readers" --writers "$writers"
kill $app 2>/dev/null || true
wait $app 2>/dev/null || true
trap - EXIT
locked=$(grep -c "database is locked" "$out/app.log" || true)

{
  echo "<!-- soak:start -->"
  echo "### Soak — $(date -u '+%-d %B %Y, %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GB memory, .NET $(dotnet --version). Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). $(tail -1 "$out/generate.txt")."
  echo
  cat "$out/soak.md"
  echo
  echo "\"database is locked\" in the app's log during the soak: $locked."
  echo "<!-- soak:end -->"
} > "$out/section.md"

write_section "$root/docs/performance.md" "$out/section.md" soak
cat "$out/section.md"
echo "== written to docs/performance.md (logs in $out)"
