#!/usr/bin/env bash
# Makes sure the two browsers the end-to-end tests drive are installed: Chromium and Firefox ESR.
# Installs a missing one with apt-get when it can (root + apt-get), else says what to install and fails.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=("chromium:Chromium")
[ -x /usr/bin/firefox-esr ] || missing+=("firefox-esr:Firefox ESR")

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

packages=()
for entry in "${missing[@]}"; do packages+=("${entry%%:*}"); done

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "The end-to-end tests need ${packages[*]} (/usr/bin/chromium, /usr/bin/firefox-esr)." >&2
  echo "Install them as root, e.g.: apt-get update && apt-get install -y ${packages[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "Updating the apt package lists (apt-get update)…"
apt-get update -qq
for entry in "${missing[@]}"; do
  echo "Installing ${entry#*:} (apt-get install ${entry%%:*})…"
  apt-get install -y -qq "${entry%%:*}" >/dev/null
done

for binary in /usr/bin/chromium /usr/bin/firefox-esr; do
  if [ ! -x "$binary" ]; then
    echo "Installation finished but $binary is still missing." >&2
    exit 1
  fi
done
