#!/usr/bin/env bash
# Kept for old instructions: the smoke test is an app command now (src/ScriptToMovie.App/Cli/SmokeCheck.cs).
#   ./s2m smoke https://staging.example.com [--ca-cert proxy.pem] [--timeout 600]
exec "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/s2m" smoke "$@"
