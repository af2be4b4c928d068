#!/usr/bin/env bash
# Runs every test: .NET (SQLite and MariaDB), the web UI's Vitest suite and end-to-end in Chromium.
# Installs what is missing, starts MariaDB and Redis privately, stops them by PID, and ends with
# one line "N passed, N failed". Exits non-zero on any failure.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
RESULTS="$ROOT/artifacts/test-results"
rm -rf "$RESULTS"; mkdir -p "$RESULTS"

"$ROOT/scripts/install-deps.sh" || { echo "0 passed, 1 failed"; exit 1; }
eval "$("$ROOT/scripts/services.sh" start)"
# The staging rehearsal's Docker daemon and debootstrap'ed base images are mostly downloading: they are made in the
# background while everything else builds and runs; the rehearsal (tests/ScriptToMovie.Staging.Tests) waits for them
# and stops the daemon when it is done. Stopping it here too covers a run that never got that far.
"$ROOT/scripts/docker-offline.sh" base > "$RESULTS/docker-base.log" 2>&1 &
DOCKER_PREP=$!
trap '"$ROOT/scripts/services.sh" stop; wait $DOCKER_PREP 2>/dev/null; "$ROOT/scripts/docker-offline.sh" daemon-stop 2>/dev/null' EXIT

# The screenplays and parser fixtures the tests read live in shared/ beside the repository, not in it (several have
# unclear licences; see shared/screenplays/LICENSES.md). S2M_SHARED_DIR says where it is when it is elsewhere.
if [ -z "${S2M_SHARED_DIR:-}" ]; then
  d="$ROOT"
  while [ "$d" != "/" ]; do
    if [ -d "$d/shared/parser-fixtures" ]; then export S2M_SHARED_DIR="$d/shared"; break; fi
    d="$(dirname "$d")"
  done
fi
[ -n "${S2M_SHARED_DIR:-}" ] || echo "test data: no shared/ (screenplays, parser-fixtures) above $ROOT; set S2M_SHARED_DIR, or the tests that read it fail" >&2

# Every test deadline is multiplied by S2M_TEST_TIME_SCALE (tests/Shared/TestTime.cs). Unset, it follows the machine's
# load: 1 while the 1-minute load average is at most the number of cores, else ceil(load / cores), at most 10.
if [ -z "${S2M_TEST_TIME_SCALE:-}" ]; then
  S2M_TEST_TIME_SCALE=$(awk -v avg="$(cut -d' ' -f1 /proc/loadavg)" -v cores="$(nproc)" \
    'BEGIN { s = avg / cores; c = int(s); if (c < s) c++; if (c < 1) c = 1; if (c > 10) c = 10; print c }')
  export S2M_TEST_TIME_SCALE
  echo "test time scale: $S2M_TEST_TIME_SCALE (1-minute load $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores; set S2M_TEST_TIME_SCALE to choose)"
else
  if ! awk -v v="$S2M_TEST_TIME_SCALE" 'BEGIN { exit !(v ~ /^ *[0-9]*\.?[0-9]+ *$/ && v + 0 > 0) }'; then
    echo "S2M_TEST_TIME_SCALE is \"$S2M_TEST_TIME_SCALE\", but it must be a positive number such as 1 or 2.5: it multiplies every deadline the tests wait for." >&2
    echo "0 passed, 1 failed"; exit 1
  fi
  export S2M_TEST_TIME_SCALE
  echo "test time scale: $S2M_TEST_TIME_SCALE (from S2M_TEST_TIME_SCALE)"
fi

status=0
passed=0
failed=0

# The web UI first: the app's end-to-end tests serve its build.
if [ -f web/package.json ]; then
  (cd web && { [ -d node_modules ] && [ ! package-lock.json -nt node_modules/.stamp ] || { npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.stamp; }; }) || status=1
  (cd web && npm run build --silent) || status=1
  # The generated API types must match the committed OpenAPI document (a .NET test checks the document itself).
  (cd web && npm run --silent check:api) || status=1
  (cd web && npm run --silent lint) || status=1
fi

dotnet build ScriptToMovie.slnx -c Release -nologo -v quiet -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }

for proj in tests/*/*.Tests.csproj; do
  name=$(basename "$proj" .csproj)
  dotnet test "$proj" -c Release --no-build --nologo -v quiet \
    --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" -- RunConfiguration.TreatNoTestsAsError=false || status=1
done
# The same API tests again on MariaDB: one switch, not a copy of the suite.
S2M_TEST_DB=mysql dotnet test tests/ScriptToMovie.App.Tests/ScriptToMovie.App.Tests.csproj -c Release --no-build --nologo -v quiet \
  --filter "Category=Api" --logger "trx;LogFileName=ScriptToMovie.App.Tests-mariadb.trx" --results-directory "$RESULTS" || status=1

for trx in "$RESULTS"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p'); f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  e=$(echo "$counters" | sed -n 's/.* error="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0}))
done

if [ -f web/package.json ]; then
  if (cd web && npm run --silent test:ci -- --reporter=default --reporter=json --outputFile="$RESULTS/vitest.json"); then :; else status=1; fi
  if [ -f "$RESULTS/vitest.json" ]; then
    vp=$(grep -o '"numPassedTests":[0-9]*' "$RESULTS/vitest.json" | head -1 | cut -d: -f2)
    vf=$(grep -o '"numFailedTests":[0-9]*' "$RESULTS/vitest.json" | head -1 | cut -d: -f2)
    passed=$((passed + ${vp:-0})); failed=$((failed + ${vf:-0}))
  fi
fi

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
