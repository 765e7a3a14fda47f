#!/usr/bin/env bash
# Builds (build) or unit-tests (test) the front end for Maven with the system node and npm.
# npm ci runs only when node_modules is missing or older than package-lock.json, and the build or the
# tests only when one of their inputs changed since the last successful run (a hash of the files), so
# that a second ./mvnw costs a second, not half a minute.
#
# Maven runs it in the background (start) beside the Java compiler, so that the two cores share the work: npm ci,
# the build, then the tests (unless skipTests), each with its log and exit code in a folder of target/; await
# build (before the static resources are copied) and await test (in the test phase) wait for that step's end,
# print its log and fail as it failed.
set -euo pipefail
cd "$(dirname "$0")"
mode="${1:-build}"
if [ "$mode" = start ]; then
  state="$2"
  rm -rf "$state" && mkdir -p "$state"
  script="$PWD/build.sh"
  # detached from Maven's output (so that Maven does not wait for it here) and from the terminal
  setsid bash -c '
    if bash "$1" build >"$2/build.log" 2>&1; then echo 0 >"$2/build.rc"; else echo $? >"$2/build.rc"; exit; fi
    if bash "$1" test "$3" >"$2/test.log" 2>&1; then echo 0 >"$2/test.rc"; else echo $? >"$2/test.rc"; fi
  ' frontend "$script" "$state" "${3:-false}" </dev/null >/dev/null 2>&1 &
  echo "frontend: npm ci, build and tests started in the background (logs in $state)"
  exit 0
fi
if [ "$mode" = await ]; then
  step="$2" state="$3"
  if [ "$step" = test ] && [ "${4:-false}" = true ]; then
    echo "frontend: tests skipped (skipTests)"
    exit 0
  fi
  waited=0
  until [ -f "$state/$step.rc" ]; do
    if [ "$step" = test ] && [ -f "$state/build.rc" ] && [ "$(cat "$state/build.rc")" != 0 ]; then
      echo "frontend: no tests, the build failed" >&2
      exit 1
    fi
    if [ ! -d "$state" ] || [ "$waited" -ge 18000 ]; then
      echo "frontend: the background $step did not finish (see $state)" >&2
      exit 1
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  cat "$state/$step.log"
  exit "$(cat "$state/$step.rc")"
fi
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
inputs=$(find src index.html m openapi.json package.json package-lock.json vite.config.ts tsconfig.json scripts \
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
