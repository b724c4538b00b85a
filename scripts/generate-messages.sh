#!/bin/sh
# Regenerates the Swift of every target's message catalogues (Sources/*/Catalogues/*.messages).
# MessageCatalogueTests fails when a generated file is out of date.
set -eu
cd "$(dirname "$0")/.."
tool="${TMPDIR:-/tmp}/teachback-generate-messages.$$"
trap 'rm -f "$tool"' EXIT
swiftc -O -o "$tool" Tests/TestSupport/MessageCatalogue.swift \
  Tests/TestSupport/MessageCatalogue+Swift.swift scripts/generate-messages/main.swift
"$tool" Sources/Shell/Catalogues ShellMessage Sources/Shell/Words/ShellMessage+Generated.swift \
  Sources/Shell/Catalogues
if [ -d Sources/Reports/Catalogues ]; then
  "$tool" Sources/Reports/Catalogues RecordMessage \
    Sources/Reports/Words/RecordMessage+Generated.swift Sources/Reports/Catalogues
fi
