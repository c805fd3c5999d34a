#!/bin/sh
# Checks for the system libraries Qt needs that pip does not bring, and for Python's venv module.
# Installs what is missing when it can (root with apt-get); otherwise prints the exact command.
# Usage: sh packaging/system-deps.sh PYTHON [--validators]
# --validators also brings the tools only tests use (.ci/run asks for them; without them those
# tests skip): desktop-file-validate and appstreamcli, which tests/packaging runs on the launcher
# and the AppStream file, and syncthing, which tests/core/test_sync_syncthing.py runs on loopback.
set -eu
PYTHON="${1:-python3}"
VALIDATORS="${2:-}"

missing=""
need() {  # need SONAME DEBIAN-PACKAGE
    if ! ldconfig -p 2>/dev/null | grep -q "[[:space:]]$1 "; then
        missing="$missing $2"
    fi
}

need libEGL.so.1 libegl1
need libGL.so.1 libgl1
need libfontconfig.so.1 libfontconfig1
need libfreetype.so.6 libfreetype6
need libglib-2.0.so.0 libglib2.0-0
need libdbus-1.so.3 libdbus-1-3
need libxkbcommon.so.0 libxkbcommon0
need libxkbcommon-x11.so.0 libxkbcommon-x11-0
need libX11-xcb.so.1 libx11-xcb1
need libxcb-cursor.so.0 libxcb-cursor0
need libxcb-icccm.so.4 libxcb-icccm4
need libxcb-image.so.0 libxcb-image0
need libxcb-keysyms.so.1 libxcb-keysyms1
need libxcb-randr.so.0 libxcb-randr0
need libxcb-render-util.so.0 libxcb-render-util0
need libxcb-shape.so.0 libxcb-shape0
need libxcb-xkb.so.1 libxcb-xkb1
# Text needs at least one font; Qt does not ship any.
if ! find /usr/share/fonts -name '*.ttf' 2>/dev/null | grep -q .; then
    missing="$missing fonts-dejavu-core"
fi
# A person's emoji in the summary PDF need a font that has them (Typst falls back to it).
if ! find /usr/share/fonts -iname '*emoji*' 2>/dev/null | grep -q .; then
    missing="$missing fonts-noto-color-emoji"
fi
if [ "$VALIDATORS" = "--validators" ]; then
    command -v desktop-file-validate >/dev/null 2>&1 || missing="$missing desktop-file-utils"
    command -v appstreamcli >/dev/null 2>&1 || missing="$missing appstream"
    command -v syncthing >/dev/null 2>&1 || missing="$missing syncthing"
fi
# Debian and Ubuntu split venv (ensurepip) out of Python.
if ! "$PYTHON" -c "import ensurepip, venv" 2>/dev/null; then
    version=$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    missing="$missing python${version}-venv"
fi

[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "Qt may need these system libraries (Debian names):$missing" >&2
    echo "Install your system's equivalents if the app does not start." >&2
    exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
    echo "Installing system packages:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
else
    echo "A few system packages are needed first. Run this, then try again:" >&2
    echo "    sudo apt-get install -y$missing" >&2
    exit 1
fi
