#!/bin/sh
# Install Jobhunter in .venv and open it on fresh demo data.
# On Debian/Ubuntu, Qt's window needs a few xcb libraries; they are installed when missing
# (as root, or with sudo when it is available).
set -eu
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .

XCB_PACKAGES="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libegl1 \
libfontconfig1 libdbus-1-3"
if command -v dpkg-query >/dev/null 2>&1; then
    missing=""
    for pkg in $XCB_PACKAGES; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing="$missing $pkg"
    done
    if [ -n "$missing" ]; then
        echo "Qt heeft nog deze systeembibliotheken nodig:$missing"
        if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO=sudo; \
        else SUDO=none; fi
        if [ "$SUDO" = none ]; then
            echo "Installeer ze als beheerder: apt-get install$missing" >&2
            exit 1
        fi
        $SUDO apt-get update -qq && $SUDO apt-get install -y -qq $missing >/dev/null
    fi
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ]; then
    echo "Jobhunter is geïnstalleerd, maar er is geen scherm (DISPLAY) om het venster op te tonen."
    echo "Start het op een computer met scherm met: .venv/bin/jobhunter --demo"
    exit 1
fi
exec .venv/bin/jobhunter --demo "$@"
