#!/usr/bin/env bash
# The programs some tests drive: tmux (`sandbox replay` in a real terminal) and Chromium (the leaderboard page,
# headless). Installed from Debian's packages when absent (needs root). Idempotent: does nothing when both are there.
set -euo pipefail

say() { echo "[setup-test-tools] $*" >&2; }

missing=()
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ "${#missing[@]}" -eq 0 ] && exit 0

[ "$(id -u)" -eq 0 ] || { say "${missing[*]} not installed, and installing needs root"; exit 1; }
say "apt-get install ${missing[*]}"
DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2
