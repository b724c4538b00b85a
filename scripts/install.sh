#!/usr/bin/env bash
# Builds, installs and uninstalls the one Teachback program (run through `make`):
#
#   scripts/install.sh stage       release build (static Swift runtime), stripped, with its man
#                                  page and bash/zsh/fish completions, in .build/install-stage
#   scripts/install.sh install     stage, then copy into $DESTDIR$PREFIX
#   scripts/install.sh uninstall   remove exactly those files again
#
# PREFIX defaults to /usr/local; DESTDIR (for packagers and tests) to nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

prefix="${PREFIX:-/usr/local}"
root="${DESTDIR:-}${prefix}"
stage=.build/install-stage
swift="${SWIFT:-swift}"

# Where each staged file goes, relative to the prefix. Uninstall removes exactly these.
files=(
  "teachback:bin/teachback:755"
  "teachback.1:share/man/man1/teachback.1:644"
  "teachback.bash:share/bash-completion/completions/teachback:644"
  "_teachback:share/zsh/site-functions/_teachback:644"
  "teachback.fish:share/fish/vendor_completions.d/teachback.fish:644"
)

stage() {
  # By product: a whole-package static build trips on GRDB's dynamic library.
  "$swift" build -c release --static-swift-stdlib --product teachback
  "$swift" build -c release --static-swift-stdlib --product generate-manual
  local bin
  bin="$("$swift" build -c release --static-swift-stdlib --show-bin-path)"
  rm -rf "$stage"
  mkdir -p "$stage"
  strip --strip-all -o "$stage/teachback" "$bin/teachback"

  # The man page comes from ArgumentParser's generate-manual tool (the tool behind its
  # generate-manual plugin, which would rebuild the whole package in another configuration).
  local date=()
  if commit_date="$(git log -1 --format=%cs 2>/dev/null)" && [ -n "$commit_date" ]; then
    date=(--date "$commit_date")
  fi
  "$bin/generate-manual" "$stage/teachback" "${date[@]}" --output-directory "$stage"
  for shell in bash zsh fish; do
    "$stage/teachback" --generate-completion-script "$shell" >"$stage/completion.$shell"
  done
  mv "$stage/completion.bash" "$stage/teachback.bash"
  mv "$stage/completion.zsh" "$stage/_teachback"
  mv "$stage/completion.fish" "$stage/teachback.fish"

  scripts/size-report.sh "$bin/teachback" "$stage/teachback"
}

install_files() {
  stage
  local entry source target mode
  for entry in "${files[@]}"; do
    IFS=: read -r source target mode <<<"$entry"
    install -d "$(dirname "$root/$target")"
    install -m "$mode" "$stage/$source" "$root/$target"
    echo "installed $root/$target"
  done
}

uninstall_files() {
  local entry source target mode
  for entry in "${files[@]}"; do
    IFS=: read -r source target mode <<<"$entry"
    if [ -e "$root/$target" ]; then
      rm -f "$root/$target"
      echo "removed $root/$target"
    fi
    # Into a DESTDIR, the folders were made for this install; take them away when empty.
    # Under a real prefix, folders such as /usr/local/bin are shared and stay.
    if [ -n "${DESTDIR:-}" ]; then
      local folder
      folder="$(dirname "$root/$target")"
      while [ "$folder" != "${DESTDIR%/}" ] && [ "${#folder}" -gt "${#DESTDIR}" ] \
        && rmdir "$folder" 2>/dev/null; do
        folder="$(dirname "$folder")"
      done
    fi
  done
}

case "${1:-}" in
  stage) stage ;;
  install) install_files ;;
  uninstall) uninstall_files ;;
  *)
    echo "usage: scripts/install.sh stage|install|uninstall (PREFIX=… DESTDIR=…)" >&2
    exit 64
    ;;
esac
