#!/bin/sh
# Install the Debian packages the tests need (build/debian-packages.txt): as root
# directly, otherwise through sudo. Used by the README's test command and by .ci/run.
set -eu
cd "$(dirname "$0")/.."
packages=$(grep -v '^#' build/debian-packages.txt | tr '\n' ' ')
if [ "$(id -u)" = 0 ]; then run=""; else run="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$run apt-get update -qq
# shellcheck disable=SC2086  # one word per package
$run apt-get install -y -qq --no-install-recommends $packages >/dev/null
