#!/usr/bin/env bash
# Compares the atlas's start-up with spring-petclinic's, built from source on the same machine, in one sitting:
# the two apps start in turn, each run measured from `java` to the first HTTP 200 on "/", with the process's peak
# resident memory at that moment. Prints one table row per run with the load average beside it, then the medians
# and the ratio atlas / petclinic. The machines this project runs on are shared and noisy: quote medians and ratios
# from one sitting, never a single run.
#
#   scripts/startup-compare.sh PETCLINIC_DIR [runs]
#
#   PETCLINIC_DIR  a checkout of https://github.com/spring-projects/spring-petclinic (built here if its jar is
#                  missing, with its own wrapper or mvn, tests skipped)
#   runs           runs per app and mode (default 5)
#
# MODES="jar" (default "jar aot"):
#   jar  `java -jar app.jar`, the fat jar as a user starts it;
#   aot  both apps extracted (`-Djarmode=tools extract`) and started with a JDK 25 AOT cache made by a training run
#        (`-XX:AOTCacheOutput` with `-Dspring.context.exit=onRefresh`), as Spring Boot documents it and as the
#        Dockerfile starts the atlas.
# Needs JDK 25 (JAVA_HOME), curl, and the atlas jar (built here with `./mvnw -B -DskipTests package` if missing;
# ATLAS_JAR=path compares another build, e.g. a before/after pair in one sitting).
# Besides the wall time, each row shows the CPU seconds the process used until its first 200 (user + system, JIT and
# GC threads included): on a busy shared machine the wall time mostly measures the neighbours, the CPU time much less.
# The atlas restarts on one throw-away data folder, so runs after the first are restarts of an existing database,
# as after a crash in a hall. The atlas's own start-up breakdown (phases and slowest beans) is kept in the logs.
set -euo pipefail

petclinic=${1:?"usage: $0 PETCLINIC_DIR [runs]"}
petclinic=$(cd "$petclinic" && pwd)
runs=${2:-5}
modes=${MODES:-jar aot}
here=$(cd "$(dirname "$0")/.." && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
"$java" -version 2>&1 | head -1 | grep -Eq '"(2[5-9]|[3-9][0-9])' \
  || { echo "JDK 25 or later needed for the AOT cache: set JAVA_HOME" >&2; exit 2; }
work=$(mktemp -d -t startup-compare.XXXXXX)
echo "work folder (logs, extracted jars, AOT caches): $work" >&2

atlas_jar=${ATLAS_JAR:-$(ls "$here"/target/pedal-access-atlas-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [ -z "$atlas_jar" ]; then
  (cd "$here" && ./mvnw -B -q -DskipTests package) >&2
  atlas_jar=$(ls "$here"/target/pedal-access-atlas-*.jar | grep -v original | head -1)
fi
pet_jar=$(ls "$petclinic"/target/spring-petclinic-*.jar 2>/dev/null | head -1 || true)
if [ -z "$pet_jar" ]; then
  if [ -x "$petclinic/mvnw" ]; then build=("$petclinic/mvnw"); else build=(mvn); fi
  (cd "$petclinic" && "${build[@]}" -B -q -DskipTests -Dcheckstyle.skip -Dspring-javaformat.skip=true package) >&2
  pet_jar=$(ls "$petclinic"/target/spring-petclinic-*.jar | head -1)
fi

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# The atlas runs from the checkout (content/ and ../shared/source/ are found from there) on its own data folder.
export ATLAS_DATA_DIR="$work/atlas-data"
atlas_args=(--atlas.content.dir="$here/content")
pet_args=()

# start APP MODE LOG -> prints "millis peak_rss_mib cpu_seconds"
start() {
  local app=$1 mode=$2 log=$3 p jar args=() opts=() dir
  p=$(port)
  if [ "$app" = atlas ]; then jar=$atlas_jar; args=("${atlas_args[@]}"); else jar=$pet_jar; args=("${pet_args[@]}"); fi
  if [ "$mode" = aot ]; then
    dir="$work/$app-extracted"; jar="$dir/$(basename "$jar")"; opts=(-XX:AOTCache="$work/$app.aot")
  fi
  local t0 t1 pid code=000
  t0=$(date +%s%N)
  (cd "$here" && exec "$java" "${opts[@]}" -jar "$jar" --server.port="$p" "${args[@]}") >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 3000); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$p/" 2>/dev/null || true)
    [ "$code" = 200 ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  t1=$(date +%s%N)
  local rss cpu ticks
  rss=$(awk '/VmHWM/ {printf "%d", $2/1024}' "/proc/$pid/status" 2>/dev/null || echo "?")
  ticks=$(getconf CLK_TCK)
  cpu=$(awk -v t="$ticks" '{printf "%.1f", ($14 + $15) / t}' "/proc/$pid/stat" 2>/dev/null || echo "?")
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ "$code" != 200 ]; then echo "$app ($mode) did not answer 200; see $log" >&2; exit 1; fi
  echo "$(( (t1 - t0) / 1000000 )) $rss $cpu"
}

if [[ " $modes " == *" aot "* ]]; then
  for app in atlas petclinic; do
    if [ "$app" = atlas ]; then jar=$atlas_jar; args=("${atlas_args[@]}"); else jar=$pet_jar; args=("${pet_args[@]}"); fi
    echo "training run for $app's AOT cache..." >&2
    "$java" -Djarmode=tools -jar "$jar" extract --force --destination "$work/$app-extracted" >&2
    (cd "$here" && "$java" -XX:AOTCacheOutput="$work/$app.aot" -Dspring.context.exit=onRefresh \
      -jar "$work/$app-extracted/$(basename "$jar")" --server.port=0 "${args[@]}") >"$work/$app-training.log" 2>&1
  done
fi

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

printf '| mode | run | atlas (s) | atlas CPU (s) | atlas peak RSS (MiB) | petclinic (s) | petclinic CPU (s) | petclinic peak RSS (MiB) | load avg (1 min) |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
for mode in $modes; do
  : >"$work/$mode.atlas"; : >"$work/$mode.pet"; : >"$work/$mode.atlas.cpu"; : >"$work/$mode.pet.cpu"
  for run in $(seq 1 "$runs"); do
    load=$(cut -d' ' -f1 /proc/loadavg)
    read -r a_ms a_rss a_cpu < <(start atlas "$mode" "$work/atlas-$mode-$run.log")
    read -r p_ms p_rss p_cpu < <(start petclinic "$mode" "$work/petclinic-$mode-$run.log")
    echo "$a_ms" >>"$work/$mode.atlas"; echo "$p_ms" >>"$work/$mode.pet"
    echo "$a_cpu" >>"$work/$mode.atlas.cpu"; echo "$p_cpu" >>"$work/$mode.pet.cpu"
    printf '| %s | %d | %.2f | %s | %s | %.2f | %s | %s | %s |\n' "$mode" "$run" "$(echo "$a_ms/1000" | bc -l)" "$a_cpu" \
      "$a_rss" "$(echo "$p_ms/1000" | bc -l)" "$p_cpu" "$p_rss" "$load"
  done
done
echo
printf '| mode | atlas median (s) | petclinic median (s) | ratio | atlas CPU median (s) | petclinic CPU median (s) | CPU ratio |\n'
printf '|---|---|---|---|---|---|---|\n'
for mode in $modes; do
  a=$(median <"$work/$mode.atlas"); p=$(median <"$work/$mode.pet")
  ac=$(median <"$work/$mode.atlas.cpu"); pc=$(median <"$work/$mode.pet.cpu")
  printf '| %s | %.2f | %.2f | %.2f | %.1f | %.1f | %.2f |\n' "$mode" "$(echo "$a/1000" | bc -l)" \
    "$(echo "$p/1000" | bc -l)" "$(echo "$a/$p" | bc -l)" "$ac" "$pc" "$(echo "$ac/$pc" | bc -l)"
done
echo "(ratio = atlas / petclinic, medians of this sitting)"
echo
echo "The atlas's start-up breakdown of its last run:"
grep -A14 "Start-up breakdown" "$(ls -t "$work"/atlas-*.log | head -1)" | sed 's/^/    /' || true
