#!/usr/bin/env bash
# Build the standalone app: dist/samla/ (Linux, Windows under Git Bash) or dist/Samla.app (macOS).
#
#     bash build_spec/build.sh
#
# Uses a build virtual environment (default .venv-build at the top of the project; set
# SAMLA_BUILD_VENV to reuse another, e.g. the test venv in CI), installs the app and
# PyInstaller into it, runs PyInstaller on build_spec/samla.spec and prints the bundle size.
# SAMLA_BUILD_LEAN=0 builds without the module exclusions (for comparison).
set -euo pipefail
cd "$(dirname "$0")/.."

VENV="${SAMLA_BUILD_VENV:-.venv-build}"
PYTHON="${PYTHON:-python3}"
start=$(date +%s)

if [ ! -x "$VENV/bin/python" ] && [ ! -x "$VENV/Scripts/python.exe" ]; then
  echo "build: creating $VENV"
  "$PYTHON" -m venv "$VENV"
fi
if [ -x "$VENV/bin/python" ]; then VPY="$VENV/bin/python"; else VPY="$VENV/Scripts/python.exe"; fi

"$VPY" -m pip install --quiet --disable-pip-version-check -e . "pyinstaller>=6.10,<7"

rm -rf dist/samla dist/Samla.app
"$VPY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller build_spec/samla.spec

if [ -d dist/Samla.app ]; then bundle=dist/Samla.app; else bundle=dist/samla; fi
end=$(date +%s)
size=$(du -sh "$bundle" | cut -f1)
files=$(find "$bundle" -type f | wc -l)
echo "build: $bundle: $size in $files files, built in $((end - start)) s"
