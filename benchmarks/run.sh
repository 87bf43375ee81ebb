#!/usr/bin/env bash
# The performance benchmark in one command (docs/performance.md):
#   benchmarks/run.sh            full run: 30 s per page, 32 connections, 16 writers
#   BENCH_SECONDS=3 benchmarks/run.sh    a quick run while developing
# It builds (or reuses) the national data set, times EF against raw SQL and the procurement
# cross-check's matcher (on its own labelled synthetic set), starts the portal in
# Release on 127.0.0.1 against a copy of the set, drives it over HTTP, stops it, and writes the
# results between the markers in docs/performance.md. Settings (environment):
#   BENCH_DB          the national data set file (default /tmp/integrity-national.db), built if missing
#   BENCH_REBUILD=1   build it again even if it exists
#   BENCH_SCALE       share of the real force sizes (default 1: about 9 million rows)
#   BENCH_SECONDS     seconds per page and for the writers (default 30)
#   BENCH_CONNECTIONS concurrent loops per page (default 32)
#   BENCH_WRITERS     concurrent writers (default 16)
#   BENCH_PORT        port on 127.0.0.1 (default 5099)
#   BENCH_LABEL       words put before the table's heading, e.g. "Quick run (3 s per page)"
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
db=${BENCH_DB:-/tmp/integrity-national.db}
seconds=${BENCH_SECONDS:-30}
connections=${BENCH_CONNECTIONS:-32}
writers=${BENCH_WRITERS:-16}
port=${BENCH_PORT:-5099}
scale=${BENCH_SCALE:-1}
work="${db%.db}.run.db"
out=$(mktemp -d)

source benchmarks/portal.sh
build_release

ensure_data_set "$db" "$scale" "$out/generate.txt"

# Every run starts from the same rows: the load run's writes and audit events go to a copy.
rm -f "$work" "$work-wal" "$work-shm"
cp "$db" "$work"

echo "== EF against raw SQL"
timeout 900 $bench queries "$work" --out "$out/queries.md"

echo "== the cross-check's matcher (labelled synthetic set, half, full and double size)"
timeout 1800 $bench match "$out/matcher.md"

echo "== portal on http://127.0.0.1:$port"
start_portal "$work" "$port" "$out/app.log"

echo "== load ($seconds s per page, $connections connections, $writers writers)"
BENCH_APP_PID=$app timeout $((seconds * 60 + 900)) $bench load "http://127.0.0.1:$port" "$work" "$out/load.md" \
  --seconds "$seconds" --connections "$connections" --writers "$writers"
kill $app 2>/dev/null || true
wait $app 2>/dev/null || true
trap - EXIT
locked=$(grep -c "database is locked" "$out/app.log" || true)

rows=$(sqlite3 "$db" "SELECT 'people ' || (SELECT COUNT(*) FROM People) || ', gifts and hospitality declarations ' || (SELECT COUNT(*) FROM GiftDeclarations) || ' (versions ' || (SELECT COUNT(*) FROM GiftDeclarationVersion) || ', dated steps ' || (SELECT COUNT(*) FROM GiftDeclarationStatusChange) || '), business interests ' || (SELECT COUNT(*) FROM BusinessInterests) || ' (steps ' || (SELECT COUNT(*) FROM BusinessInterestStep) || '), media contacts ' || (SELECT COUNT(*) FROM MediaContacts) || ', investigations ' || (SELECT COUNT(*) FROM Investigations) || ', audit events ' || (SELECT COUNT(*) FROM AuditEvents) || ', forces ' || (SELECT COUNT(*) FROM Forces)" 2>/dev/null || echo "see the generator")

{
  echo "<!-- benchmark:start -->"
  echo "### ${BENCH_LABEL:-Full run} — $(date -u '+%-d %B %Y, %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GB memory, $(uname -sr), .NET $(dotnet --version), SQLite file on local disk. Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (other processes were running on the same cores if it is above the core count)."
  echo
  echo "Data set: $rows. $(tail -1 "$out/generate.txt")."
  echo
  echo "#### EF against raw SQL (the register's queries, in process, median of 21 after a warm-up)"
  echo
  cat "$out/queries.md"
  echo
  echo "#### The procurement cross-check's matcher (in process)"
  echo
  cat "$out/matcher.md"
  echo
  echo "#### Pages over HTTP"
  echo
  cat "$out/load.md"
  echo
  echo "\"database is locked\" in the app's log during the run: $locked."
  echo "<!-- benchmark:end -->"
} > "$out/section.md"

write_section "$root/docs/performance.md" "$out/section.md" benchmark
cat "$out/section.md"
echo "== written to docs/performance.md (logs in $out)"
