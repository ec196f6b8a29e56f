#!/usr/bin/env bash
# Builds the app image and the installer of 颐评 with the JDK's jlink and jpackage (ADR 0015): a .deb on Linux (the
# one built and tested here), an MSI on Windows (Git Bash, WiX 3 on PATH), a DMG on macOS (.github/workflows).
#
#   installer/build.sh [--version X.Y.Z] [--skip-jar] [--out DIR] [--extra-migrations DIR] [--type TYPE]
#
#   --version            package version (default: the pom's version without -SNAPSHOT)
#   --skip-jar           use target/yiping.jar and target/lib as they are (after ./mvnw package or verify)
#   --out DIR            where to build (default target/installer): DIR/image/yiping, DIR/yiping_<version>-1_<arch>.deb
#   --extra-migrations   add the V*.sql files of DIR to the jar's db/migration: how the upgrade test makes "version
#                        N+1" with a new migration (never used for a real release)
#   --type TYPE          app-image, deb, msi or dmg (default: deb on Linux, msi on Windows, dmg on macOS)
#
# Needs a JDK 17+ with jmods (Debian: openjdk-17-jdk-headless); for the .deb also fakeroot and dpkg-deb.
set -euo pipefail
cd "$(dirname "$0")/.."

case "$(uname -s)" in
  Linux) os=linux; type=deb; sep=: ;;
  Darwin) os=mac; type=dmg; sep=: ;;
  MINGW* | MSYS* | CYGWIN*) os=windows; type=msi; sep=';' ;;
  *) echo "build.sh: unsupported system $(uname -s)" >&2; exit 2 ;;
esac
version=""
skip_jar=false
out="target/installer"
extra_migrations=""
while [ $# -gt 0 ]; do
  case "$1" in
    --version) version="$2"; shift 2 ;;
    --skip-jar) skip_jar=true; shift ;;
    --out) out="$2"; shift 2 ;;
    --extra-migrations) extra_migrations="$2"; shift 2 ;;
    --type) type="$2"; shift 2 ;;
    -h | --help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ -z "$version" ]; then
  # The project's own <version> is the first one indented by two spaces in pom.xml.
  version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
  version=${version%-SNAPSHOT}
fi
if ! [[ "$version" =~ ^[0-9]+(\.[0-9]+){1,2}$ ]]; then
  echo "build.sh: --version must be numbers like 1.2.3 (jpackage refuses others), not '$version'" >&2
  exit 2
fi

if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
fi
bin="$JAVA_HOME/bin"
for tool in jlink jpackage jar java; do
  [ -x "$bin/$tool" ] || [ -x "$bin/$tool.exe" ] || {
    echo "build.sh: $bin/$tool not found; set JAVA_HOME to a JDK 17 or newer" >&2; exit 2; }
done
[ -d "$JAVA_HOME/jmods" ] || {
  echo "build.sh: $JAVA_HOME/jmods missing (Debian: apt-get install openjdk-17-jdk-headless)" >&2; exit 2; }

start=$(date +%s)
if ! $skip_jar; then
  ./mvnw -B -ntp -q package -DskipTests
fi
[ -f target/yiping.jar ] || { echo "build.sh: target/yiping.jar missing; run without --skip-jar" >&2; exit 2; }

mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -rf "$out/input" "$out/javafx" "$out/runtime" "$out/image" "$out/migrations" "$out/natives"
mkdir -p "$out/input/lib" "$out/javafx" "$out/natives"

# The app on the class path (ADR 0006). JavaFX goes into the runtime as modules, so its jars stay out of the input:
# the platform jars (javafx-graphics-21.0.11-linux.jar, ...-win.jar, ...-mac-aarch64.jar) are jlink's, and the
# empty jars without a platform are dropped.
cp target/yiping.jar "$out/input/"
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*[0-9]-*.jar) cp "$jar" "$out/javafx/" ;;
    javafx-*) ;;
    *) cp "$jar" "$out/input/lib/" ;;
  esac
done
if [ -n "$extra_migrations" ]; then
  mkdir -p "$out/migrations/db/migration"
  cp "$extra_migrations"/V*.sql "$out/migrations/db/migration/"
  "$bin/jar" uf "$out/input/yiping.jar" -C "$out/migrations" db/migration
  echo "Added to the jar's db/migration: $(cd "$out/migrations/db/migration" && ls | tr '\n' ' ')"
fi
if [ "$type" = deb ]; then
  # Jars stored, not deflated: the .deb's xz then compresses them about twice as well (StoreJars.java, ADR 0015).
  "$bin/java" installer/StoreJars.java "$out/input"
fi

# A runtime with the JDK modules the app needs and the JavaFX modules (installer/modules.txt).
modules=$(grep -v '^#' installer/modules.txt | tr -d '\r' | tr -s '\n' ',' | sed 's/,$//')
"$bin/jlink" --module-path "$JAVA_HOME/jmods$sep$out/javafx" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --include-locales=zh,en \
  --exclude-resources='glob:/javafx.graphics/*.so,glob:/javafx.graphics/*.dylib,glob:/javafx.graphics/*.dll,glob:/javafx.graphics/javafx-swt.jar' \
  --output "$out/runtime"
# JavaFX's native libraries beside the JDK's (lib/, on Windows bin/): JavaFX loads them from the runtime and never
# unpacks them into the user's home.
graphics=$(ls "$out"/javafx/javafx-graphics-*.jar)
natives=$("$bin/jar" tf "$graphics" | grep -E '^[^/]+\.(so|dylib|dll)$' || true)
[ -n "$natives" ] || { echo "build.sh: no native libraries in $graphics" >&2; exit 1; }
(cd "$out/natives" && "$bin/jar" xf "$graphics" $natives)
if [ "$os" = windows ]; then cp "$out"/natives/* "$out/runtime/bin/"; else cp "$out"/natives/* "$out/runtime/lib/"; fi

case "$os" in
  linux) icon=installer/icons/yiping.png ;;
  windows) icon=installer/icons/yiping.ico ;;
  mac)
    # macOS wants .icns: made from the PNG with the system's sips and iconutil.
    mkdir -p "$out/yiping.iconset"
    for size in 16 32 128 256; do
      sips -z $size $size installer/icons/yiping.png --out "$out/yiping.iconset/icon_${size}x${size}.png" >/dev/null
      sips -z $((size * 2)) $((size * 2)) installer/icons/yiping.png \
        --out "$out/yiping.iconset/icon_${size}x${size}@2x.png" >/dev/null
    done
    iconutil -c icns "$out/yiping.iconset" -o "$out/yiping.icns"
    icon="$out/yiping.icns" ;;
esac
image_options=()
case "$os" in
  mac) image_options=(--mac-package-identifier org.yiping.app --mac-package-name Yiping) ;;
  # yiping-cli.exe: a console launcher for the command line (the window launcher has no console on Windows).
  windows) image_options=(--add-launcher yiping-cli=installer/windows/yiping-cli.properties) ;;
esac

"$bin/jpackage" --type app-image @installer/jpackage/app.args --app-version "$version" \
  --input "$out/input" --runtime-image "$out/runtime" --icon "$icon" --dest "$out/image" \
  ${image_options[@]+"${image_options[@]}"}
if [ "$os" = linux ]; then
  # The menu entry travels in the image; the .deb's postinst puts it in place (installer/linux/postinst).
  install -m 644 installer/linux/yiping.desktop "$out/image/yiping/lib/yiping.desktop"
fi
echo "App image: $out/image ($(du -sh "$out/image" | cut -f1))"

case "$type" in
  app-image)
    exit 0 ;;
  deb)
    rm -f "$out"/yiping_*.deb
    # No --linux-shortcut: its postinst calls xdg-desktop-menu, which fails on a box without a desktop (ADR 0015).
    "$bin/jpackage" --type deb --app-image "$out/image/yiping" --name yiping --app-version "$version" \
      --description "颐评 Yiping: elder capability assessment and case management" \
      --vendor "Yiping project" --resource-dir installer/linux \
      --linux-package-name yiping --linux-deb-maintainer "yiping@localhost" \
      --linux-menu-group Office --linux-app-category misc \
      --linux-package-deps libgtk-3-0 \
      --dest "$out" ;;
  msi)
    rm -f "$out"/*.msi
    # A fixed upgrade code: a newer MSI replaces the older one instead of installing beside it.
    "$bin/jpackage" --type msi --app-image "$out/image/yiping" --name yiping --app-version "$version" \
      --description "颐评 Yiping: elder capability assessment and case management" --vendor "Yiping project" \
      --win-menu --win-menu-group 颐评 --win-shortcut --win-dir-chooser \
      --win-upgrade-uuid 5b0f7a52-3f55-4b7e-9c55-2f0d9b1f8e61 \
      --dest "$out" ;;
  dmg)
    rm -f "$out"/*.dmg
    "$bin/jpackage" --type dmg --app-image "$out/image/yiping.app" --name yiping --app-version "$version" \
      --dest "$out" ;;
  *)
    echo "build.sh: --type must be app-image, deb, msi or dmg" >&2; exit 2 ;;
esac
package=$(find "$out" -maxdepth 1 \( -name '*.deb' -o -name '*.msi' -o -name '*.dmg' \) | head -1)
bytes=$(wc -c <"$package" | tr -d ' ')
echo "Package: $package ($bytes bytes, $((bytes / 1000000)) MB) in $(($(date +%s) - start)) s"
