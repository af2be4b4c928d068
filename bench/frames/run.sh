#!/usr/bin/env bash
# Storyboard frame benchmark: CPU ms per 1280x720 frame (mean, p50, p95, max) over 96 fixed scenes (every place
# at every time of day), painted in-process. Takes about half a minute; prints a Markdown table.
# Usage: bench/frames/run.sh [--rounds N] [--write DIR]   (--write saves the frames as PNGs, to diff a refactor)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
dotnet build -c Release -v q --nologo -clp:ErrorsOnly FramesBench.csproj >/dev/null
dotnet bin/Release/net10.0/FramesBench.dll "$@"
