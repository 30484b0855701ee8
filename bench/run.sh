#!/usr/bin/env bash
# Benchmark: builds generated portfolios of 1k, 10k and 50k logs with the packaged jar (a whole
# process, as a user runs it), several runs after a warm-up, and the same Markdown with Hugo
# where it is installed. Prints median wall time, CPU time, peak RSS and per-log cost.
#
#   bench/run.sh                 # sizes 1000 10000 50000, 5 runs each
#   RUNS=3 bench/run.sh 10000    # chosen sizes and runs
#   SAMPLE=0 EDIT=0 ...          # leave out the sample portfolio or the one-edited-log builds
#
# Every full build is cold: the build cache beside the site (.site-N.cache) is removed first. The
# class archive in the user's cache folder is kept, as on a user's machine after the first build.
# Each line ends with the target it is held to (docs/performance.md) and "ok" or "MISSED".
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 50000)
runs=${RUNS:-5}
goals=${GOALS:-}
work=${BENCH_DIR:-/tmp/cairn-bench}
jar=${JAR:-target/cairn.jar}
[ -f "$jar" ] || mvn -B -q package -DskipTests
java_opts=${JAVA_OPTS:-}
today=2026-11-28

# "ok" when $1 <= $2, else "MISSED".
verdict() { if [ "$(echo "$1 <= $2" | bc -l)" = 1 ]; then echo ok; else echo MISSED; fi; }

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

echo "load: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1)"
command -v hugo >/dev/null && echo "hugo: $(hugo version | cut -d' ' -f1-2)"
printf "%-7s %-6s %8s %8s %9s %12s %8s %8s %9s %7s\n" logs tool wall_s cpu_s rss_MiB ms_per_1k_logs "" "" "" ratio
mkdir -p "$work"
if [ "${SAMPLE:-1}" != 0 ]; then
  rm -rf "$work/.site-sample.cache"
  read -r sw sc sr < <(bench sh -c "rm -rf '$work/.site-sample.cache'; exec java $java_opts -jar '$jar' build --source . --out '$work/site-sample' --today $today")
  echo "sample  cairn  wall ${sw}s (target <= 0.8: $(verdict "$sw" 0.8))  cpu ${sc}s (target <= 1.2: $(verdict "$sc" 1.2))  rss ${sr} MiB"
  read -r kw kc _ < <(bench java $java_opts -jar "$jar" build --source . --out "$work/site-sample" --today $today)
  echo "sample  cairn  unchanged, with its build cache: wall ${kw}s ($(verdict "$kw" 0.8))  cpu ${kc}s ($(verdict "$kc" 1.2))"
  read -r vw _ _ < <(bench java $java_opts -jar "$jar" --version)
  echo "sample  cairn  --version wall ${vw}s (target <= 0.25: $(verdict "$vw" 0.25))"
fi
for n in "${sizes[@]}"; do
  dir="$work/corpus-$n"
  # 100k logs are 20 goals x 5,000 days; smaller sizes 10 goals.
  g=${goals:-$([ "$n" -ge 100000 ] && echo 20 || echo 10)}
  if [ ! -d "$dir/content" ]; then java bench/GenerateCorpus.java "$dir" "$n" "$g" >/dev/null; fi
  cold="rm -rf '$work/.site-$n.cache'; exec java $java_opts -jar '$jar' build --source '$dir' --out '$work/site-$n' --today $today"
  read -r cw cc cr < <(bench sh -c "$cold")
  printf "%-7s %-6s %8s %8s %9s %12.0f\n" "$n" cairn "$cw" "$cc" "$cr" "$(echo "$cw * 1000000 / $n" | bc -l)"
  if command -v hugo >/dev/null; then
    read -r hw hc hr < <(bench hugo --quiet --source "$dir" --destination "$work/hugo-$n" --cleanDestinationDir)
    printf "%-7s %-6s %8s %8s %9s %12.0f %35s\n" "$n" hugo "$hw" "$hc" "$hr" "$(echo "$hw * 1000000 / $n" | bc -l)" \
      "cairn/hugo $(echo "scale=2; $cw / $hw" | bc -l)"
    ratio=$(echo "scale=2; $cw / $hw" | bc -l)
    case $n in
      1000) echo "target: 1k <= 1.5 x hugo: $(verdict "$ratio" 1.5)" ;;
      10000) echo "target: 10k <= 0.7 x hugo: $(verdict "$ratio" 0.7); peak <= 512 MiB: $(verdict "$cr" 512)" ;;
      50000) echo "target: 50k <= 1.0 x hugo: $(verdict "$ratio" 1.0)" ;;
      100000) echo "target: 100k <= 1.0 x hugo: $(verdict "$ratio" 1.0); peak <= 1536 MiB: $(verdict "$cr" 1536)" ;;
    esac
  fi
  if [ "${EDIT:-1}" != 0 ]; then
    # One log edited, then built again with the cache of the build before, each edit timed next to
    # a cold build of the same content (interleaved).
    log=$(find "$dir/content/logs" -name '*.md' | sort | sed -n 1p)
    java -jar "$jar" build --source "$dir" --out "$work/site-$n" --today $today >/dev/null
    : > "$work/edits.txt"
    for i in $(seq "$runs"); do
      printf '\nEdited once more (%s).\n' "$i" >> "$log"
      e=$(measure java $java_opts -jar "$jar" build --source "$dir" --out "$work/site-$n" --today $today)
      c=$(measure sh -c "$cold")
      echo "${e%% *} ${c%% *}" >> "$work/edits.txt"
    done
    ew=$(cut -d' ' -f1 "$work/edits.txt" | median)
    ecw=$(cut -d' ' -f2 "$work/edits.txt" | median)
    share=$(echo "scale=2; $ew * 100 / $ecw" | bc -l)
    echo "$n logs, one log edited: wall ${ew}s against ${ecw}s cold = ${share} % (target <= 35 %: $(verdict "$share" 35))"
  fi
done
