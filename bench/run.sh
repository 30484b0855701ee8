#!/usr/bin/env bash
# Benchmark: builds generated portfolios of 1k, 10k and 50k logs with the packaged jar (a whole
# process, as a user runs it), several runs after a warm-up, and the same Markdown with Hugo
# where it is installed. Prints median wall time, CPU time, peak RSS and per-log cost.
#
#   bench/run.sh                 # sizes 1000 10000 50000, 5 runs each
#   RUNS=3 bench/run.sh 10000    # chosen sizes and runs
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 50000)
runs=${RUNS:-5}
goals=${GOALS:-10}
work=${BENCH_DIR:-/tmp/cairn-bench}
jar=${JAR:-target/cairn.jar}
[ -f "$jar" ] || mvn -B -q package -DskipTests
java_opts=${JAVA_OPTS:-}

# Prints "wall user+sys maxrss_kib" for one run of a command.
measure() {
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
    cat "$work/stderr.txt" >&2; exit 1; }
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$work/time.txt"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# Runs a command $runs times after one warm-up; prints "wall cpu rss_mib" medians.
bench() {
  measure "$@" >/dev/null
  : > "$work/runs.txt"
  for _ in $(seq "$runs"); do measure "$@" >> "$work/runs.txt"; done
  wall=$(cut -d' ' -f1 "$work/runs.txt" | median)
  cpu=$(cut -d' ' -f2 "$work/runs.txt" | median)
  rss=$(cut -d' ' -f3 "$work/runs.txt" | median)
  echo "$wall $cpu $((rss / 1024))"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1)"
command -v hugo >/dev/null && echo "hugo: $(hugo version | cut -d' ' -f1-2)"
printf "%-7s %-6s %8s %8s %9s %12s %8s %8s %9s %7s\n" logs tool wall_s cpu_s rss_MiB ms_per_1k_logs "" "" "" ratio
mkdir -p "$work"
for n in "${sizes[@]}"; do
  dir="$work/corpus-$n"
  if [ ! -d "$dir/content" ]; then java bench/GenerateCorpus.java "$dir" "$n" "$goals" >/dev/null; fi
  read -r cw cc cr < <(bench java $java_opts -jar "$jar" build --source "$dir" --out "$work/site-$n" --today 2026-11-28)
  printf "%-7s %-6s %8s %8s %9s %12.0f\n" "$n" cairn "$cw" "$cc" "$cr" "$(echo "$cw * 1000000 / $n" | bc -l)"
  if command -v hugo >/dev/null; then
    read -r hw hc hr < <(bench hugo --quiet --source "$dir" --destination "$work/hugo-$n" --cleanDestinationDir)
    printf "%-7s %-6s %8s %8s %9s %12.0f %35s\n" "$n" hugo "$hw" "$hc" "$hr" "$(echo "$hw * 1000000 / $n" | bc -l)" \
      "cairn/hugo $(echo "scale=2; $cw / $hw" | bc -l)"
  fi
done
