#!/usr/bin/env bash
# Docker without a registry, for the staging rehearsal and for air-gapped self-hosters (docs/deploy/self-host.md).
#   scripts/docker-offline.sh daemon-start   start a private dockerd (prints: export DOCKER_HOST=…); reuses a running one
#   scripts/docker-offline.sh base           daemon-start, then the Debian base images (debootstrap; once, kept in S2M_DOCKER_ROOT)
#   scripts/docker-offline.sh prebuilt       the app published and the web UI built on this machine, as an image
#   scripts/docker-offline.sh images         base, then prebuilt (what compose.offline.yaml needs)
#   scripts/docker-offline.sh daemon-stop    stop that dockerd by its PID (its containers stop with it)
# The private daemon keeps its own socket, data root and exec root, so it never meets another Docker on the machine.
# S2M_DOCKER_ROOT (default /var/lib/s2m-docker) holds its images between runs; delete it for a truly fresh start.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DROOT="${S2M_DOCKER_ROOT:-/var/lib/s2m-docker}"
RUNDIR="${S2M_DOCKER_RUN:-/run/s2m-docker}"
SOCK="unix://$RUNDIR/docker.sock"
PIDFILE="$RUNDIR/dockerd.pid"
# Debian's client matches Debian's daemon (a newer client elsewhere on PATH also works, but keep to one pair).
DOCKER=/usr/bin/docker; [ -x "$DOCKER" ] || DOCKER=docker
BASE_TAG=local/bookworm-base:1
RUNTIME_TAG=local/s2m-base:1
PREBUILT_TAG=local/s2m-prebuilt:1
log() { printf '[docker-offline] %s\n' "$*" >&2; }
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"

install_packages() {
  local missing=()
  for p in docker.io debootstrap docker-compose; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    $SUDO apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  fi
}

daemon_alive() { [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }

daemon_start() {
  install_packages
  $SUDO mkdir -p "$DROOT" "$RUNDIR"
  if ! daemon_alive; then
    log "starting dockerd (data root $DROOT)"
    # setsid: the daemon outlives this script (the test stops it by PID); its log stays beside its data.
    $SUDO setsid dockerd --data-root "$DROOT/data" --exec-root "$RUNDIR/exec" --pidfile "$PIDFILE" -H "$SOCK" \
      >"$DROOT/dockerd.log" 2>&1 < /dev/null &
    for _ in $(seq 1 150); do
      DOCKER_HOST="$SOCK" "$DOCKER" info >/dev/null 2>&1 && break
      sleep 0.2
    done
    DOCKER_HOST="$SOCK" "$DOCKER" info >/dev/null 2>&1 || { tail -20 "$DROOT/dockerd.log" >&2; log "dockerd did not answer"; exit 1; }
  fi
  echo "export DOCKER_HOST=$SOCK"
}

daemon_stop() {
  daemon_alive || { log "no private dockerd running"; return 0; }
  local pid; pid="$(cat "$PIDFILE")"
  log "stopping dockerd $pid"
  $SUDO kill "$pid"
  for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  if kill -0 "$pid" 2>/dev/null; then log "dockerd $pid still running after 30 s; killing it"; $SUDO kill -9 "$pid"; fi
  # containerd-shims of killed containers may linger; they hold the exec root, never anything outside it.
  $SUDO rm -f "$PIDFILE"
}

have_image() { DOCKER_HOST="$SOCK" "$DOCKER" image inspect "$1" >/dev/null 2>&1; }

base() {
  daemon_start >/dev/null
  export DOCKER_HOST="$SOCK"
  # Several callers may ask at once (./s2m test prepares this in the background while it builds): one works, the
  # others wait for it and then find the images made.
  exec 9>"$DROOT/base.lock"
  flock 9
  if ! have_image "$BASE_TAG"; then
    local rootfs="$DROOT/rootfs" mirror
    mirror="$(grep -rhoE '(https?://[^ ]*debian)/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null | head -1 | tr -d ' ')"
    mirror="${mirror:-http://deb.debian.org/debian}"
    log "debootstrap bookworm from $mirror"
    $SUDO rm -rf "$rootfs"
    $SUDO debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >"$DROOT/debootstrap.log" 2>&1 \
      || { tail -20 "$DROOT/debootstrap.log" >&2; exit 1; }
    $SUDO rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
    $SUDO tar -C "$rootfs" -c . | "$DOCKER" import --change 'CMD ["/bin/bash"]' - "$BASE_TAG" >/dev/null
    $SUDO rm -rf "$rootfs"
  fi
  if ! have_image "$RUNTIME_TAG"; then
    # One image with every service's Debian packages and this machine's .NET runtime: the app, MariaDB, Redis, nginx
    # and s3rver all start from it, so the packages are fetched once.
    local ctx="$DROOT/runtime-context"
    $SUDO rm -rf "$ctx"; mkdir -p "$ctx/dotnet"
    local dn; dn="$(dirname "$(readlink -f "$(command -v dotnet)")")"
    cp -a "$dn/dotnet" "$dn/host" "$dn/shared" "$ctx/dotnet/"
    cp "$ROOT/deploy/offline/base.Dockerfile" "$ctx/Dockerfile"
    log "building $RUNTIME_TAG (Debian packages + .NET runtime)"
    "$DOCKER" build -q -t "$RUNTIME_TAG" --build-arg BASE_IMAGE="$BASE_TAG" "$ctx" >/dev/null
    rm -rf "$ctx"
  fi
  # The name the Dockerfile's runtime stage expects: the legacy builder uses a local image of that name and pulls nothing.
  "$DOCKER" tag "$RUNTIME_TAG" mcr.microsoft.com/dotnet/aspnet:10.0
  flock -u 9
}

# The app published and the web UI built on this machine, as an image the Dockerfile's build stages start from
# (SDK_IMAGE and NODE_IMAGE in compose.offline.yaml): those stages then find their output made and skip the work.
prebuilt() {
  export DOCKER_HOST="$SOCK"
  local ctx="$ROOT/.build/docker-prebuilt"
  [ -f "$ROOT/web/dist/index.html" ] || (cd "$ROOT/web" && npm run build --silent >&2)
  rm -rf "$ctx"; mkdir -p "$ctx"
  log "publishing the app"
  # --no-build when the Release build is there already (./s2m test has just made it): publishing is then a copy.
  local nobuild=(); [ -f "$ROOT/src/ScriptToMovie.App/bin/Release/net10.0/ScriptToMovie.App.dll" ] && [ "${S2M_PUBLISH_BUILD:-}" != 1 ] && nobuild=(--no-build)
  dotnet publish "$ROOT/src/ScriptToMovie.App/ScriptToMovie.App.csproj" -c Release -o "$ctx/app" -nologo -v quiet \
    -clp:ErrorsOnly -p:UseAppHost=false "${nobuild[@]}" >&2
  # A publish without a runtime identifier carries native libraries for every platform (500 MB); the image runs linux-x64.
  find "$ctx/app/runtimes" -mindepth 1 -maxdepth 1 ! -name linux-x64 ! -name linux ! -name unix -exec rm -rf {} +
  cp -a "$ROOT/web/dist" "$ctx/web-dist"
  printf 'FROM %s\nCOPY app /app\nCOPY web-dist /src/web/dist\n' "$RUNTIME_TAG" > "$ctx/Dockerfile"
  "$DOCKER" build -q -t "$PREBUILT_TAG" "$ctx" >/dev/null
  rm -rf "$ctx"
}

case "${1:-}" in
  daemon-start) daemon_start ;;
  daemon-stop) daemon_stop ;;
  base) base ;;
  prebuilt) daemon_start >/dev/null; prebuilt ;;
  images) base; prebuilt ;;
  *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
