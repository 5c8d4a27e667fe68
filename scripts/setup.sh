#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks to build Rasid: PCRE2's
# development files (found through pkg-config). Safe to run again.
set -euo pipefail
if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libpcre2-8; then
  echo "setup: installing libpcre2-dev and pkg-config" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libpcre2-dev pkg-config >/dev/null
fi
pkg-config --modversion libpcre2-8 >/dev/null
