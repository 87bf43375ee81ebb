#!/usr/bin/env bash
# The report pages over HTTP, one request at a time (docs/performance.md, "What the reports cost"):
# starts the portal (Release) on 127.0.0.1 against the national data set, signs in as the
# inspector, and prints p50 / p95 / max in ms for each report page.
#   BENCH_DB     the national data set (default /tmp/integrity-national.db; benchmarks/run.sh builds it)
#   WARM         requests per page before timing (default 40: the JIT has then optimised the page's code)
#   N            timed requests per page (default 40)
#   BENCH_PORT   port on 127.0.0.1 (default 5098)
set -euo pipefail
cd "$(dirname "$0")/.."
db=${BENCH_DB:-/tmp/integrity-national.db}
warm=${WARM:-40}
n=${N:-40}
base=http://127.0.0.1:${BENCH_PORT:-5098}
[[ -f "$db" ]] || { echo "No data set at $db: run benchmarks/run.sh first" >&2; exit 1; }
dotnet build src/IntegrityPortal.Web -c Release -v q -nologo >/dev/null

ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS=$base ConnectionStrings__Sqlite="Data Source=$db" \
DemoData__Seed=false TwoFactor__RequiredForNationalAccounts=false RateLimits__RequestsPerUser=100000000 \
Serilog__MinimumLevel__Default=Warning dotnet src/IntegrityPortal.Web/bin/Release/net10.0/IntegrityPortal.Web.dll >/dev/null 2>&1 &
app=$!
jar=$(mktemp)
trap 'kill $app 2>/dev/null; rm -f "$jar"' EXIT
for _ in $(seq 1 120); do curl -fsS $base/health >/dev/null 2>&1 && break; sleep 1; done

token=$(curl -s -c "$jar" -b "$jar" $base/Account/SignIn | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" -X POST $base/Account/SignIn --data-urlencode "Input.UserName=inspector" \
  --data-urlencode "Input.Password=integrity-demo-2026" --data-urlencode "__RequestVerificationToken=$token"

today=$(date -u +%F); from=$(date -u -d "10 years ago" +%F)
echo "$(date -u '+%d %B %Y %H:%M') UTC, load average $(cut -d' ' -f1-3 /proc/loadavg), $warm warm-ups, $n timed requests per page"
for url in "/Reports/cumbria/Progress?from=$from&to=$today" /Reports/cumbria/Dashboard /Reports/cumbria/Board \
           "/Reports/metropolitan/Progress?from=$from&to=$today" /Reports/metropolitan/Dashboard "/Reports/National?from=$from&to=$today"; do
  for _ in $(seq 1 "$warm"); do curl -s -o /dev/null -b "$jar" "$base$url"; done
  times=$(for _ in $(seq 1 "$n"); do curl -s -o /dev/null -w "%{http_code} %{time_total}\n" -b "$jar" "$base$url"; done)
  codes=$(echo "$times" | awk '{print $1}' | sort -u | tr '\n' ' ')
  echo "$times" | awk '{print $2*1000}' | sort -n | awk -v u="$url" -v c="$codes" \
    '{a[NR]=$1} END {i=int(NR*0.95+0.5); if (i<1) i=1; printf "%s  status %s p50 %.0f  p95 %.0f  max %.0f\n", u, c, a[int(NR/2)+1], a[i], a[NR]}'
done
