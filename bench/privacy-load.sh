#!/usr/bin/env bash
# Data protection on MariaDB with N log entries (default 1,000,000) spread over seven years, every
# tenth with a member number: the time of one erasure (a person with entries, revisions and search
# words) and of one retention run with the default rules, through the API of a real portal.
#   bench/privacy-load.sh [entries]
# Needs MariaDB on 127.0.0.1:3306 (root, no password). Uses a throwaway database (ECDP_BENCH_DB, ecdp_bench_privacy).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}; port=${ECDP_BENCH_PORT:-8107}; db=${ECDP_BENCH_DB:-ecdp_bench_privacy}
sql() { mariadb -h 127.0.0.1 -u root "$@"; }
sql -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
# the WAR and Payara Micro as built (ECDP_BENCH_WAR, ECDP_BENCH_MICRO: copies, to build meanwhile); java 21+ on the PATH
war=${ECDP_BENCH_WAR:-ecdp-web/target/ecdp.war}; micro=${ECDP_BENCH_MICRO:-ecdp-web/target/payara-micro.jar}
data=$(mktemp -d)
ECDP_DB_URL=jdbc:mariadb://127.0.0.1:3306/$db ECDP_DB_USER=root ECDP_DATA_DIR=$data ECDP_DEMO=true \
  java -Xmx768m -jar "$micro" --deploy "$war" --contextroot / --port $port --nocluster --nohostaware > "$data/portal.log" 2>&1 &
launcher=$!
trap 'kill $launcher 2>/dev/null || true; wait $launcher 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -sf http://localhost:$port/health/ready | grep -q '"UP"'; do sleep 2; done
echo "portal ready; loading $n entries"
t0=$(date +%s)
sql $db <<SQL
SET @s := (SELECT COUNT(*) FROM ecdp_service), @t := (SELECT COUNT(*) FROM theme);
CREATE TEMPORARY TABLE svc AS SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM ecdp_service;
CREATE TEMPORARY TABLE thm AS SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM theme;
INSERT INTO log_entry (service_id, occurred_on, summary, people_count, channel, locality, person_ref, author, created_at, updated_at, deleted, fingerprint)
SELECT (SELECT id FROM svc WHERE k = CRC32(CONCAT('s', seq)) % @s), CURDATE() - INTERVAL (seq % 2555) DAY,
       CONCAT('Generated lived experience number ', seq, ' about access, buses, benefits and care'),
       1, 'PHONE', 'CHELMSFORD', IF(seq % 10 = 0, CONCAT('B-', seq % 50000), NULL),
       'bench', NOW(3), NOW(3), FALSE, CONCAT('bench-', seq)
FROM seq_1_to_$n;
INSERT INTO entry_theme (entry_id, theme_id)
SELECT e.id, (SELECT id FROM thm WHERE k = CRC32(CONCAT('t', e.id)) % @t) FROM log_entry e WHERE e.fingerprint LIKE 'bench-%';
INSERT INTO entry_word (word, entry_id) SELECT 'generated', id FROM log_entry WHERE fingerprint LIKE 'bench-%';
$(cat ecdp-logging/src/main/resources/org/ecdp/logging/entry/control/day-counts-rebuild.sql)
ANALYZE TABLE log_entry, entry_theme, entry_word, entry_day_count;
SQL
echo "loaded in $(( $(date +%s) - t0 )) s; entries: $(sql -N $db -e 'SELECT COUNT(*) FROM log_entry')"
api() { curl -sf -u "$1:demo" -H 'Content-Type: application/json' "${@:2}"; }
ref=B-12340   # every 50,000th of the tenth entries: about 20 in the load (fewer once retention ran), plus one made now
api staff -d "{\"service\":\"ADVOCACY\",\"occurredOn\":\"$(date +%F)\",\"themes\":[\"ACCESS_TO_WORK\"],\"summary\":\"Bench person said this\",\"personRef\":\"$ref\"}" http://localhost:$port/api/entries > /dev/null
echo "held before: $(api admin http://localhost:$port/api/people/$ref | grep -o '"occurredOn"' | wc -l) entries"
t=$(date +%s%N); out=$(api admin -d '{"reason":"benchmark"}' http://localhost:$port/api/people/$ref/erasure)
echo "one erasure: $(( ($(date +%s%N) - t) / 1000000 )) ms -> $out"
t=$(date +%s%N); out=$(api admin -X POST http://localhost:$port/api/retention/run)
echo "one retention run: $(( ($(date +%s%N) - t) / 1000000 )) ms -> $out"
t=$(date +%s%N); out=$(api admin -X POST http://localhost:$port/api/retention/run)
echo "the next retention run (nothing left to do): $(( ($(date +%s%N) - t) / 1000000 )) ms"
