# The one local base image of compose.offline.yaml (built by scripts/docker-offline.sh, tagged local/s2m-base:1 and
# mcr.microsoft.com/dotnet/aspnet:10.0): a debootstrap'ed Debian 12 with every service's packages and the .NET runtime
# copied from the build machine (the context's dotnet/ folder). No registry is needed, only Debian's mirror.
ARG BASE_IMAGE=local/bookworm-base:1
FROM ${BASE_IMAGE}
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      ffmpeg espeak-ng flite fonts-dejavu-core curl ca-certificates libicu72 openssl \
      mariadb-server mariadb-client redis-server nginx-light nodejs \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb
COPY dotnet /usr/share/dotnet
RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet
