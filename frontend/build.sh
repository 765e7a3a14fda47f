#!/usr/bin/env bash
# Builds (build) or unit-tests (test) the front end for Maven with the system node and npm.
# npm ci runs only when node_modules is missing or older than package-lock.json, and the build or the
# tests only when one of their inputs changed since the last successful run (a hash of the files), so
# that a second ./mvnw costs a second, not half a minute.
set -euo pipefail
cd "$(dirname "$0")"
mode="${1:-build}"
if [ "$mode" = test ] && [ "${2:-false}" = true ]; then
  echo "frontend: tests skipped (skipTests)"
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "frontend: npm is missing; install node 20.19+ and npm, or build the back end alone with -Dfrontend.skip" >&2
  exit 1
fi
if ! cmp -s package-lock.json node_modules/.installed-lock 2>/dev/null; then
  started=$(date +%s)
  npm ci --no-audit --no-fund --prefer-offline --loglevel=error
  cp package-lock.json node_modules/.installed-lock
  echo "frontend: npm ci took $(( $(date +%s) - started )) s"
fi
inputs=$(find src index.html m openapi.json package.json package-lock.json vite.config.ts tsconfig.json \
  -type f ! -name schema.d.ts -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
case "$mode" in
  build) stamp=dist/.inputs ;;
  test) stamp=node_modules/.tested-inputs ;;
  *) echo "usage: build.sh build|test [skipTests]" >&2; exit 2 ;;
esac
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$inputs" ]; then
  echo "frontend: $mode is up to date"
  exit 0
fi
started=$(date +%s)
npm run --silent "$mode"
echo "$inputs" > "$stamp"
echo "frontend: npm run $mode took $(( $(date +%s) - started )) s"
