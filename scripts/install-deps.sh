#!/usr/bin/env bash
# Installs quotegraph's build, test and client dependencies from Debian's
# packages.  Runs apt-get as root (through sudo when not root).
set -euo pipefail
packages=(
  g++ cmake ninja-build pkg-config
  libboost-graph-dev rapidjson-dev libre2-dev libutf8proc-dev libcli11-dev catch2
  libgoogle-perftools-dev
  graphviz python3-networkx python3-igraph raptor2-utils rasqal-utils
  libbenchmark-dev clang libclang-rt-14-dev python3-distributed
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
