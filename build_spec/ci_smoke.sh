#!/usr/bin/env bash
# CI step: build the standalone app and smoke-test the frozen executable.
#
#     bash build_spec/ci_smoke.sh
#
# On Debian/Ubuntu as root it first installs what the bundle must carry (the X11/xcb
# libraries Qt's xcb platform plugin links against: PyInstaller bundles them only if the
# build machine has them) and what the smoke test uses (Xvfb, pdftotext). Set
# SAMLA_BUILD_VENV=.venv to build from an existing venv that already has the app installed.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)

XCB_LIBS="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0"
TOOLS="xvfb poppler-utils"
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  # shellcheck disable=SC2086
  if ! dpkg -s $XCB_LIBS $TOOLS >/dev/null 2>&1; then
    apt-get update -qq || true
    # shellcheck disable=SC2086
    apt-get install -y -qq $XCB_LIBS $TOOLS >/dev/null || true
  fi
fi

bash build_spec/build.sh
built=$(date +%s)
bash build_spec/smoke.sh
end=$(date +%s)
echo "ci_smoke: build $((built - start)) s, smoke $((end - built)) s, total $((end - start)) s"
