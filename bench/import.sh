#!/usr/bin/env bash
# Benchmark: imports a generated 10-year Loop Habit Tracker export of 20 habits (about 73,000
# checkmarks) into an empty portfolio with the packaged jar, as a user runs it; the goal is under
# 5 s. Prints the wall time of a dry run (reading and mapping) and of a real import (also writing).
#
#   bench/import.sh              # 20 habits, 10 years
#   bench/import.sh 40 10        # chosen habits and years
set -euo pipefail
cd "$(dirname "$0")/.."
habits=${1:-20}
years=${2:-10}
work=${BENCH_DIR:-/tmp/cairn-bench-import}
jar=target/cairn.jar
[ -f "$jar" ] || mvn -B -q package -DskipTests
rm -rf "$work" && mkdir -p "$work/p/content"
echo "title: Import benchmark" > "$work/p/content/site.yaml"
java bench/GenerateLoopExport.java "$work/export.zip" "$habits" "$years"
time_of() { /usr/bin/time -f "%e" -o "$work/time.txt" "$@" > "$work/out.txt"; cat "$work/time.txt"; }
echo "dry run:    $(time_of java -jar "$jar" import loop --dry-run --source "$work/p" "$work/export.zip") s"
echo "import:     $(time_of java -jar "$jar" import loop --source "$work/p" "$work/export.zip") s"
tail -1 "$work/out.txt"
