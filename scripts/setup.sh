#!/usr/bin/env bash
# setup.sh — installs what is missing (Debian 12 packages), builds gomini into
# build/, and checks a sample program. Safe to run again: it installs only
# what is missing and rebuilds incrementally.
set -euo pipefail
cd "$(dirname "$0")/.."

pkgs=(cmake ninja-build g++ pkg-config antlr4 libantlr4-runtime-dev libboost-context-dev
      doctest-dev libcli11-dev libedit-dev)
missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

build=${BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DGOMINI_SANITIZE="${GOMINI_SANITIZE:-}" >/dev/null
cmake --build "$build"
"$build/gomini" check samples/hello.go
echo "setup: built $build/gomini; samples/hello.go type-checks"
