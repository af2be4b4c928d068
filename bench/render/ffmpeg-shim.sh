#!/usr/bin/env bash
# Stands in for ffmpeg during the render benchmark (FFMPEG_PATH points here): records each invocation's
# arguments (NUL-separated, so they can be re-run exactly) and its start/end time, then runs the real ffmpeg.
# Costs one bash start per call, a few milliseconds.
set -u
id="$(date +%s%N)-$$"
printf '%s\0' "$@" > "$S2M_FFMPEG_LOG/$id.args"
start=$(date +%s.%N)
"$S2M_REAL_FFMPEG" "$@"
rc=$?
echo "$start $(date +%s.%N) $rc" > "$S2M_FFMPEG_LOG/$id.time"
exit $rc
