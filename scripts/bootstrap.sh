#!/usr/bin/env bash
# Installs what Rehearsal Studio needs, idempotently: Debian/Ubuntu packages that are missing, a virtual environment in
# .venv at the repository root, and the package itself. Sourced by scripts/run and scripts/test; quick on a second run
# (nothing is reinstalled unless pyproject.toml changed).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

# System packages: PortAudio, speech, ffmpeg, Qt's xcb libraries, and the display/accessibility/audio stack the
# tests use (Xvfb, AT-SPI, Orca, PulseAudio virtual devices).
APT_PACKAGES=(
  python3 python3-venv python3-dev
  libportaudio2 libsndfile1 espeak-ng libespeak-ng1 ffmpeg sox
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
  libxcb-randr0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libpulse0
  fonts-noto-cjk poppler-utils opencv-data
  xvfb xdotool dbus dbus-x11 at-spi2-core python3-pyatspi gir1.2-atspi-2.0 python3-gi orca
  pulseaudio pulseaudio-utils libasound2-plugins
)
APT_PACKAGES+=(${STUDIO_EXTRA_APT:-})

say() { printf '==> %s\n' "$*"; }

install_system_packages() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    say "Not a Debian/Ubuntu system: install the packages listed in scripts/bootstrap.sh yourself."
    return
  fi
  local missing=() pkg
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ "${#missing[@]}" -eq 0 ] && return
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  say "Installing system packages: ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

make_venv() {
  local extras="$1" stamp="$VENV/.studio-installed" want
  # Debian's python3 (not a pyenv or conda one) so the venv matches the system libraries the app links against.
  local python=/usr/bin/python3
  [ -x "$python" ] || python="$(command -v python3)"
  if [ ! -x "$VENV/bin/python" ]; then
    say "Creating the virtual environment in .venv"
    "$python" -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
  fi
  local hash
  hash="$(sha256sum < "$ROOT/pyproject.toml" | cut -c1-16)"
  want="$hash-$extras"
  # Installed with the dev extras already covers a plain install (scripts/run after scripts/test).
  if [ -f "$stamp" ] && { grep -qx -- "$want" "$stamp" || { [ -z "$extras" ] && grep -qx -- "$hash-dev" "$stamp"; }; }; then
    return
  fi
  say "Installing Rehearsal Studio and its Python packages into .venv"
  if [ -n "$extras" ]; then
    "$VENV/bin/python" -m pip install -q -e "$ROOT[$extras]"
  else
    "$VENV/bin/python" -m pip install -q -e "$ROOT"
  fi
  echo "$want" > "$stamp"
}

bootstrap() {
  install_system_packages
  make_venv "${1:-}"
}
