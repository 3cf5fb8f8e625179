#!/usr/bin/env bash
# npm's pretest: make sure the tools the tests drive are installed (Debian's chromium for the browser
# tests, docker-compose for the stack test). Fast when both are present; installs them quietly when
# run as root; otherwise says what to install and lets the tests report what they cannot do.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v docker-compose >/dev/null 2>&1 || need+=(docker-compose)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "pretest: installing ${need[*]} from Debian (once)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "pretest: missing ${need[*]}; install with: sudo apt-get install -y ${need[*]}" >&2
  echo "pretest: without them the browser/stack tests skip locally and fail under CI." >&2
fi
