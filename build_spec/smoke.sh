#!/usr/bin/env bash
# Smoke test of the built app: runs the frozen executable the way a user's machine would,
# with a clean environment (no virtual environment, no PYTHONPATH, PATH=/usr/bin:/bin,
# HOME in a scratch folder) and Qt's offscreen platform, from a scratch working folder.
#
#     bash build_spec/smoke.sh [path/to/dist/samla/samla]
#
# Checks, each printed as PASS/FAIL/SKIP:
#   --version       prints "Samla <version of the source tree>"
#   demo            writes the demo series (needs the bundled demo JSON + templates)
#   check           the demo file passes the integrity check
#   export --json   interchange JSON with the demo's title and 145 notes
#   import          that JSON imports into a new file (needs the bundled JSON schema)
#   new             a series with the questions of the default bundled template
#   export --pdf    only if `export --help` offers --pdf: a PDF whose text (pdftotext)
#                   has the demo's title and first question
#   GUI start       a first start on the demo file: first-start dialogs are accepted, the
#                   main window is shown, names the file, and the app quits by itself
#                   (SAMLA_SMOKE_QUIT_MS, workshop_app/smoke.py); offscreen, and on an X
#                   server (Xvfb, Swedish desktop) when Xvfb is installed
# A check is skipped only when the source tree lacks the feature too: once
# workshop_app/gui/app.py exists, or commands/export.py offers --pdf, a bundle without it
# fails. SAMLA_SMOKE_REQUIRE_PDF / SAMLA_SMOKE_REQUIRE_GUI (1 or 0) override that.
# Exit code: 0 if nothing failed, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

APP="${1:-dist/samla/samla}"
case "$APP" in /*) ;; *) APP="$ROOT/$APP" ;; esac
if [ ! -x "$APP" ]; then
  echo "smoke: no executable at $APP: run build_spec/build.sh first" >&2
  exit 1
fi
BUNDLE=$(dirname "$APP")
EXPECTED_VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' workshop_app/__init__.py)
STEP_TIMEOUT="${SAMLA_SMOKE_TIMEOUT:-120}"
if [ -f workshop_app/gui/app.py ]; then gui_default=1; else gui_default=0; fi
if grep -q -- '--pdf' workshop_app/commands/export.py 2>/dev/null; then pdf_default=1; else pdf_default=0; fi
REQUIRE_GUI="${SAMLA_SMOKE_REQUIRE_GUI:-$gui_default}"
REQUIRE_PDF="${SAMLA_SMOKE_REQUIRE_PDF:-$pdf_default}"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/samla-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/home" "$WORK/run"
cd "$WORK/run"

failures=0
pass() { echo "PASS  $1"; }
fail() { echo "FAIL  $1"; failures=$((failures + 1)); }
skip() { echo "SKIP  $1"; }

# Runs the frozen app with nothing of the build environment; output in $out, code in $rc.
app() {
  out=$(timeout "$STEP_TIMEOUT" env -i HOME="$WORK/home" PATH=/usr/bin:/bin \
    QT_QPA_PLATFORM=offscreen ${SMOKE_ENV:-} "$APP" "$@" 2>&1)
  rc=$?
}
show() { printf '%s\n' "$out" | sed 's/^/      | /' | head -20; }

echo "smoke: $APP ($(du -sh "$BUNDLE" | cut -f1) in $BUNDLE)"

app --version
if [ "$rc" -eq 0 ] && [ "$out" = "Samla $EXPECTED_VERSION" ]; then
  pass "--version: $out"
else
  fail "--version (exit $rc, expected 'Samla $EXPECTED_VERSION')"; show
fi

app demo d.workshop
if [ "$rc" -eq 0 ] && [ -s d.workshop ] && grep -q "145 notes" <<<"$out"; then
  pass "demo: $out"
else
  fail "demo (exit $rc)"; show
fi

app check d.workshop
if [ "$rc" -eq 0 ]; then pass "check: $out"; else fail "check (exit $rc)"; show; fi

app export d.workshop --json a.json
title=""
question=""
if [ "$rc" -eq 0 ] && [ -s a.json ]; then
  title=$(grep -m1 -o '"title": "[^"\\]*"' a.json | sed 's/^"title": "//; s/"$//')
  question=$(grep -m1 -o '"text": "[^"\\]*"' a.json | sed 's/^"text": "//; s/"$//')
  notes=$(grep -c '"is_quote"' a.json)
  if [ -n "$title" ] && [ "$notes" -eq 145 ]; then
    pass "export --json: $(wc -c <a.json) bytes, title '$title', $notes notes"
  else
    fail "export --json: title '$title', $notes notes (expected 145)"
  fi
else
  fail "export --json (exit $rc)"; show
fi

app import a.json i.workshop
if [ "$rc" -eq 0 ] && grep -q "145 notes" <<<"$out"; then
  pass "import: $out"
else
  fail "import (exit $rc)"; show
fi

app new n.workshop
if [ "$rc" -eq 0 ] && grep -q "with [1-9][0-9]* questions" <<<"$out"; then
  pass "new: $out"
else
  fail "new (exit $rc)"; show
fi

# The PDF report, when this build has it.
app export --help
if grep -q -- "--pdf" <<<"$out"; then
  app export d.workshop --pdf r.pdf
  if [ "$rc" -ne 0 ] || [ ! -s r.pdf ]; then
    fail "export --pdf (exit $rc)"; show
  elif [ "$(head -c 5 r.pdf)" != "%PDF-" ]; then
    fail "export --pdf: r.pdf is not a PDF"
  else
    # One line of text, so words wrapped across lines still match.
    text=$(pdftotext -enc UTF-8 r.pdf - | tr -s '[:space:]' ' ')
    pages=$(pdfinfo r.pdf 2>/dev/null | sed -n 's/^Pages: *//p')
    missing=""
    for want in "$title" "$question"; do
      if [ -z "$want" ] || ! grep -qF -- "$want" <<<"$text"; then missing="$missing '$want'"; fi
    done
    if [ -z "$missing" ]; then
      pass "export --pdf: $(wc -c <r.pdf) bytes, $pages pages, has the title and first question"
    else
      fail "export --pdf: text not found in the PDF:$missing"
    fi
  fi
elif [ "$REQUIRE_PDF" = 1 ]; then
  fail "export --pdf: this build's export has no --pdf"
else
  skip "export --pdf: this build's export has no --pdf yet"
fi

# The window: open the demo, show the main window, quit by itself.
gui_start() {  # label, extra environment
  local label=$1
  SMOKE_ENV="SAMLA_SMOKE_QUIT_MS=${SAMLA_SMOKE_QUIT_MS:-1500} $2" app d.workshop
  if grep -q "No module named 'workshop_app.gui.app'" <<<"$out"; then
    if [ "$REQUIRE_GUI" = 1 ]; then
      fail "$label: this build has no main window (workshop_app/gui/app.py)"
    else
      skip "$label: this build has no main window yet (workshop_app/gui/app.py)"
    fi
  elif [ "$rc" -eq 124 ]; then
    fail "$label: still running after ${STEP_TIMEOUT} s (does gui/app.run call workshop_app.smoke.quit_after_if_requested(app)?)"
    show
  elif [ "$rc" -eq 0 ] && grep -q "^main window shown: " <<<"$out"; then
    local shown dialogs
    shown=$(grep -m1 '^main window shown: ' <<<"$out")
    dialogs=$(grep '^dialog shown: ' <<<"$out" | sed 's/^dialog shown: //' | paste -sd ';' -)
    # A window opened on a file names it (file name or series title); a window without
    # it means the file did not open (its error dialog was accepted above).
    if grep -qF -e "d.workshop" -e "${title:-d.workshop}" <<<"$shown"; then
      pass "$label: $shown${dialogs:+ (after accepting: $dialogs)}"
    else
      fail "$label: the window does not name the opened file: $shown${dialogs:+ (dialogs: $dialogs)}"
    fi
  else
    fail "$label (exit $rc)"; show
  fi
}

gui_start "GUI start (offscreen)" ""

# The same on a real X server, when Xvfb is installed: this loads the xcb platform plugin
# and the X libraries bundled with it, which the offscreen platform never touches.
if command -v Xvfb >/dev/null 2>&1; then
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$WORK/display" >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill "$xvfb_pid" 2>/dev/null; rm -rf "$WORK"' EXIT
  for _ in $(seq 50); do [ -s "$WORK/display" ] && break; sleep 0.1; done
  if [ -s "$WORK/display" ]; then
    # A first start of its own, on a Swedish desktop.
    mkdir -p "$WORK/home-x11"
    gui_start "GUI start (X11, Xvfb, sv)" "QT_QPA_PLATFORM=xcb DISPLAY=:$(head -1 "$WORK/display") \
HOME=$WORK/home-x11 LANG=sv_SE.UTF-8"
  else
    fail "GUI start (X11): Xvfb did not start"
  fi
  kill "$xvfb_pid" 2>/dev/null
  wait "$xvfb_pid" 2>/dev/null
else
  skip "GUI start (X11): Xvfb is not installed"
fi

if [ "$failures" -eq 0 ]; then
  echo "smoke: all checks passed"
  exit 0
fi
echo "smoke: $failures check(s) failed" >&2
exit 1
