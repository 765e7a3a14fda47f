#!/usr/bin/env bash
# Lints an OpenAPI description with Redocly CLI's recommended rules, the
# version pinned in package-lock.json. Installs it (npm ci) only when
# node_modules is missing or older than the lock file, so that a second
# build does not reinstall. Run by Maven's verify phase on
# target/openapi.json, which OpenApiDescriptionTests writes.
#   lint.sh install <folder>  runs that npm ci in the background (Maven starts it early, beside the compiler),
#                             with its log and exit code in <folder>; the lint waits for it then.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ "${1:-}" = install ]; then
  rm -rf "$2" && mkdir -p "$2"
  (cd "$here" && setsid bash -c '
    if cmp -s package-lock.json node_modules/.installed-lock 2>/dev/null; then echo 0 >"$1/install.rc"; exit; fi
    if npm ci --no-audit --no-fund --prefer-offline --loglevel=error >"$1/install.log" 2>&1; then
      cp package-lock.json node_modules/.installed-lock; echo 0 >"$1/install.rc"
    else echo $? >"$1/install.rc"; fi' openapi-lint "$2" </dev/null >/dev/null 2>&1 &)
  echo "openapi-lint: npm ci started in the background (log in $2)"
  exit 0
fi
if [ -n "${2:-}" ] && [ -d "$2" ]; then
  waited=0
  until [ -f "$2/install.rc" ] || [ "$waited" -ge 18000 ]; do
    sleep 0.1
    waited=$((waited + 1))
  done
  [ -f "$2/install.log" ] && cat "$2/install.log"
fi
if [ ! -f "$1" ]; then
  echo "openapi-lint: $1 is missing; OpenApiDescriptionTests writes it (./mvnw verify runs it)" >&2
  exit 1
fi
description="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
cd "$here"
if ! cmp -s package-lock.json node_modules/.installed-lock 2>/dev/null; then
  npm ci --no-audit --no-fund --prefer-offline --loglevel=error
  cp package-lock.json node_modules/.installed-lock
fi
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
exec node_modules/.bin/redocly lint "$description" --extends recommended --format stylish
