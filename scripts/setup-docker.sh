#!/usr/bin/env bash
# Make a Docker engine reachable for the `docker` sandbox backend, and install debootstrap, which
# `sandbox image build` uses to make the base image offline. Idempotent: each step runs only when needed.
# For machines without systemd (CI runners, dev containers): dockerd is started in the background.
# Images are not built here; `sandbox image build` does that.
set -euo pipefail

LOG_FILE="${DOCKERD_LOG:-/var/log/dockerd.log}"
WAIT_S="${DOCKERD_WAIT_S:-60}"

say() { echo "[setup-docker] $*"; }
engine_up() { docker info >/dev/null 2>&1; }
is_root() { [ "$(id -u)" -eq 0 ]; }
dockerd_running() { pgrep -x dockerd >/dev/null 2>&1 || pidof dockerd >/dev/null 2>&1; }

apt_updated=0
apt_install() {
    if ! is_root; then
        say "need root to install $*; rerun with sudo"
        exit 1
    fi
    if [ "$apt_updated" -eq 0 ]; then
        say "apt-get update"
        DEBIAN_FRONTEND=noninteractive apt-get update -q
        apt_updated=1
    fi
    say "apt-get install -y $*"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
}

if engine_up; then
    say "Docker engine already reachable"
elif docker info 2>&1 | grep -qi "permission denied"; then
    say "the Docker engine runs but this user may not use its socket: add it to the docker group"
    say "(sudo usermod -aG docker \"${USER:-$(id -un)}\", then log in again) or run as root"
    exit 1
else
    if ! command -v dockerd >/dev/null 2>&1; then
        apt_install docker.io debootstrap
    fi
    if dockerd_running; then
        say "dockerd is running but not answering yet"
    elif ! is_root; then
        say "dockerd is not running and starting it needs root; rerun with sudo"
        exit 1
    else
        say "starting dockerd in the background (log: $LOG_FILE)"
        nohup dockerd >>"$LOG_FILE" 2>&1 &
    fi
    for _ in $(seq "$WAIT_S"); do
        engine_up && break
        sleep 1
    done
    if ! engine_up; then
        say "the Docker engine did not answer within ${WAIT_S}s; last lines of $LOG_FILE:"
        tail -n 20 "$LOG_FILE" 2>/dev/null || true
        exit 1
    fi
    say "Docker engine up"
fi

if command -v debootstrap >/dev/null 2>&1 || [ -x /usr/sbin/debootstrap ]; then
    say "debootstrap present"
else
    apt_install debootstrap
fi

say "done; build the sandbox image with: sandbox image build"
