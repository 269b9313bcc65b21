#!/usr/bin/env bash
# The log's list queries on the embedded H2 database (the default of ./ecdp run) with N entries
# (default 1,000,000): every case of LogLoad.java (first and deep pages, theme x channel, theme x
# locality, service x theme x month, words x theme) through the API, p95 of REQUESTS each.
#   bench/log-load-h2.sh [entries=1000000]
# 1. starts the portal as ./ecdp run --demo does on a fresh data directory (migrations, demo data)
#    and stops it; 2. loads the entries into the H2 file with SQL, as bench/log-load.sh does on
#    MariaDB (3 years, the host's services and themes hashed per entry, one word each, the words per
#    theme, the day counts by day-counts-rebuild.sql); 3. starts the portal again on that file and
#    measures (rate 0: pages only).
# ECDP_WAR / ECDP_MICRO: the WAR and Payara Micro jar (default the module's, built when missing);
# ECDP_BENCH_PORT (default 8094); REQUESTS and CASES as in LogLoad.java; KEEP=1 keeps the data
# directory (its path is printed) and REUSE=dir measures again on one kept earlier.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}; port=${ECDP_BENCH_PORT:-8094}
war=${ECDP_WAR:-ecdp-web/target/ecdp.war}; micro=${ECDP_MICRO:-ecdp-web/target/payara-micro.jar}
[[ -f $war && -f $micro ]] || mvn -B -q -DskipTests -DskipITs package
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
data=${REUSE:-$(mktemp -d)}
portal=
start_portal() {
  ECDP_DATA_DIR=$data "$java" ${ECDP_JAVA_OPTS:--Xmx512m} -Decdp.demo=true -jar "$micro" --deploy "$war" --contextroot / \
    --port "$port" --nocluster --nohostaware --prebootcommandfile ecdp-web/src/main/payara/metrics-off.asadmin \
    >> "$data/portal.log" 2>&1 &
  portal=$!
  until curl -sf "http://localhost:$port/health/ready" | grep -q '"UP"'; do
    kill -0 "$portal" 2>/dev/null || { echo "the portal did not start:"; tail -20 "$data/portal.log"; exit 1; }
    sleep 1
  done
}
stop_portal() { kill "$portal" 2>/dev/null || true; wait "$portal" 2>/dev/null || true; portal=; }
cleanup() {
  [[ -z $portal ]] || stop_portal
  if [[ ${KEEP:-} == 1 || -n ${REUSE:-} ]]; then echo "kept $data"; else rm -rf "$data"; fi
}
trap cleanup EXIT
if [[ -z ${REUSE:-} ]]; then
  start_portal
  echo "portal made its database in $data; stopping it to load $n entries"
  stop_portal
  h2=ecdp-web/target/h2.jar   # the H2 engine Payara Micro runs (as ./ecdp takes it)
  unzip -p "$micro" MICRO-INF/runtime/h2.jar > "$h2"
  script=$data/load.sql
  chunk=${CHUNK:-50000}
  # each statement commits by itself: many small transactions, not one of N rows (H2 keeps an open
  # transaction's pages and stores them again at its commit). The entries get their ids from the
  # script, highest first, then from the lowest up: H2 2.2 in MODE=LEGACY records the identity
  # sequence for every generated row (H2 issue 3950; see H2IdBlock), an explicit id below the
  # sequence leaves it alone
  {
    echo "CREATE LOCAL TEMPORARY TABLE svc AS SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM ecdp_service WHERE organisation_id = 1;"
    echo "CREATE LOCAL TEMPORARY TABLE thm AS SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM theme WHERE organisation_id = 1;"
    echo "SET @ns = (SELECT COUNT(*) FROM svc);"
    echo "SET @nt = (SELECT COUNT(*) FROM thm);"
    echo "SET @base = (SELECT MAX(id) FROM log_entry) + 1000;"
    entries() { # entries FIRST LAST: spread over 3 years, the host's services and themes hashed (not modulo: 1,095 days = 15 x 73)
      cat <<SQL
INSERT INTO log_entry (id, organisation_id, service_id, occurred_on, summary, people_count, channel, locality, author, created_at, updated_at, deleted, fingerprint)
SELECT @base + r.X, 1, s.id, CURRENT_DATE - MOD(r.X, 1095),
       CONCAT('Generated lived experience number ', r.X, ' about access, buses, benefits and care'),
       CASE WHEN MOD(r.X, 7) = 0 THEN 2 ELSE 1 END,
       ARRAY['PHONE','FACE_TO_FACE','EMAIL','EVENT','OTHER'][1 + MOD(r.X, 5)],
       ARRAY['BASILDON','BRAINTREE','BRENTWOOD','CASTLE_POINT','CHELMSFORD','COLCHESTER','EPPING_FOREST','HARLOW','MALDON','ROCHFORD','TENDRING','UTTLESFORD','SOUTHEND','THURROCK'][1 + MOD(r.X, 14)],
       'bench', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, FALSE, CONCAT('bench-', r.X)
FROM SYSTEM_RANGE($1, $2) r JOIN svc s ON s.k = MOD(ORA_HASH(CONCAT('s', r.X)), @ns);
SQL
    }
    entries "$n" "$n"
    for ((a = 1; a < n; a += chunk)); do entries "$a" "$(( a + chunk - 1 < n - 1 ? a + chunk - 1 : n - 1 ))"; done
    for ((a = 1; a <= n; a += chunk)); do
      b=$(( a + chunk - 1 < n ? a + chunk - 1 : n ))
      cat <<SQL
INSERT INTO entry_theme (entry_id, theme_id)
SELECT e.id, t.id FROM log_entry e JOIN thm t ON t.k = MOD(ORA_HASH(CONCAT('t', e.id)), @nt) WHERE e.id BETWEEN @base + $a AND @base + $b;
INSERT INTO entry_word (organisation_id, word, entry_id) SELECT organisation_id, 'generated', id FROM log_entry WHERE id BETWEEN @base + $a AND @base + $b;
INSERT INTO entry_theme_word (organisation_id, theme_id, word, occurred_on, entry_id, service_id, channel, locality)
SELECT e.organisation_id, et.theme_id, 'generated', e.occurred_on, e.id, e.service_id, e.channel, e.locality
FROM log_entry e JOIN entry_theme et ON et.entry_id = e.id WHERE e.id BETWEEN @base + $a AND @base + $b;
INSERT INTO entry_theme_day (organisation_id, theme_id, occurred_on, entry_id, service_id, channel, locality)
SELECT e.organisation_id, et.theme_id, e.occurred_on, e.id, e.service_id, e.channel, e.locality
FROM log_entry e JOIN entry_theme et ON et.entry_id = e.id WHERE e.id BETWEEN @base + $a AND @base + $b;
SQL
    done
    cat ecdp-logging/src/main/resources/org/ecdp/logging/entry/control/day-counts-rebuild.sql
    echo "ANALYZE;"
  } > "$script"
  t0=$SECONDS
  "$java" -Xmx2g -cp "$h2" org.h2.tools.RunScript -url "jdbc:h2:file:$data/ecdp;MODE=LEGACY" -user sa \
    -password "$(cat "$data/db-password")" -script "$script"
  echo "loaded in $(( SECONDS - t0 )) s; database file $(du -sh "$data/ecdp.mv.db" | cut -f1)"
fi
start_portal
echo "portal ready on H2 ($data)"
sleep 5   # start-up's own work (scans) settles
echo "uptime: $(uptime)"
java bench/LogLoad.java "http://localhost:$port" 0 0 | grep -v '^created='
