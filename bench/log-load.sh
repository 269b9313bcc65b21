#!/usr/bin/env bash
# The lived experience log on MariaDB with N entries (default 1,000,000): page latency and
# sustained POST load, through the API of a real portal on loopback.
#   bench/log-load.sh [entries] [rate] [seconds]     (rate 0: pages only)
# ORGS=20 spreads the entries over 20 organisations (the demo's host ECDP, which the load signs in to,
# and 19 more opened through POST /api/organisations), each with its own service and themes: the
# cost of isolation, measured against the default ORGS=1 (every entry the host's).
# ECDP_WAR=path runs that WAR (ECDP_MICRO: the Payara Micro jar) instead of ./ecdp run, which
# builds; REQUESTS and CASES (a regex of case names) as in LogLoad.java; uptime before the pages.
# Needs MariaDB on 127.0.0.1:3306 (root, no password). Uses a throwaway database ecdp_bench.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}; rate=${2:-200}; seconds=${3:-60}; port=${ECDP_BENCH_PORT:-8096}
db=${ECDP_BENCH_DB:-ecdp_bench}   # another database: ECDP_BENCH_DB=ecdp_bench10m
sql() { mariadb -h 127.0.0.1 -u root "$@"; }
# REUSE=1 keeps an already loaded ecdp_bench and only measures
[[ ${REUSE:-} == 1 ]] || sql -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
data=$(mktemp -d)
if [[ -n ${ECDP_WAR:-} ]]; then
  # an already built WAR (and ECDP_MICRO, default the module's payara-micro.jar) started as ./ecdp run
  # starts it, without building anything
  ECDP_DB_URL=jdbc:mariadb://127.0.0.1:3306/$db ECDP_DB_USER=root ECDP_DATA_DIR=$data \
    "${JAVA_HOME:+$JAVA_HOME/bin/}java" ${ECDP_JAVA_OPTS:--Xmx512m} -Decdp.demo=true -jar "${ECDP_MICRO:-ecdp-web/target/payara-micro.jar}" \
    --deploy "$ECDP_WAR" --contextroot / --port $port --nocluster --nohostaware \
    --prebootcommandfile ecdp-web/src/main/payara/metrics-off.asadmin > "$data/portal.log" 2>&1 &
else
  [[ -f ecdp-web/target/ecdp.war ]] || mvn -B -q -DskipTests -DskipITs install
  ECDP_DB_URL=jdbc:mariadb://127.0.0.1:3306/$db ECDP_DB_USER=root ECDP_DATA_DIR=$data ./ecdp run --demo --port $port > "$data/portal.log" 2>&1 &
fi
launcher=$!
trap 'kill $launcher 2>/dev/null || true; wait $launcher 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -sf http://localhost:$port/health/ready | grep -q '"UP"'; do
  kill -0 $launcher 2>/dev/null || { echo "the portal did not start:"; tail -20 "$data/portal.log"; exit 1; }
  sleep 1
done
echo "portal ready"
orgs=${ORGS:-1}
if [[ ${REUSE:-} != 1 && $orgs -gt 1 ]]; then
  for i in $(seq 2 "$orgs"); do
    curl -sf -u network:demo -H 'Content-Type: application/json' \
      -d "{\"code\":\"BENCH_$i\",\"name\":\"Benchmark organisation $i\",\"sharesAggregates\":true,\"admin\":{\"username\":\"bench-admin-$i\",\"name\":\"Admin $i\",\"password\":\"benchmark password $i\"}}" \
      http://localhost:$port/api/organisations > /dev/null
  done
  sql $db -e "INSERT INTO ecdp_service (organisation_id, version, code, name, archived) SELECT id, 0, 'ADVOCACY', 'Advocacy', FALSE FROM organisation WHERE code LIKE 'BENCH_%'"
  echo "opened $(( orgs - 1 )) more organisations"
fi
if [[ ${REUSE:-} != 1 ]]; then
echo "loading $n entries"
t0=$(date +%s)
# spread over 3 years, every service, every theme, with words for search; ids above the demo's.
# Service and theme are hashed, not taken modulo: with 1,095 days = 15 themes x 73, "id mod 15"
# put each theme on every 15th day only, which no real log does
sql $db <<SQL
-- the organisations the entries go to: the host (k = 0) and the benchmark's own; each entry's service and
-- theme are its organisation's
CREATE TEMPORARY TABLE org AS SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM organisation
  WHERE id = 1 OR code LIKE 'BENCH_%';
SET @o := (SELECT COUNT(*) FROM org);
CREATE TEMPORARY TABLE svc AS SELECT id, organisation_id, ROW_NUMBER() OVER (PARTITION BY organisation_id ORDER BY id) - 1 AS k,
  COUNT(*) OVER (PARTITION BY organisation_id) AS n FROM ecdp_service;
CREATE TEMPORARY TABLE thm AS SELECT id, organisation_id, ROW_NUMBER() OVER (PARTITION BY organisation_id ORDER BY id) - 1 AS k,
  COUNT(*) OVER (PARTITION BY organisation_id) AS n FROM theme;
INSERT INTO log_entry (organisation_id, service_id, occurred_on, summary, people_count, channel, locality, author, created_at, updated_at, deleted, fingerprint)
SELECT o.id, (SELECT s.id FROM svc s WHERE s.organisation_id = o.id AND s.k = CRC32(CONCAT('s', q.seq)) % s.n),
       CURDATE() - INTERVAL (q.seq % 1095) DAY,
       CONCAT('Generated lived experience number ', q.seq, ' about access, buses, benefits and care'),
       1 + (q.seq % 7 = 0), ELT(1 + q.seq % 5, 'PHONE','FACE_TO_FACE','EMAIL','EVENT','OTHER'),
       ELT(1 + q.seq % 14, 'BASILDON','BRAINTREE','BRENTWOOD','CASTLE_POINT','CHELMSFORD','COLCHESTER','EPPING_FOREST','HARLOW','MALDON','ROCHFORD','TENDRING','UTTLESFORD','SOUTHEND','THURROCK'),
       'bench', NOW(3), NOW(3), FALSE, CONCAT('bench-', q.seq)
FROM seq_1_to_$n q JOIN org o ON o.k = q.seq % @o;
INSERT INTO entry_theme (entry_id, theme_id)
SELECT e.id, (SELECT t.id FROM thm t WHERE t.organisation_id = e.organisation_id AND t.k = CRC32(CONCAT('t', e.id)) % t.n)
FROM log_entry e WHERE e.fingerprint LIKE 'bench-%';
INSERT INTO entry_word (organisation_id, word, entry_id) SELECT organisation_id, 'generated', id FROM log_entry WHERE fingerprint LIKE 'bench-%';
-- the same rows per theme as the portal writes them (EntryThemeIndex): its days and its words
INSERT INTO entry_theme_day (organisation_id, theme_id, occurred_on, entry_id, service_id, channel, locality)
SELECT e.organisation_id, et.theme_id, e.occurred_on, e.id, e.service_id, e.channel, e.locality
FROM log_entry e JOIN entry_theme et ON et.entry_id = e.id WHERE e.fingerprint LIKE 'bench-%'
ORDER BY e.organisation_id, et.theme_id, e.occurred_on, e.id;
INSERT INTO entry_theme_word (organisation_id, theme_id, word, occurred_on, entry_id, service_id, channel, locality)
SELECT e.organisation_id, et.theme_id, 'generated', e.occurred_on, e.id, e.service_id, e.channel, e.locality
FROM log_entry e JOIN entry_theme et ON et.entry_id = e.id WHERE e.fingerprint LIKE 'bench-%'
ORDER BY e.organisation_id, et.theme_id, e.occurred_on, e.id;
-- the day counts the portal keeps with every change, recomputed after this bulk load (DayCounts.rebuild runs the same file)
$(cat ecdp-logging/src/main/resources/org/ecdp/logging/entry/control/day-counts-rebuild.sql)
ANALYZE TABLE log_entry, entry_theme, entry_word, entry_theme_word, entry_theme_day;
SQL
echo "loaded in $(( $(date +%s) - t0 )) s"
fi
echo "entries in the database: $(sql -N $db -e 'SELECT COUNT(*) FROM log_entry'), of which the host's (measured): $(sql -N $db -e 'SELECT COUNT(*) FROM log_entry WHERE organisation_id = 1'); organisations: $(sql -N $db -e 'SELECT COUNT(*) FROM organisation')"
before=$(sql -N $db -e "SELECT COUNT(*) FROM log_entry WHERE summary LIKE 'Load test:%'")
echo "uptime: $(uptime)"
out=$(java bench/LogLoad.java http://localhost:$port "$rate" "$seconds")
echo "$out" | grep -v '^created='
created=$(echo "$out" | sed -n 's/^created=//p')
after=$(sql -N $db -e "SELECT COUNT(*) FROM log_entry WHERE summary LIKE 'Load test:%'")
echo "201 answers: $created; new rows in the database: $(( after - before ))"
