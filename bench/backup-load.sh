#!/usr/bin/env bash
# Backup and restore on MariaDB with N log entries (default 1,000,000) over seven years, as an
# organisation without a database administrator runs them: ./ecdp backup while the portal runs
# and takes entries, then ./ecdp restore into an empty database, and the restored database is
# checked to hold every entry.
#   bench/backup-load.sh [entries]
# Needs Java 21+ (JAVA_HOME, else java on the PATH), MariaDB on 127.0.0.1:3306 (root, no password) and its client tools; throwaway databases
# ecdp_bench_backup and ecdp_bench_restored.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}; port=${ECDP_BENCH_PORT:-8109}; db=ecdp_bench_backup; restored=ecdp_bench_restored
sql() { mariadb -h 127.0.0.1 -u root "$@"; }
sql -e "DROP DATABASE IF EXISTS $db; DROP DATABASE IF EXISTS $restored; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
war=${ECDP_BENCH_WAR:-ecdp-web/target/ecdp.war}; micro=${ECDP_BENCH_MICRO:-ecdp-web/target/payara-micro.jar}
data=$(mktemp -d)
ECDP_DB_URL=jdbc:mariadb://127.0.0.1:3306/$db ECDP_DB_USER=root ECDP_DATA_DIR=$data ECDP_DEMO=true \
  "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx768m -jar "$micro" --deploy "$war" --contextroot / --port $port --nocluster --nohostaware > "$data/portal.log" 2>&1 &
launcher=$!
trap 'kill $launcher 2>/dev/null || true; wait $launcher 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -sf http://localhost:$port/health/ready | grep -q '"UP"'; do
  kill -0 $launcher 2>/dev/null || { echo "the portal did not start (Java 21+? set JAVA_HOME):"; tail -20 "$data/portal.log"; exit 1; }
  sleep 2
done
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
# entries keep arriving while the backup runs
( for i in $(seq 1 200); do curl -sf -u staff:demo -H 'Content-Type: application/json' \
    -d "{\"service\":\"ADVOCACY\",\"occurredOn\":\"$(date +%F)\",\"themes\":[\"TRANSPORT\"],\"summary\":\"During the backup $i\"}" \
    http://localhost:$port/api/entries > /dev/null || true; done ) &
writer=$!
file=$data/backup.sql.gz
t=$(date +%s%N)
ECDP_DB_URL=jdbc:mariadb://127.0.0.1:3306/$db ECDP_DB_USER=root ECDP_DATA_DIR=$data ./ecdp backup "$file"
echo "backup while the portal runs: $(( ($(date +%s%N) - t) / 1000000 )) ms, $(du -h "$file" | cut -f1)"
wait $writer
t=$(date +%s%N)
ECDP_DB_URL=jdbc:mariadb://127.0.0.1:3306/$restored ECDP_DB_USER=root ECDP_DATA_DIR=$data ./ecdp restore "$file"
echo "restore into an empty database: $(( ($(date +%s%N) - t) / 1000000 )) ms"
echo "entries: backed-up database $(sql -N $db -e 'SELECT COUNT(*) FROM log_entry') (200 more were logged during and after the backup), restored $(sql -N $restored -e 'SELECT COUNT(*) FROM log_entry')"
sql -e "DROP DATABASE $db; DROP DATABASE $restored"
