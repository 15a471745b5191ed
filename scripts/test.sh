#!/bin/sh
# Install Jobhunter with its test tools in .venv and run the whole test suite offscreen.
# Extra arguments go to pytest (for example: sh scripts/test.sh -k caseload). The suite runs in
# one process per core (pytest-xdist), each test file whole in one of them, in its own order.
set -eu
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'

# Qt needs a few system libraries even offscreen (EGL, fontconfig, xkbcommon); install
# them when they are missing and we may (root on Debian, as in CI).
if ! QT_QPA_PLATFORM=offscreen .venv/bin/python -c "import PySide6.QtWidgets" 2>/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq && apt-get install -y -qq libegl1 libgl1 libfontconfig1 \
            libxkbcommon0 libdbus-1-3 libglib2.0-0 >/dev/null
    else
        echo "Qt kan niet laden: installeer libegl1 libgl1 libfontconfig1 libxkbcommon0" >&2
        exit 1
    fi
fi

export QT_QPA_PLATFORM=offscreen
export PATH="$PWD/.venv/bin:$PATH"
echo "+ python -m pytest -n auto --dist loadfile $*"
exec .venv/bin/python -m pytest -n auto --dist loadfile "$@"
