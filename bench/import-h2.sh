#!/usr/bin/env bash
# The workbook import on the embedded H2 database: N rows (default 100,000) posted to
# POST /api/entries/import of a portal started on a fresh H2 data directory with a GC log.
#   bench/import-h2.sh [rows] [seed]
# Prints `uptime` before and after, the import's wall time (ImportLoad's answer) and the portal's CPU
# time during it, and the server's
# heap peak from its GC log: the largest heap "used before GC" of the collections during the
# import (and the largest "after" a young or full collection: about what was still reachable), the database file's size, and
# the server's own log line splitting the time into check, write and day counts.
# ECDP_JAVA_OPTS as for ./ecdp run (default -Xmx512m, the launcher's); ECDP_BENCH_PORT (default
# 8093); KEEP=1 leaves the data directory (its path is printed); JFR=file.jfr records a profile of
# the portal (settings=profile) from its start to its end. Builds what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}; seed=${2:-42}; port=${ECDP_BENCH_PORT:-8093}
[[ -f ecdp-web/target/ecdp.war && -f ecdp-web/target/payara-micro.jar ]] || mvn -B -q -DskipTests -DskipITs package
# ImportLoad and its classpath (the test classes of ecdp-web)
mvn -B -q -o -pl ecdp-web test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test -Dchecks.skip > /dev/null
data=$(mktemp -d)
gc=$data/gc.log
# as ./ecdp run --demo starts it, with the GC log and /metrics on (ImportLoad samples the heap there too)
ECDP_DATA_DIR=$data "${JAVA_HOME:+$JAVA_HOME/bin/}java" ${ECDP_JAVA_OPTS:--Xmx512m} "-Xlog:gc:file=$gc" \
  ${JFR:+-XX:StartFlightRecording:filename=$JFR,settings=profile} -Decdp.demo=true \
  -jar ecdp-web/target/payara-micro.jar --deploy ecdp-web/target/ecdp.war --contextroot / --port "$port" \
  --nocluster --nohostaware > "$data/portal.log" 2>&1 &
portal=$!
cleanup() {
  kill "$portal" 2>/dev/null || true; wait "$portal" 2>/dev/null || true
  if [[ ${KEEP:-} == 1 ]]; then echo "kept $data"; else rm -rf "$data"; fi
}
trap cleanup EXIT
until curl -sf "http://localhost:$port/health/ready" | grep -q '"UP"'; do
  kill -0 "$portal" 2>/dev/null || { echo "the portal did not start:"; tail -20 "$data/portal.log"; exit 1; }
  sleep 1
done
sleep 5   # let start-up's own work (demo data, first scans) settle
echo "portal ready (pid $portal, data $data)"
echo "before: $(uptime)"
before=$(wc -l < "$gc")
# the portal's CPU time (user + system, clock ticks), which a crowded machine changes less than the wall time
cpu() { awk '{ print $14 + $15 }' "/proc/$portal/stat"; }
cpu0=$(cpu)
java -cp "ecdp-web/target/test-classes:$(cat ecdp-web/target/test-classpath.txt)" org.ecdp.web.ImportLoad \
  "http://localhost:$port" "$rows" "$seed"
cpu1=$(cpu)
echo "portal CPU during the import: $(( (cpu1 - cpu0) / $(getconf CLK_TCK) )) s"
sleep 1
echo "after: $(uptime)"
# G1 lines: "... Pause Young (Normal) (G1 Evacuation Pause) 245M->120M(512M) 3.456ms"; the concurrent
# cycle's Remark and Cleanup pauses free nothing and are left out
tail -n +"$((before + 1))" "$gc" | grep -E 'Pause (Young|Full)' | sed -n 's/.* \([0-9]*\)M->\([0-9]*\)M(\([0-9]*\)M).*/\1 \2 \3/p' |
  awk '{ if ($1 > b) b = $1; if ($2 > a) a = $2; if ($3 > c) c = $3; n++ }
       END { printf "server heap (GC log, %d collections during the import): peak used before GC %d MB, largest after GC %d MB, committed up to %d MB\n", n, b, a, c }'
grep -o 'Import of .*' "$data/portal.log" | tail -1 || true
du -sh "$data/ecdp.mv.db" | awk '{ print "database file: " $1 }'
