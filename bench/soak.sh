#!/usr/bin/env bash
# The soak of issue 17: POST /api/entries at RATE a second for MINUTES minutes, with OFFICERS officers
# reading the log's pages alongside, against a portal on an already loaded MariaDB database (load one
# first with bench/log-load.sh, e.g. `ECDP_BENCH_DB=ecdp_bench bench/log-load.sh 1000000 0 0`).
#   bench/soak.sh [rate=200] [minutes=10] [officers=3]
# ECDP_BENCH_DB (default ecdp_bench), ECDP_WAR/ECDP_MICRO (default the module's build), ECDP_JAVA_OPTS
# (default -Xmx512m, as ./ecdp run), SOAK_WARMUP (seconds of uncounted warm-up, default 60). Prints each minute's POST p50/p99 and the officers' page p95,
# then from the portal's GC log the heap after every old-generation collection (G1's mixed and full
# collections and the cleanup that ends a marking cycle) per minute, the connections the database
# saw (largest per minute, against the pool's 30), and whether every 201 is a row.
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-200}; minutes=${2:-10}; officers=${3:-3}; port=${ECDP_BENCH_PORT:-8098}
db=${ECDP_BENCH_DB:-ecdp_bench}
sql() { mariadb -h 127.0.0.1 -u root "$@"; }
sql -N "$db" -e 'SELECT 1 FROM log_entry LIMIT 1' >/dev/null || { echo "soak: load $db first (bench/log-load.sh)"; exit 1; }
war=${ECDP_WAR:-ecdp-web/target/ecdp.war}
[[ -f $war ]] || mvn -B -q -DskipTests -DskipITs install
data=$(mktemp -d)
launched=$(date +%s%3N)
ECDP_DB_URL=jdbc:mariadb://127.0.0.1:3306/$db ECDP_DB_USER=root ECDP_DATA_DIR=$data \
  "${JAVA_HOME:+$JAVA_HOME/bin/}java" ${ECDP_JAVA_OPTS:--Xmx512m} "-Xlog:gc:file=$data/gc.log:utctime,uptime" -Decdp.demo=true \
  -jar "${ECDP_MICRO:-ecdp-web/target/payara-micro.jar}" --deploy "$war" --contextroot / --port "$port" --nocluster --nohostaware \
  --prebootcommandfile ecdp-web/src/main/payara/metrics-off.asadmin > "$data/portal.log" 2>&1 &
portal=$!
trap 'kill $portal 2>/dev/null || true; wait $portal 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -sf "http://localhost:$port/health/ready" | grep -q '"UP"'; do
  kill -0 $portal 2>/dev/null || { echo "the portal did not start:"; tail -20 "$data/portal.log"; exit 1; }
  sleep 1
done
echo "portal ready; $(sql -N "$db" -e 'SELECT COUNT(*) FROM log_entry') entries; uptime: $(uptime)"
before=$(sql -N "$db" -e "SELECT COUNT(*) FROM log_entry WHERE summary LIKE 'Soak:%'")
# the connections the database sees, and how much it flushed, synced and waited for row locks, every 2 s
( while kill -0 $portal 2>/dev/null; do
    echo "$(date +%s) $(sql -N -e "SHOW GLOBAL STATUS WHERE Variable_name IN ('Threads_connected', 'Innodb_buffer_pool_pages_flushed',
      'Innodb_data_fsyncs', 'Innodb_row_lock_time', 'Innodb_os_log_written')" | sort | awk '{printf "%s ", $2}')"
    sleep 2
  done ) > "$data/connections.txt" &
watcher=$!
soak_start=$(date +%s)
out=$("${JAVA_HOME:+$JAVA_HOME/bin/}java" bench/Soak.java "http://localhost:$port" "$rate" "$minutes" "$officers")
kill $watcher 2>/dev/null || true
echo "$out" | grep -v '^created=\|^measure-start=\|^slow-second='
measured_from=$(( ($(echo "$out" | sed -n 's/^measure-start=//p') - launched) / 1000 ))
echo "uptime after: $(uptime)"
created=$(echo "$out" | sed -n 's/^created=//p')
after=$(sql -N "$db" -e "SELECT COUNT(*) FROM log_entry WHERE summary LIKE 'Soak:%'")
echo "201 answers: $created; new rows in the database: $(( after - before ))"
# connections: the largest number per minute of the whole run (warm-up included), and overall
python3 - "$data/connections.txt" "$soak_start" <<'PY'
import sys
# epoch, then the status values sorted by name: pages flushed, fsyncs, log bytes written, row lock ms, connections
rows = [tuple(map(int, l.split())) for l in open(sys.argv[1]) if len(l.split()) == 6]
start = int(sys.argv[2])
per = {}
for t, *_, n in rows:
    if t >= start:
        per[(t - start) // 60] = max(per.get((t - start) // 60, 0), n)
print("connections at the database, largest per minute from the start (warm-up first):", " ".join(str(per[k]) for k in sorted(per)),
      "; largest", max(per.values()) if per else "?", "(the portal's pool holds at most 30; the rest are this script's)")
PY
# the heap after each old-generation collection (G1: "Pause Young (Mixed)", "Pause Full", "Pause Cleanup")
python3 - "$data/gc.log" "$measured_from" <<'PY'
import re, sys
old = []
floor = {}
for line in open(sys.argv[1]):
    y = re.search(r"\[(\d+\.\d+)s\].*Pause .*?(\d+)M->(\d+)M\((\d+)M\)", line)
    if y:
        minute = int(float(y.group(1)) // 60)
        floor[minute] = min(floor.get(minute, 1 << 30), int(y.group(3)))
    m = re.search(r"\[(\d+\.\d+)s\].*Pause (Young \(Mixed\)|Full|Cleanup).*?(\d+)M->(\d+)M\((\d+)M\)", line)
    if m and float(m.group(1)) >= float(sys.argv[2]):
        old.append((float(m.group(1)), m.group(2), int(m.group(4)), int(m.group(5))))
print("heap after GC, smallest per minute of the portal's uptime (MB):", " ".join(f"{m}:{floor[m]}" for m in sorted(floor)))
if not old:
    print("no old-generation collection in the GC log (the heap never needed one)")
else:
    print(f"heap after each old-generation collection after the warm-up (from {sys.argv[2]} s of the portal's uptime; s, kind, MB after / MB heap):")
    print("  " + "; ".join(f"{t:.0f}s {k.split()[0]} {a}/{h}" for t, k, a, h in old))
    afters = [a for _, _, a, _ in old]
    half = len(afters) // 2
    if half:
        first, last = sum(afters[:half]) / half, sum(afters[half:]) / (len(afters) - half)
        print(f"  mean after, first half {first:.0f} MB, second half {last:.0f} MB: {100 * (last - first) / first:+.1f}%")
PY
# each second with POSTs over 50 ms beside what happened then: GC pauses (from the GC log) and the
# database's flushing, fsyncs, redo written and row-lock waits in the 2-s sample holding it, against the
# median sample of the soak
echo "$out" | grep '^slow-second=' | sed 's/^slow-second=//' > "$data/slow.txt"
python3 - "$data/slow.txt" "$data/gc.log" "$data/connections.txt" "$soak_start" <<'PY'
import re, sys, statistics
from datetime import datetime
slow = [tuple(map(int, l.split())) for l in open(sys.argv[1]) if l.strip()]
pauses = []
for line in open(sys.argv[2]):
    m = re.search(r"\[(\d{4}-\d\d-\d\dT[\d:.]+)\+0000\].*Pause (.*?) \d+M->\d+M\(\d+M\) ([\d.]+)ms", line)
    if m:
        at = datetime.fromisoformat(m.group(1) + "+00:00").timestamp()
        pauses.append((at, m.group(2), float(m.group(3))))
rows = [tuple(map(int, l.split())) for l in open(sys.argv[3]) if len(l.split()) == 6]
rows = [r for r in rows if r[0] >= int(sys.argv[4])]
deltas = [(b[0], [y - x for x, y in zip(a[1:5], b[1:5])]) for a, b in zip(rows, rows[1:])]
names = ["pages flushed", "fsyncs", "redo KB", "row-lock ms"]
def show(d):
    return ", ".join(f"{n} {v // 1024 if n == 'redo KB' else v}" for n, v in zip(names, d))
soak_pauses = [p for p in pauses if p[0] >= int(sys.argv[4])]
if soak_pauses:
    print(f"GC pauses during the soak: {len(soak_pauses)}, longest {max(p[2] for p in soak_pauses):.1f} ms, "
          f"{sum(1 for p in soak_pauses if p[2] > 20)} over 20 ms")
if deltas:
    print("database per 2 s, median over the soak:", show([int(statistics.median(d[i] for _, d in deltas)) for i in range(4)]))
if not slow:
    print("no POST over 50 ms")
for sec, count, worst in sorted(slow):
    near = [p for p in pauses if sec - 1 <= p[0] < sec + 2]
    gc = "; ".join(f"GC {k} {ms:.1f} ms at +{p - sec:.2f} s" for p, k, ms in near) or "no GC pause"
    sample = next((d for t, d in deltas if sec <= t < sec + 3), None)
    print(f"slow second {datetime.utcfromtimestamp(sec):%H:%M:%S}: {count} POSTs over 50 ms (worst {worst} ms); {gc}; "
          f"database then: {show(sample) if sample else '?'}")
PY
