# Shared by scripts/run and scripts/test: install what is missing, then
# configure and build (Release, build/). Idempotent and quick when nothing changed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${RULECAST_BUILD_DIR:-$ROOT/build}"

# The Debian 12 packages Rulecast needs to build, test and look at its output
# (the list in DEVELOPERS.md, verified on a fresh machine).
PACKAGES=(cmake g++ make qt6-base-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev libgl-dev
          libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libsqlite3-dev
          xvfb xauth sqlite3 poppler-utils appstream desktop-file-utils dpkg-dev
          qtkeychain-qt6-dev qt6-translations-l10n dbus-daemon gnome-keyring)

ensure_packages() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
    local extra=("$@")
    if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
        local launcher=()
        # ccache makes a rebuild in a fresh folder cheap; used only when present.
        command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        cmake -S "$ROOT" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" "${extra[@]}"
    elif [ ${#extra[@]} -gt 0 ]; then
        cmake -S "$ROOT" -B "$BUILD_DIR" "${extra[@]}" >/dev/null
    fi
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}
