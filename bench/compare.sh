#!/usr/bin/env bash
# Compares jars side by side on one portfolio, interleaved round by round, so that a machine whose
# speed drifts treats them alike. Each round, per jar: a cold build (its build cache removed, its
# kept site in place, as bench/run.sh does), then one log edited and built again with the cache.
#
#   bench/compare.sh <portfolio> <rounds> <jar>...
#   bench/compare.sh /tmp/cairn-bench/corpus-10000 3 /tmp/before.jar target/cairn.jar
#
# Prints per round and jar: wall s, CPU s (user + system) and peak RSS MiB of both builds, and the
# load. Each jar builds into a folder of its own under $BENCH_DIR (default /tmp/cairn-compare). The
# edits are appended to one log of the portfolio: run it on a copy.
set -euo pipefail
[ $# -ge 3 ] || { sed -n 2,11p "$0"; exit 2; }
portfolio=$1; rounds=$2; shift 2
work=${BENCH_DIR:-/tmp/cairn-compare}
today=2026-11-28
mkdir -p "$work"
log=$(find "$portfolio/content/logs" -name '*.md' | sort | awk 'NR == 1 { f = $0 } NR == 500 { f = $0 } END { print f }')

# Prints "wall cpu rss_mib" of one build. Each jar keeps its class archive in a cache folder of its
# own: in a shared one, each jar's first build would remove the other's archive.
measure() {
  CAIRN_CACHE_DIR="$2.classes" /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" \
    java -jar "$1" build --source "$portfolio" \
    --out "$2" --today $today >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }
  awk '{ printf "%s %.2f %d", $1, $2 + $3, $4 / 1024 }' "$work/time.txt"
}

out() { echo "$work/site-$(basename "$1" .jar)-$(echo "$1" | cksum | cut -d' ' -f1)"; }

for jar in "$@"; do # a kept site, a class archive and a cache for each jar first
  measure "$jar" "$(out "$jar")" >/dev/null
done
printf "%-6s %-28s %-22s %-22s %s\n" round jar "cold: wall cpu MiB" "edited: wall cpu MiB" load
for r in $(seq "$rounds"); do
  for jar in "$@"; do
    site=$(out "$jar")
    rm -rf "$(dirname "$site")/.$(basename "$site").cache"
    cold=$(measure "$jar" "$site")
    printf '\nEdited for a comparison (%s).\n' "$r" >> "$log"
    edited=$(measure "$jar" "$site")
    printf "%-6s %-28s %-22s %-22s %s\n" "$r" "$(basename "$jar")" "$cold" "$edited" \
      "$(cut -d' ' -f1 /proc/loadavg)"
  done
done
