#!/usr/bin/env bash
# Render benchmark: ./s2m render of The Last Birthday Card (48 scenes) at 1280x720 under /usr/bin/time -v,
# then the floor: the same clip encodes, with the pipeline's own ffmpeg argument lists (recorded by
# ffmpeg-shim.sh) re-run one after another on the frames and voices the render left in its data directory.
# Usage: bench/render/run.sh [SCREENPLAY]   (takes several minutes; prints a Markdown summary at the end)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
script="${1:-$repo/../shared/screenplays/The-Last-Birthday-Card.fountain}"
work="$(mktemp -d /tmp/s2m-bench-render-XXXX)"
app="$work/app"
log="$work/ffmpeg-calls"
mkdir -p "$log" "$work/floor"

echo "building the app (Release) into $app" >&2
dotnet build "$repo/src/ScriptToMovie.App/ScriptToMovie.App.csproj" -c Release -o "$app" -nologo -v quiet -clp:ErrorsOnly >&2

real_ffmpeg="$(command -v ffmpeg)"
mkdir -p "$work/bin"
cp "$here/ffmpeg-shim.sh" "$work/bin/ffmpeg"
ln -s "$(command -v ffprobe)" "$work/bin/ffprobe"   # MediaTools looks for ffprobe beside FFMPEG_PATH

# Total memory of the whole process tree (dotnet + every ffmpeg/espeak it starts), sampled twice a second;
# /usr/bin/time's "Maximum resident set size" is the largest single process only.
sample_tree_rss() {
  local root=$1 peak=0 now app_pid hwm app_peak=0
  while kill -0 "$root" 2>/dev/null; do
    app_pid=$(pgrep -P "$root" dotnet | head -1 || true)
    hwm=$( [ -n "$app_pid" ] && awk '/VmHWM/ { print $2 }' "/proc/$app_pid/status" 2>/dev/null || true)
    [ -n "$hwm" ] && [ "$hwm" -gt "$app_peak" ] && app_peak=$hwm
    now=$(ps -eo pid=,ppid=,rss= | awk -v root="$root" '
      { parent[$1]=$2; rss[$1]=$3 }
      END { for (p in parent) { q=p; while (q != "" && q != 0 && q != 1) { if (q == root) { sum += rss[p]; break } q=parent[q] } } print sum+0 }')
    [ "$now" -gt "$peak" ] && peak=$now
    sleep 0.5
  done
  echo "$peak" > "$work/tree-peak-kb"
  echo "$app_peak" > "$work/app-peak-kb"
}

echo "rendering $(basename "$script") (load before: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
cd "$work"
set +e
env -u DATABASE_URL -u MOCK_VIDEO -u VIDEO_PROVIDER -u BURN_SUBTITLES \
  FFMPEG_PATH="$work/bin/ffmpeg" S2M_FFMPEG_LOG="$log" S2M_REAL_FFMPEG="$real_ffmpeg" \
  /usr/bin/time -v -o "$work/time.txt" dotnet "$app/ScriptToMovie.App.dll" render "$script" -o "$work/movie.mp4" \
  --aspect 16:9 --video animatic --data "$work/data" > "$work/render.log" 2> "$work/render.err" &
timer=$!
sample_tree_rss "$timer" &
sampler=$!
wait "$timer"; rc=$?
wait "$sampler"
set -e
tail -1 "$work/render.log" >&2
[ "$rc" -eq 0 ] || { echo "render failed ($rc):" >&2; cat "$work/render.err" >&2; exit 1; }

wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n=split($2,t,":"); s=0; for (i=1;i<=n;i++) s=s*60+t[i]; print s }' "$work/time.txt")
maxrss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
tree_kb=$(cat "$work/tree-peak-kb")
app_kb=$(cat "$work/app-peak-kb")
# CPU seconds (user + system, ffmpeg and espeak included): far less disturbed than wall time when other
# work shares the machine, so the pipeline/floor ratio is given both ways.
cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$work/time.txt")
movie_s=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$work/movie.mp4")

# Seconds the pipeline spent in ffmpeg, by job (the output file's name says which).
declare -A spent=() count=()
clips=()
for t in "$log"/*.time; do
  base="${t%.time}"
  mapfile -d '' args < "$base.args"
  out="$(basename "${args[-1]}")"
  case "$out" in
    s2m-clip-*) kind=clip; clips+=("$base.args") ;;
    movie.mp4|movie-captioned.mp4) kind=assembly ;;
    *trailer*) kind=trailer ;;
    *) kind="other: ${out%%[-.]*}" ;;
  esac
  read -r s e _ < "$t"
  spent[$kind]=$(awk -v a="${spent[$kind]:-0}" -v s="$s" -v e="$e" 'BEGIN { printf "%.3f", a + e - s }')
  count[$kind]=$(( ${count[$kind]:-0} + 1 ))
done

# Step times from the plain progress lines ("[  12.3s] clips      running ...").
step_time() {
  awk -v step="$1" '$3 == step { gsub(/[\[\]s]/, "", $2); if (first == "") first = $2; last = $2 } END { printf "%.1f", last - first }' \
    <(sed 's/^\[ */[ /' "$work/render.log")
}

echo "floor: re-running ${#clips[@]} clip encodes one at a time" >&2
run_floor() {
  local i=0 a
  for a in "${clips[@]}"; do
    mapfile -d '' args < "$a"
    args[-1]="$work/floor/clip-$((i++)).mp4"
    "$real_ffmpeg" "${args[@]}" > /dev/null 2> "$work/floor/last.err" || { cat "$work/floor/last.err" >&2; return 1; }
  done
}
TIMEFORMAT='%R %U %S'
{ time run_floor; } 2> "$work/floor.times"
read -r floor floor_user floor_sys < <(tail -n 1 "$work/floor.times")
floor_cpu=$(awk -v u="$floor_user" -v s="$floor_sys" 'BEGIN { printf "%.1f", u + s }')

assemble=$(step_time assemble)
{
  echo "| figure | value |"
  echo "|---|---|"
  echo "| screenplay | $(basename "$script"), $(grep -c '"sceneId"' "$work/movie.json") scenes, 1280×720 |"
  printf '| movie length | %.1f s |\n' "$movie_s"
  printf '| wall time (render, whole pipeline) | %.1f s |\n' "$wall"
  awk -v m="$movie_s" -v w="$wall" 'BEGIN { printf "| realtime factor (movie s per wall s) | %.2fx |\n", m / w }'
  printf '| peak memory, the app process alone (VmHWM) | %d MB |\n' $(( app_kb / 1024 ))
  printf '| peak memory, largest single process incl. ffmpeg (max RSS) | %d MB |\n' $(( maxrss_kb / 1024 ))
  printf '| peak memory, whole process tree (sampled) | %d MB |\n' $(( tree_kb / 1024 ))
  echo "| floor: the ${#clips[@]} clip encodes re-run one at a time, wall | $floor s |"
  echo "| floor, CPU time (user + system) | $floor_cpu s |"
  echo "| pipeline, CPU time (user + system, all processes) | $cpu s |"
  awk -v w="$wall" -v f="$floor" 'BEGIN { printf "| pipeline / floor, wall time | %.2f× |\n", w / f }'
  awk -v w="$cpu" -v f="$floor_cpu" 'BEGIN { printf "| pipeline / floor, CPU time | %.2f× |\n", w / f }'
  awk -v a="$assemble" -v w="$wall" 'BEGIN { printf "| assemble step | %.1f s (%.1f%% of the total) |\n", a, 100 * a / w }'
  for step in parse trailer storyboard prompts voices clips; do echo "| $step step | $(step_time $step) s |"; done
  for k in "${!spent[@]}"; do echo "| ffmpeg time in $k jobs (${count[$k]} calls, summed) | ${spent[$k]} s |"; done
  echo "| load average during the run (1/5/15 min, at the end) | $(cut -d' ' -f1-3 /proc/loadavg) |"
} | tee "$work/summary.md"
echo "work files kept in $work" >&2
