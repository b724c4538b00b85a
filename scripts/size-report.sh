#!/usr/bin/env bash
# scripts/size-report.sh UNSTRIPPED STRIPPED: the installed program's size, and what takes the
# space (by section of the stripped file, and by module from the unstripped file's symbols).
set -euo pipefail
unstripped="$1"
stripped="$2"

megabytes() { awk -v bytes="$1" 'BEGIN { printf "%.1f MB", bytes / 1000000 }'; }
stripped_size=$(stat -c %s "$stripped")
echo "teachback: $(megabytes "$stripped_size") stripped ($(megabytes "$(stat -c %s "$unstripped")") before stripping; budget 80 MB)"

echo "largest sections:"
size -A -d "$stripped" | awk '$2 ~ /^[0-9]+$/ && $1 ~ /^\./ && $2 > 500000 {
  printf "  %-22s %6.1f MB\n", $1, $2 / 1000000 }' | sort -k2 -n -r

echo "by origin (defined symbols of the unstripped file; the rest is symbol and debug tables):"
nm -S -t d --defined-only "$unstripped" 2>/dev/null | awk '
  NF == 4 {
    size = $2 + 0; name = $4; origin = "C and C++ (runtime, Foundation, dispatch)"
    if (name ~ /icudt[0-9]+_dat/) origin = "ICU data (Foundation)"
    else if (name ~ /icu_[0-9]+/) origin = "ICU code"
    else if (name ~ /^\$sS/ || name ~ /^\$ss/) origin = "Swift standard library"
    else if (match(name, /^\$s[0-9]+/)) {
      digits = substr(name, 3, RLENGTH - 2)
      origin = substr(name, RLENGTH + 1, digits + 0)
    }
    total[origin] += size
  }
  END { for (origin in total) if (total[origin] > 300000) print total[origin] "\t" origin }' |
  sort -rn | awk -F'\t' '{ printf "  %-42s %6.1f MB\n", $2, $1 / 1000000 }'
