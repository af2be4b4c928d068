#!/usr/bin/env bash
# Installs the Debian packages the app and its tests use, only those missing. Safe to run twice.
set -euo pipefail
# docker.io, debootstrap and docker-compose: the staging rehearsal (scripts/docker-offline.sh, compose.offline.yaml).
PKGS=(ffmpeg espeak-ng flite fonts-dejavu-core poppler-utils sox sqlite3 jq curl mariadb-server mariadb-client redis-server chromium docker.io debootstrap docker-compose)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "[s2m] installing: ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
# The S3-compatible server the storage tests use (npm is the one registry with such a server for this machine).
S3DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tools/s3rver"
if [ ! -f "$S3DIR/node_modules/s3rver/bin/s3rver.js" ] || [ "$S3DIR/package-lock.json" -nt "$S3DIR/node_modules/.package-lock.json" ]; then
  (cd "$S3DIR" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
