#!/usr/bin/env bash
# API benchmark, one run against one server on loopback: /healthz against the authenticated status read
# (GET /api/workflow/{id}/status) and the event stream's fan-out (100 listeners on one project). Builds the app in
# Release, starts `serve --no-worker` on a free port over a fresh data directory, and prints a Markdown table.
# Usage: bench/api/run.sh [--seconds 10] [--clients 16] [--listeners 100] [--changes 20]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dotnet build "$root/src/ScriptToMovie.App/ScriptToMovie.App.csproj" -c Release -v q --nologo -clp:ErrorsOnly >/dev/null
dotnet build "$here/ApiBench.csproj" -c Release -v q --nologo -clp:ErrorsOnly >/dev/null
dotnet "$here/bin/Release/net10.0/ApiBench.dll" "$root/src/ScriptToMovie.App/bin/Release/net10.0/ScriptToMovie.App.dll" "$@"
