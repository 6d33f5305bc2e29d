#!/bin/sh
# Set up Juri from this checkout in ./.venv on Debian or Ubuntu: the system libraries Qt needs
# (only those missing), a virtual environment, Juri and its dependencies, compiled translations.
#   sh scripts/setup.sh          the app
#   sh scripts/setup.sh --test   the app and the test tools
# Safe to run again: it only adds what is missing.
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
EXTRAS=""
[ "${1:-}" = "--test" ] && EXTRAS="[test]"

say() { printf 'setup: %s\n' "$*"; }

if ! command -v "$PYTHON" >/dev/null 2>&1; then
    say "Python 3.11 or newer is needed: sudo apt-get install python3 python3-venv"; exit 1
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    say "Juri needs Python 3.11 or newer; this is $("$PYTHON" --version 2>&1)."
    say "Set PYTHON=/path/to/python3.11 (or newer) and run again."; exit 1
fi

# Debian package for each library the Qt wheels load (checked with ldconfig, so nothing
# already present is installed again).
missing=""
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
for pair in libEGL.so.1:libegl1 libGL.so.1:libgl1 libxkbcommon.so.0:libxkbcommon0 \
    libxkbcommon-x11.so.0:libxkbcommon-x11-0 libfontconfig.so.1:libfontconfig1 \
    libfreetype.so.6:libfreetype6 libdbus-1.so.3:libdbus-1-3 libglib-2.0.so.0:libglib2.0-0 \
    libX11-xcb.so.1:libx11-xcb1 libxcb-cursor.so.0:libxcb-cursor0 \
    libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 \
    libxcb-shape.so.0:libxcb-shape0 libxcb-randr.so.0:libxcb-randr0 \
    libxcb-render-util.so.0:libxcb-render-util0 libxcb-image.so.0:libxcb-image0 \
    libxcb-xinerama.so.0:libxcb-xinerama0 libpulse.so.0:libpulse0 libcups.so.2:libcups2; do
    have_lib "${pair%%:*}" || missing="$missing ${pair#*:}"
done
"$PYTHON" -c 'import ensurepip' 2>/dev/null || missing="$missing python3-venv"
if [ -n "$EXTRAS" ]; then  # tools the tests (and docs/formats.md's examples) use
    for pair in openssl:openssl unzip:unzip base32:coreutils pdftoppm:poppler-utils; do
        command -v "${pair%%:*}" >/dev/null 2>&1 || missing="$missing ${pair#*:}"
    done
fi
if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"
    else
        say "Please install these Debian/Ubuntu packages, then run again:$missing"; exit 1
    fi
    say "installing system packages:$missing"
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi

[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
say "installing Juri$EXTRAS into .venv"
.venv/bin/python -m pip install --quiet --upgrade pip
# (setuptools warns about every editable install; the warning does not apply here)
PYTHONWARNINGS=ignore .venv/bin/python -m pip install --quiet -e ".$EXTRAS"
.venv/bin/python -m app.i18n >/dev/null
say "ready: .venv/bin/juri"
