#!/bin/sh
# Install the Debian packages gongwen needs, when some are missing; do
# nothing when all are present. Used by `make deps` (and so by make, make run,
# make test). Set GW_NO_DEPS=1 to skip the check.
set -eu
[ "${GW_NO_DEPS:-0}" = 1 ] && exit 0
PKGS="gcc make pkg-config libicu-dev libpcre2-dev libjansson-dev libxml2-dev libzip-dev
libcmocka-dev python3 python3-jsonschema clang clang-format libclang-rt-14-dev valgrind zip time
chromium fonts-noto-cjk $*"
missing=""
for p in $PKGS; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in
    *"install ok installed"*) ;;
    *) missing="$missing $p" ;;
  esac
done
[ -z "$missing" ] && exit 0
echo "deps: installing$missing" >&2
if [ "$(id -u)" = 0 ]; then
  run=""
elif command -v sudo >/dev/null 2>&1; then
  run="sudo -n"
else
  echo "deps: missing$missing; run 'make deps' as root" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
if ! $run apt-get install -y --no-install-recommends $missing; then
  $run apt-get update
  $run apt-get install -y --no-install-recommends $missing
fi
