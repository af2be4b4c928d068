#!/usr/bin/env bash
# Parser benchmark: our reader against fountain-js 1.2.4 on the largest scripts in ../shared/screenplays.
# Installs fountain-js into bench/parser/node_modules (ignored by git). Takes about a minute.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
screenplays="${1:-$repo/../shared/screenplays}"
cd "$here"
if [ ! -f node_modules/fountain-js/package.json ]; then
  npm install --no-audit --no-fund --no-save --prefix "$here" fountain-js@1.2.4 >/dev/null
fi
dotnet build -c Release -v q --nologo ParserBench.csproj >/dev/null
cp fountain-js-bench.mjs bin/Release/net10.0/
FOUNTAIN_JS_DIR="$here" dotnet bin/Release/net10.0/ParserBench.dll "$screenplays"
