# One image for `serve` (the API and web UI) and `worker`: docker run IMAGE worker.
# Base images are build arguments defaulting to the official ones. Without a registry (compose.offline.yaml,
# scripts/docker-offline.sh), SDK_IMAGE and NODE_IMAGE name an image that already holds /app and /src/web/dist made on
# the build machine, and those stages find their work done; RUNTIME_IMAGE is a local Debian image tagged with the
# official name. Legacy builder compatible (no BuildKit syntax).
ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS web
WORKDIR /src/web
COPY web/package.json web/package-lock.json ./
RUN test -f dist/index.html || npm ci --no-audit --no-fund --loglevel=error
COPY web/ ./
RUN test -f dist/index.html || npm run build

FROM ${SDK_IMAGE} AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ScriptToMovie.slnx ./
COPY src/ src/
RUN test -f /app/ScriptToMovie.App.dll || dotnet publish src/ScriptToMovie.App/ScriptToMovie.App.csproj -c Release -r linux-x64 --self-contained false -o /app -nologo -p:UseAppHost=false

FROM ${RUNTIME_IMAGE}
# The media tools every step starts (ffmpeg, espeak-ng, flite) and the caption font; curl for the health check.
# (A base that has them already, like the offline one, skips the download.)
RUN command -v ffmpeg >/dev/null && command -v espeak-ng >/dev/null && command -v flite >/dev/null && command -v curl >/dev/null \
 || (apt-get update \
     && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ffmpeg espeak-ng flite fonts-dejavu-core curl ca-certificates \
     && rm -rf /var/lib/apt/lists/*)
RUN useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin s2m && mkdir -p /data && chown s2m /data
COPY --from=build /app /app
COPY --from=web /src/web/dist /app/web
# Production unless told otherwise: the start is refused until the configuration is fit for it (docs/deployment.md).
ENV ASPNETCORE_ENVIRONMENT=Production DATA_DIR=/data WEB_DIST=/app/web DOTNET_CLI_TELEMETRY_OPTOUT=1
USER s2m
WORKDIR /data
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 CMD curl -fsS http://127.0.0.1:8000/readyz || exit 1
ENTRYPOINT ["dotnet", "/app/ScriptToMovie.App.dll"]
CMD ["serve", "--urls", "http://0.0.0.0:8000"]
