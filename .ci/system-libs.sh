#!/usr/bin/env bash
# Install the Debian packages Qt, Chinese fonts and PDF checks need, when missing and we are root.
set -euo pipefail
purpose="${1:-test}"
packages=(libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0
          fonts-wqy-microhei)
case "$purpose" in
  test) packages+=(poppler-utils poppler-data) ;;
  gui)  packages+=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
                   libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 libcups2) ;;
esac
command -v dpkg-query >/dev/null || exit 0
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "Installing system packages: ${missing[*]}" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "缺少系统软件包：${missing[*]}；请运行 sudo apt-get install ${missing[*]}" >&2
  [ "$purpose" = test ] && exit 1 || exit 0
fi
