#!/usr/bin/env bash
# Runs one sample teaching session through the built `teachback`, as an educator types it: a
# patient with her MRN and date of birth and her husband, reading, a quiz, notes, return
# demonstrations and a correction. Writes into OUTPUT_DIR the session's record as
# session.fhir.json and session.html, the home-care handout (home-care.html) and the handout
# of every topic (all-topics.html), and the transcript (session.log).
#
#   scripts/sample-session.sh OUTPUT_DIR
#
# Builds `teachback` first when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$1"
mkdir -p "$out"
bin="$(swift build --show-bin-path)/teachback"
[ -x "$bin" ] || swift build --product teachback >/dev/null
store="$out/progress.sqlite"
rm -f "$store"
# The shell reads stdin line by line; a failed line does not stop the rest.
"$bin" --store "$store" --width 100 >"$out/session.log" 2>&1 <<LINES || true
session start
Ada Okafor, RN
Rosa Martinez patient, Luis Martinez husband

00427751
Mercy Hospital
1961-04-12
when-to-call
read when-to-call#warning-signs
note Rosa: needs glasses
note Luis: prefers Spanish for written material
quiz when-to-call
true
a
c
true
b
c
a
stop, do not force it, and call your care team
i don't know
skip
call your local emergency number now
stop
demo Luis: flushing needs practice pushed too hard
demo Rosa: flushing passed
amend demo 1 passed flushed slowly on the second try
session end
report --session 1 --out $out/session.fhir.json
report --session 1 --out $out/session.html
LINES
"$bin" --store "$store" handout --path home-care --out "$out/home-care.html" >/dev/null
"$bin" --store "$store" handout --out "$out/all-topics.html" >/dev/null
for file in session.fhir.json session.html home-care.html all-topics.html; do
  if [ ! -s "$out/$file" ]; then
    echo "error: the sample session wrote no $file; its transcript is in $out/session.log" >&2
    exit 1
  fi
done
