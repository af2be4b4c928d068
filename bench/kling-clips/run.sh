#!/usr/bin/env bash
# Clips against the fake Kling with a fixed task latency: `render --video kling` of a 6-scene script at
# VIDEO_CONCURRENCY=2, timing the clips step against ceil(N / concurrency) x latency + the last fit.
# Usage: bench/kling-clips/run.sh [--latency 10] [--scenes 6] [--concurrency 2]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dotnet build "$root/src/ScriptToMovie.App/ScriptToMovie.App.csproj" -c Release -v q --nologo -clp:ErrorsOnly >/dev/null
dotnet build "$here/KlingClipsBench.csproj" -c Release -v q --nologo -clp:ErrorsOnly >/dev/null
dotnet "$here/bin/Release/net10.0/KlingClipsBench.dll" "$root/src/ScriptToMovie.App/bin/Release/net10.0/ScriptToMovie.App.dll" "$@"
