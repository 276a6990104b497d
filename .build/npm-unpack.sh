#!/usr/bin/env bash
# Unpacks an npm package (by name@version, through the ordinary npm client) into a folder, once.
# usage: npm-unpack.sh name@version target-dir
set -euo pipefail
spec=$1; dest=$2
stamp="$dest/.unpacked-$(echo "$spec" | tr '/@' '__')"
[ -f "$stamp" ] && exit 0
command -v npm >/dev/null || { echo "npm is needed to fetch $spec (install Node.js)" >&2; exit 1; }
rm -rf "$dest"; mkdir -p "$dest"
tgz=$(cd "$dest" && npm pack --silent "$spec" 2>/dev/null | tail -n 1)
tar -xzf "$dest/$tgz" -C "$dest"
rm -f "$dest/$tgz"
touch "$stamp"
