#!/usr/bin/env bash
# Copies the CJK font of the PDF reports (Noto Sans SC Regular with TrueType outlines, SIL Open Font License 1.1,
# from the npm package @expo-google-fonts/noto-sans-sc pinned in package-lock.json) and its licence into <folder>
# (the jar's fonts/). npm ci runs only when node_modules is missing or older than the lock file.
#   install.sh <folder>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$1"
package="$here/node_modules/@expo-google-fonts/noto-sans-sc"
font="$package/400Regular/NotoSansSC_400Regular.ttf"
cd "$here"
if ! cmp -s package-lock.json node_modules/.installed-lock 2>/dev/null || [ ! -f "$font" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "pdf-font: npm is missing; install node and npm (the PDF reports need the font it brings)" >&2
    exit 1
  fi
  npm ci --no-audit --no-fund --prefer-offline --loglevel=error
  cp package-lock.json node_modules/.installed-lock
fi
mkdir -p "$out"
if ! cmp -s "$font" "$out/NotoSansSC-Regular.ttf" 2>/dev/null; then
  cp "$font" "$out/NotoSansSC-Regular.ttf"
  cp "$package/LICENSE_FONT" "$out/NotoSansSC-LICENSE.txt"
fi
