#!/usr/bin/env bash
# Create the virtualenv; on Debian/Ubuntu the venv module may need python3-venv first.
set -euo pipefail
python="$1"; venv="$2"
[ -x "$venv/bin/python" ] && exit 0
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "需要 Python 3.11 或更高版本（当前：$("$python" --version 2>&1)）。可用 make PYTHON=python3.12 指定。" >&2
  exit 1
fi
if ! "$python" -m venv "$venv" 2>/dev/null; then
  rm -rf "$venv"
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    "$python" -m venv "$venv"
  else
    echo "无法创建虚拟环境：请先安装 python3-venv（sudo apt-get install python3-venv）。" >&2
    exit 1
  fi
fi
