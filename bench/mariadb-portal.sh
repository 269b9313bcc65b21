# Sourced by the MariaDB benchmarks (privacy-load.sh, backup-load.sh): a real portal on a throwaway
# MariaDB database, and N generated log entries loaded by SQL behind its back.
#   start_portal DB PORT   the WAR and Payara Micro as built (ECDP_BENCH_WAR, ECDP_BENCH_MICRO: copies,
#                          to build meanwhile) with demo accounts; sets $data (removed on exit) and $launcher
#   load_entries DB N      N entries over seven years, every tenth with a member number (B-0..B-49999),
#                          with themes, search words (also per theme) and day counts; prints the time taken
# Needs Java 21+ (JAVA_HOME, else java on the PATH) and MariaDB on 127.0.0.1:3306 (root, no password).

sql() { mariadb -h 127.0.0.1 -u root "$@"; }

start_portal() {
  local db=$1 port=$2
  local war=${ECDP_BENCH_WAR:-ecdp-web/target/ecdp.war} micro=${ECDP_BENCH_MICRO:-ecdp-web/target/payara-micro.jar}
  data=$(mktemp -d)
  ECDP_DB_URL=jdbc:mariadb://127.0.0.1:3306/$db ECDP_DB_USER=root ECDP_DATA_DIR=$data ECDP_DEMO=true \
    "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx768m -jar "$micro" --deploy "$war" --contextroot / --port "$port" --nocluster --nohostaware > "$data/portal.log" 2>&1 &
  launcher=$!
  trap 'kill $launcher 2>/dev/null || true; wait $launcher 2>/dev/null || true; rm -rf "$data"' EXIT
  until curl -sf "http://localhost:$port/health/ready" | grep -q '"UP"'; do
    kill -0 $launcher 2>/dev/null || { echo "the portal did not start (Java 21+? set JAVA_HOME):"; tail -20 "$data/portal.log"; exit 1; }
    sleep 2
  done
}

load_entries() {
  local db=$1 n=$2 t0
  echo "portal ready; loading $n entries"
  t0=$(date +%s)
  sql "$db" <<SQL
-- the host organisation's (id 1) services and themes: the demo's partner organisation has its own
SET @s := (SELECT COUNT(*) FROM ecdp_service WHERE organisation_id = 1), @t := (SELECT COUNT(*) FROM theme WHERE organisation_id = 1);
CREATE TEMPORARY TABLE svc AS SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM ecdp_service WHERE organisation_id = 1;
CREATE TEMPORARY TABLE thm AS SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM theme WHERE organisation_id = 1;
INSERT INTO log_entry (organisation_id, service_id, occurred_on, summary, people_count, channel, locality, person_ref, author, created_at, updated_at, deleted, fingerprint)
SELECT 1, (SELECT id FROM svc WHERE k = CRC32(CONCAT('s', seq)) % @s), CURDATE() - INTERVAL (seq % 2555) DAY,
       CONCAT('Generated lived experience number ', seq, ' about access, buses, benefits and care'),
       1, 'PHONE', 'CHELMSFORD', IF(seq % 10 = 0, CONCAT('B-', seq % 50000), NULL),
       'bench', NOW(3), NOW(3), FALSE, CONCAT('bench-', seq)
FROM seq_1_to_$n;
INSERT INTO entry_theme (entry_id, theme_id)
SELECT e.id, (SELECT id FROM thm WHERE k = CRC32(CONCAT('t', e.id)) % @t) FROM log_entry e WHERE e.fingerprint LIKE 'bench-%';
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
$(cat ecdp-logging/src/main/resources/org/ecdp/logging/entry/control/day-counts-rebuild.sql)
ANALYZE TABLE log_entry, entry_theme, entry_word, entry_theme_word, entry_theme_day, entry_day_count;
SQL
  echo "loaded in $(( $(date +%s) - t0 )) s; entries: $(sql -N "$db" -e 'SELECT COUNT(*) FROM log_entry')"
}
