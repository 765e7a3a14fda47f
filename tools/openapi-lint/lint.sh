#!/usr/bin/env bash
# Lints an OpenAPI description with Redocly CLI's recommended rules, the
# version pinned in package-lock.json. Installs it (npm ci) only when
# node_modules is missing or older than the lock file, so that a second
# build does not reinstall. Run by Maven's verify phase on
# target/openapi.json, which OpenApiDescriptionTests writes.
set -euo pipefail
if [ ! -f "$1" ]; then
  echo "openapi-lint: $1 is missing; OpenApiDescriptionTests writes it (./mvnw verify runs it)" >&2
  exit 1
fi
here="$(cd "$(dirname "$0")" && pwd)"
description="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
cd "$here"
if ! cmp -s package-lock.json node_modules/.installed-lock 2>/dev/null; then
  npm ci --no-audit --no-fund --prefer-offline --loglevel=error
  cp package-lock.json node_modules/.installed-lock
fi
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
exec node_modules/.bin/redocly lint "$description" --extends recommended --format stylish
