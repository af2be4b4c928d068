#!/usr/bin/env bash
# Checks any deployment end to end: ./scripts/smoke.sh https://staging.example.com
# Registers a throwaway user, creates a one-scene project, runs the whole pipeline, downloads the movie (through
# the media route, which may redirect to a presigned S3 URL), checks it with ffprobe when present, deletes the project.
# Prints one PASS/FAIL line per check; exits 1 on the first failure. Needs curl and python3.
# SMOKE_TIMEOUT_SECONDS (default 600) bounds the wait for the movie.
set -uo pipefail
BASE="${1:?usage: scripts/smoke.sh URL}"
BASE="${BASE%/}"
TIMEOUT="${SMOKE_TIMEOUT_SECONDS:-600}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
JAR="$WORK/cookies"
EMAIL="smoke-$(date +%s)-$RANDOM@example.com"
PASSWORD="smoke-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"

pass() { echo "PASS $1"; }
fail() { echo "FAIL $1"; [ -s "$WORK/body" ] && echo "     $(head -c 400 "$WORK/body")"; exit 1; }
# api METHOD PATH [JSON]: the response body goes to $WORK/body, the status code to stdout.
api() {
  local args=(-s -o "$WORK/body" -w '%{http_code}' -b "$JAR" -c "$JAR" -X "$1" "$BASE$2")
  [ $# -ge 3 ] && args+=(-H 'Content-Type: application/json' --data "$3")
  curl "${args[@]}"
}
field() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval("d"+sys.argv[2]))' "$WORK/body" "$1"; }

[ "$(curl -s -o "$WORK/body" -w '%{http_code}' "$BASE/readyz")" = 200 ] && pass "ready: $(cat "$WORK/body")" || fail "GET /readyz"
[ "$(api POST /api/auth/register "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"name\":\"Smoke Test\"}")" -lt 300 ] && pass "register $EMAIL" || fail "register"
[ "$(api POST /api/auth/login "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}")" = 200 ] && pass "sign in" || fail "sign in"

SCRIPT='FADE IN:\n\nINT. COFFEE SHOP - MORNING\n\nALICE sits alone at a table.\n\nALICE\nI have been waiting for hours.\n\nBOB enters, out of breath.\n\nBOB\nSorry I am late. Traffic was terrible.\n\nFADE OUT.'
[ "$(api POST /api/projects "{\"title\":\"Smoke test\",\"scriptContent\":\"$SCRIPT\"}")" -lt 300 ] || fail "create project"
ID="$(field "['id']")"
pass "create project $ID"
# Whatever happens next, the throwaway project goes.
trap 'api DELETE "/api/projects/$ID" >/dev/null; rm -rf "$WORK"' EXIT

[ "$(api POST "/api/workflow/$ID/start" '{"maxCostUsd": 0}')" = 202 ] && pass "start the pipeline" || fail "start the pipeline"

deadline=$(( $(date +%s) + TIMEOUT ))
while :; do
  if [ "$(api GET "/api/projects/$ID/movie")" = 200 ] && [ "$(field "['status']")" = completed ]; then break; fi
  if [ "$(api GET "/api/workflow/$ID/status")" = 200 ]; then
    status="$(field "['status']")"
    case "$status" in failed|cancelled) fail "pipeline $status: $(field "['message']")";; esac
  fi
  [ "$(date +%s)" -lt "$deadline" ] || fail "no movie within $TIMEOUT s"
  sleep 3
done
api GET "/api/projects/$ID/movie" >/dev/null
URL="$(field "['movieUrl']")"
pass "movie made: $URL"

# -L follows the media route's redirect to a presigned URL; the cookie only goes to our own host.
code="$(curl -s -L -o "$WORK/movie.mp4" -w '%{http_code}' -b "$JAR" "$BASE$URL")"
[ "$code" = 200 ] && [ -s "$WORK/movie.mp4" ] && pass "movie downloads ($(stat -c %s "$WORK/movie.mp4") bytes)" || fail "download the movie (HTTP $code)"
code="$(curl -s -L -o /dev/null -w '%{http_code}' -r 0-99 -b "$JAR" "$BASE$URL")"
[ "$code" = 206 ] && pass "movie seeks (byte range answered 206)" || fail "byte range on the movie (HTTP $code)"
if command -v ffprobe >/dev/null; then
  length="$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$WORK/movie.mp4")" && pass "movie plays: ${length}s" || fail "ffprobe cannot read the movie"
fi

[ "$(api DELETE "/api/projects/$ID")" -lt 300 ] && pass "delete the project" || fail "delete the project"
trap 'rm -rf "$WORK"' EXIT
echo "smoke test of $BASE passed"
