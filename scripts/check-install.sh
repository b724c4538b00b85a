#!/usr/bin/env bash
# CI: install into a temporary DESTDIR and try the program as a new user would, with nothing of
# this checkout reachable: only the installed binary, copied into an empty folder, with an empty
# HOME, in a private mount namespace where the checkout is covered by an empty folder. Then the
# man page, the completion scripts, and that uninstall leaves DESTDIR empty.
set -euo pipefail
cd "$(dirname "$0")/.."
checkout="$(pwd -P)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
destdir="$work/destdir"
mkdir -p "$destdir" "$work/elsewhere" "$work/home" "$work/empty"

fail() {
  echo "check-install: $*" >&2
  exit 1
}

DESTDIR="$destdir" PREFIX=/usr scripts/install.sh install
prefix="$destdir/usr"
cp "$prefix/bin/teachback" "$work/elsewhere/teachback"

# Run as root (CI) with a private mount namespace; elsewhere, as root of a user namespace.
namespace=(unshare --mount)
"${namespace[@]}" true 2>/dev/null || namespace=(unshare --map-root-user --mount)
"${namespace[@]}" true 2>/dev/null || fail "cannot make a private mount namespace (unshare)"

cat >"$work/try.sh" <<TRY
set -euo pipefail
mount --bind "$work/empty" "$checkout"
[ -z "\$(ls -A "$checkout")" ] || { echo "the checkout is still reachable" >&2; exit 1; }
cd "$work/elsewhere"
run() { env -i PATH=/usr/bin:/bin HOME="$work/home" ./teachback "\$@"; }
run topics >"$work/topics.txt"
run read parts >"$work/read.txt"
run --version >"$work/version.txt"
TRY
"${namespace[@]}" bash "$work/try.sh" || fail "the installed program failed away from the checkout"
grep -q "The parts of a port" "$work/topics.txt" || fail "topics: $(cat "$work/topics.txt")"
grep -qi "septum" "$work/read.txt" || fail "read parts: $(cat "$work/read.txt")"
grep -q "^content: implanted-port " "$work/version.txt" || fail "--version: $(cat "$work/version.txt")"
echo "ok: topics, read parts and --version from a copied binary, checkout covered, HOME empty"

man -l "$prefix/share/man/man1/teachback.1" 2>&1 | grep -q "implanted port" \
  || fail "man -l cannot render the page"
echo "ok: man -l renders the page"
bash -n "$prefix/share/bash-completion/completions/teachback" || fail "bash -n"
for shell in zsh fish; do
  command -v "$shell" >/dev/null || fail "$shell is not installed (.ci/run installs it)"
done
zsh -n "$prefix/share/zsh/site-functions/_teachback" || fail "zsh -n"
fish -n "$prefix/share/fish/vendor_completions.d/teachback.fish" || fail "fish -n"
echo "ok: bash -n, zsh -n and fish -n accept the completions"

DESTDIR="$destdir" PREFIX=/usr scripts/install.sh uninstall
left="$(find "$destdir" -mindepth 1)"
[ -z "$left" ] || fail "uninstall left: $left"
echo "ok: uninstall leaves DESTDIR empty"
