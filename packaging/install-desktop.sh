#!/bin/sh
# Adds the app to this user's desktop menu (Linux and other freedesktop desktops), or takes it
# out again. Nothing outside $XDG_DATA_HOME (default ~/.local/share) is touched.
#
#   sh packaging/install-desktop.sh install [COMMAND]    (make install-desktop)
#   sh packaging/install-desktop.sh uninstall            (make uninstall-desktop)
#
# COMMAND is what the launcher runs. By default: `iop-companion` found on PATH (pipx and
# `pip install --user` put it there), else this checkout's .venv/bin/iop-companion.
# Like the app, whose discreet mode is on until the person turns it off, the launcher shows the
# plain notebook icon and no AppStream file (software centres show that file's full description
# of what the app is for). DISCREET=0 installs the app's own icon and the AppStream file.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
APP_ID=org.iopcompanion.Companion
ICONS="$ROOT/iop_companion/resources/icons/hicolor"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
DISCREET="${DISCREET:-1}"

refresh() {
    # Menus and icon caches notice on their own on most desktops; these make it immediate.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" 2>/dev/null || true
    fi
}

uninstall() {
    rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml"
    for name in "$APP_ID" "$APP_ID-discreet"; do
        rm -f "$DATA/icons/hicolor/scalable/apps/$name.svg"
        for folder in "$ICONS"/*x*; do
            rm -f "$DATA/icons/hicolor/$(basename "$folder")/apps/$name.png"
        done
    done
}

install() {
    command=${1:-}
    if [ -z "$command" ]; then
        command=$(command -v iop-companion 2>/dev/null || true)
    fi
    if [ -z "$command" ] && [ -x "$ROOT/.venv/bin/iop-companion" ]; then
        command="$ROOT/.venv/bin/iop-companion"
    fi
    if [ -z "$command" ] || [ ! -x "$command" ]; then
        echo "The iop-companion command isn't installed yet. Install it first (pipx install ." >&2
        echo "or make run), then run this again." >&2
        exit 1
    fi
    case "$command" in
        /*) ;;
        *) command="$(cd "$(dirname "$command")" && pwd)/$(basename "$command")" ;;
    esac
    # A path with spaces is quoted in Exec; TryExec takes it as it is.
    case "$command" in
        *[\"\\\`\$%]*)
            echo "The path $command has a character a launcher can't hold (\" \\ \` \$ %)." >&2
            echo "Install the app somewhere else, or give another path." >&2
            exit 2 ;;
        *" "*) exec_value="\"$command\"" ;;
        *) exec_value="$command" ;;
    esac

    icon="$APP_ID-discreet"
    [ "$DISCREET" = 0 ] && icon="$APP_ID"

    uninstall  # a switch between the two icons leaves nothing of the other behind
    mkdir -p "$DATA/applications" "$DATA/icons/hicolor/scalable/apps"
    for name in "$APP_ID" "$APP_ID-discreet"; do
        cp "$ICONS/scalable/apps/$name.svg" "$DATA/icons/hicolor/scalable/apps/"
        for folder in "$ICONS"/*x*; do
            size=$(basename "$folder")
            mkdir -p "$DATA/icons/hicolor/$size/apps"
            cp "$folder/apps/$name.png" "$DATA/icons/hicolor/$size/apps/"
        done
    done
    # sed's replacement text needs & escaped, and | is the separator here.
    escaped=$(printf '%s' "$exec_value" | sed 's/[&|]/\\&/g')
    try_exec=$(printf '%s' "$command" | sed 's/[&|]/\\&/g')
    sed -e "s|^Exec=.*|Exec=$escaped|" \
        -e "s|^Icon=.*|Icon=$icon|" \
        -e "/^Exec=/i TryExec=$try_exec" \
        "$ROOT/resources/$APP_ID.desktop" >"$DATA/applications/$APP_ID.desktop.tmp"
    mv "$DATA/applications/$APP_ID.desktop.tmp" "$DATA/applications/$APP_ID.desktop"
    if [ "$DISCREET" = 0 ]; then
        mkdir -p "$DATA/metainfo"
        cp "$ROOT/resources/$APP_ID.metainfo.xml" "$DATA/metainfo/"
    fi
    refresh
    echo "Added \"Companion\" to your applications menu. It runs $command"
}

case "${1:-}" in
    install) shift; install "${1:-}" ;;
    uninstall) uninstall; refresh; echo "Took \"Companion\" out of your applications menu." ;;
    *) echo "Usage: $0 install [COMMAND] | uninstall" >&2; exit 2 ;;
esac
