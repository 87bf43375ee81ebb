# Shared by run.sh and soak.sh (sourced from the repository's root).

bench="dotnet benchmarks/IntegrityPortal.Benchmarks/bin/Release/net10.0/IntegrityPortal.Benchmarks.dll"

# Builds the benchmark and the portal in Release.
build_release() {
  echo "== build (Release)"
  dotnet build benchmarks/IntegrityPortal.Benchmarks -c Release -v q -nologo
  dotnet build src/IntegrityPortal.Web -c Release -v q -nologo
}

# Builds the national data set at $1 (scale $2) unless a set built by the latest migration is
# there already (BENCH_REBUILD=1 builds it anyway). Writes what it did to the file $3.
ensure_data_set() {
  local db=$1 scale=$2 log=$3 rebuild=${BENCH_REBUILD:-0}
  # A set built before the latest migration is built again: its schema would not be the app's.
  local latest
  latest=$(ls src/IntegrityPortal.Migrations.Sqlite/Migrations | grep -E '^[0-9]{14}_.*\.cs$' | grep -v Designer | sort | tail -1 | sed 's/\.cs$//')
  if [[ -f "$db" ]] && [[ "$(sqlite3 "$db" "SELECT MAX(MigrationId) FROM __EFMigrationsHistory" 2>/dev/null)" != "$latest" ]]; then
    echo "== $db predates the migration $latest: building it again"
    rebuild=1
  fi

  if [[ ! -f "$db" || "$rebuild" == 1 ]]; then
    echo "== national data set: $db (scale $scale)"
    timeout 1800 $bench generate "$db" --scale "$scale" | tee "$log"
  else
    echo "== reusing $db"
    echo "Reused $db" > "$log"
  fi
}

# Starts the portal in Release on 127.0.0.1:$2 over the database $1, logging to $3, with the
# malloc arenas limited as a deployment should (decision 0082; MALLOC_ARENA_MAX set before, even
# empty for glibc's default, is passed on instead); sets $app
# to its process id, stops it when the script exits, and waits until /health answers.
start_portal() {
  local db=$1 port=$2 log=$3
  (
    cd src/IntegrityPortal.Web
    ASPNETCORE_ENVIRONMENT=Development \
    ASPNETCORE_URLS="http://127.0.0.1:$port" \
    MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX-2} \
    ConnectionStrings__Sqlite="Data Source=$db" \
    DemoData__Seed=false \
    TwoFactor__RequiredForNationalAccounts=false \
    RateLimits__RequestsPerUser=100000000 \
    RateLimits__SignInPerAccount=100000 \
    RateLimits__SignInPerAddress=100000 \
    Serilog__MinimumLevel__Default=Warning \
    exec dotnet bin/Release/net10.0/IntegrityPortal.Web.dll
  ) > "$log" 2>&1 &
  app=$!
  trap 'kill $app 2>/dev/null || true' EXIT
  for _ in $(seq 1 300); do
    if curl -fsS "http://127.0.0.1:$port/health" > /dev/null 2>&1; then return 0; fi
    if ! kill -0 $app 2>/dev/null; then cat "$log"; echo "The portal did not start"; exit 1; fi
    sleep 1
  done
}

# Puts the Markdown file $2 into the document $1 between the markers <!-- $3:start --> and
# <!-- $3:end --> (which $2 holds), replacing what was there, or at the end the first time.
write_section() {
  python3 - "$1" "$2" "$3" <<'PY'
import sys
doc, section, name = open(sys.argv[1]).read(), open(sys.argv[2]).read().rstrip("\n"), sys.argv[3]
start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
if start in doc and end in doc:
    doc = doc[:doc.index(start)] + section + doc[doc.index(end) + len(end):]
else:
    doc = doc.rstrip("\n") + "\n\n" + section + "\n"
open(sys.argv[1], "w").write(doc)
PY
}
