#!/usr/bin/env bash
# Installs the Debian bookworm packages Folio needs to build, run and test.
# Only missing packages are installed; the package lists are refreshed first when needed.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config ccache
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libgl-dev
  libharfbuzz-dev libicu-dev libfontconfig-dev libfreetype-dev
  libpoppler-qt6-dev libqpdf-dev libsqlite3-dev zlib1g-dev liblcms2-dev
  fonts-noto-cjk fonts-noto-cjk-extra fonts-lxgw-wenkai
  xvfb xauth poppler-utils qpdf imagemagick sqlite3
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are installed"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: these packages are missing: ${missing[*]}" >&2
  echo "install-deps: run this script as root (sudo $0), or install them with:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# A fresh machine may have empty package lists; refresh when any list is missing or stale.
if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages' -mmin -1440 2>/dev/null | head -n 1)" ]; then
  apt-get update -q
fi
echo "install-deps: installing ${missing[*]}"
apt-get install -y -q --no-install-recommends "${missing[@]}"
