#!/usr/bin/env bash
# Tests the built .deb as an office would get it: unpacks it (dpkg-deb -x), checks its metadata and menu entry, runs
# the packaged launcher's --self-test with no display (a module missing from the jlinked runtime fails here), and opens
# the window under Xvfb (JavaFX's native libraries and GTK).
#
#   installer/test-package.sh [DEB]        default: target/installer/yiping_*.deb (installer/build.sh makes it)
#
# Needs dpkg-deb; for the window check xvfb-run and xwininfo (Debian: xvfb xauth x11-utils), skipped with a note
# when they are missing. Ends with "package: N passed, N failed"; exit 0 only when none failed.
set -euo pipefail
cd "$(dirname "$0")/.."

deb=${1:-$(find target/installer -maxdepth 1 -name 'yiping_*.deb' 2>/dev/null | head -1)}
[ -n "$deb" ] && [ -f "$deb" ] || { echo "test-package.sh: no .deb; run installer/build.sh first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() { # check NAME COMMAND...: runs the command, counts and reports the result
  local name=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "ok    $name"
  else
    failed=$((failed + 1))
    echo "FAIL  $name"
  fi
}

bytes=$(stat -c %s "$deb")
echo "Testing $deb ($bytes bytes)"
size_ok() { [ "$bytes" -le 80000000 ]; }
check "the .deb is at most 80 MB ($((bytes / 1000000)) MB)" size_ok

depends=$(dpkg-deb -f "$deb" Depends)
check "Depends names libgtk-3-0" grep -qw "libgtk-3-0" <<<"$depends"

root="$work/root"
dpkg-deb -x "$deb" "$root"
dpkg-deb -e "$deb" "$work/control"
launcher="$root/opt/yiping/bin/yiping"
check "the launcher is /opt/yiping/bin/yiping" test -x "$launcher"
desktop_ok() {
  local f="$root/opt/yiping/lib/yiping.desktop"
  grep -qx 'Name=颐评' "$f" && grep -q '^Comment=.*[A-Za-z]' "$f" && grep -qx 'Exec=/opt/yiping/bin/yiping' "$f" \
    && test -s "$root/opt/yiping/lib/yiping.png" && grep -q '/usr/share/applications/yiping.desktop' "$work/control/postinst" \
    && { ! command -v desktop-file-validate >/dev/null || desktop-file-validate "$f"; }
}
check "the menu entry (颐评, English comment, icon) is in the package and installed by postinst" desktop_ok

# The packaged launcher with no display and an empty home: the check a user's first start depends on.
home="$work/home"
mkdir -p "$home"
self_test() {
  env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" timeout 180 "$launcher" --self-test >"$work/self-test.json" \
    2>"$work/self-test.err" || { cat "$work/self-test.err"; return 1; }
  cat "$work/self-test.json"
  grep -q '"result":"ok"' "$work/self-test.json" && grep -q '"javafx":"module javafx.controls"' "$work/self-test.json"
}
check "yiping --self-test (temporary store, migrations, forms, font, PDF, JavaFX modules) exits 0" self_test

# The window: JavaFX's natives are loaded from the runtime (never unpacked into the home), GTK is found, the first-run
# screen opens.
if command -v xvfb-run >/dev/null && command -v xwininfo >/dev/null; then
  window() {
    HOME="$home" YIPING_DATA_DIR="$work/data" timeout 150 xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
      "$0" >"$1/window.log" 2>&1 &
      app=$!
      for _ in $(seq 1 90); do
        if xwininfo -root -tree | grep -q "颐评"; then kill $app; exit 0; fi
        kill -0 $app 2>/dev/null || break
        sleep 1
      done
      kill $app 2>/dev/null
      exit 1' "$launcher" "$work" || { tail -20 "$work/window.log"; return 1; }
    ! grep -q "Exception" "$work/window.log" || { grep -m3 "Exception" "$work/window.log"; return 1; }
    [ ! -e "$home/.openjfx" ] || { echo "JavaFX unpacked natives into the home folder"; return 1; }
  }
  check "the window (颐评) opens under Xvfb" window
else
  echo "note  the window check needs xvfb-run and xwininfo (apt-get install xvfb xauth x11-utils): not run"
fi

echo "package: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
