#!/bin/sh
# Installs the .deb for real with dpkg, uses it as a user would, removes and purges it, and fails
# when anything differs from before the install. Changes the machine, so it runs only as root in
# CI's throwaway container (.ci/run), never from the test suite; DebianPackageIT checks the same
# package unpacked into a temporary folder on every build. Usage: install-check.sh PACKAGE.deb SAMPLE
set -eu

deb=$1
sample=$2
fail() {
  printf 'install-check: %s\n' "$1" >&2
  exit 1
}
if dpkg -s segment >/dev/null 2>&1; then
  echo "install-check: segment is installed on this machine already; left alone, not checked" >&2
  exit 0
fi
# The libraries the package depends on first, so that the listing before the install and the one
# after the removal differ only by what the package itself did.
depends=$(dpkg-deb -f "$deb" Depends | tr -d ',')
# shellcheck disable=SC2086
if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $depends >/dev/null; then
  echo "install-check: could not install the package's dependencies; the real install is not checked" >&2
  exit 0
fi
listing() {
  find /usr /etc /opt /var/lib/dpkg/info /var/lib/dpkg/alternatives -xdev 2>/dev/null | sort
}
work=$(mktemp -d)
trap 'dpkg -P segment >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
listing >"$work/before"

dpkg -i "$deb" >/dev/null
[ "$(command -v segment)" = /usr/bin/segment ] || fail "segment is not /usr/bin/segment on PATH"
ls /usr/lib/segment/lib/segment-*.jsa >/dev/null || fail "postinst made no class-data-sharing archive"
(cd "$work" && segment "$sample" --out out >/dev/null) || fail "segment $sample exited $?"
[ "$(wc -l <"$work/out/tiers.csv")" -eq 2001 ] || fail "tiers.csv does not hold 2000 customers"
if command -v man >/dev/null 2>&1; then
  [ "$(man -w segment)" = /usr/share/man/man1/segment.1.gz ] || fail "man segment finds no page"
fi
bash -c '. /usr/share/bash-completion/completions/segment && complete -p segment' >/dev/null \
  || fail "the completion script defines no completion for segment"

dpkg -r segment >/dev/null
dpkg -P segment >/dev/null
listing >"$work/after"
diff "$work/before" "$work/after" >&2 || fail "removing the package left the files above behind"
echo "install-check: dpkg -i, a run from PATH, man, completion, dpkg -r and -P: all fine" >&2
