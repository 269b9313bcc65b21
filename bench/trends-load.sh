#!/usr/bin/env bash
# Spike alert scans on MariaDB with N entries (default 1,000,000) over five years and 200 themes,
# through a real portal on loopback:
#   - the nightly scan of every theme (C2 on its last ten working days, Farrington on its last four
#     weeks with three years of reference weeks), run now through POST /api/alerts/scans, 3 times;
#   - the scan after one new entry (its themes and their parents), timed by the portal itself
#     (ecdp_alerts_entryScan on /metrics) over 50 entries posted one by one.
#   bench/trends-load.sh [entries]
# Needs MariaDB on 127.0.0.1:3306 (root, no password). Uses a throwaway database ecdp_bench_trends.
# REUSE=1 keeps an already loaded ecdp_bench_trends and only measures.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}; port=${PORT:-8113}
db=ecdp_bench_trends
base=http://localhost:$port
sql() { mariadb -h 127.0.0.1 -u root "$@"; }
[[ ${REUSE:-} == 1 ]] || sql -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
[[ -f ecdp-web/target/ecdp.war ]] || mvn -B -q -o package -pl ecdp-web -am -DskipTests
data=$(mktemp -d)
ECDP_METRICS=on ECDP_DB_URL=jdbc:mariadb://127.0.0.1:3306/$db ECDP_DB_USER=root ECDP_DATA_DIR=$data ./ecdp run --demo --port $port > "$data/portal.log" 2>&1 &
launcher=$!
trap 'kill $launcher 2>/dev/null || true; wait $launcher 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -sf $base/health/ready | grep -q '"UP"'; do sleep 1; done
echo "portal ready; load: $(uptime)"
if [[ ${REUSE:-} != 1 ]]; then
echo "loading 200 themes and $n entries over five years"
t0=$(date +%s)
# 185 themes besides the demo's 15 (every fifth a sub-theme of the one before, as the demo's are);
# entries spread over 1,826 days, every service, one theme each; then the day counts rebuilt
# with the statements of the migration (the portal keeps them up to date itself from here on).
sql $db <<SQL
INSERT INTO theme (organisation_id, version, code, name, parent_id, retired) SELECT 1, 0, CONCAT('BENCH_T', LPAD(seq, 3, '0')), CONCAT('Bench theme ', seq), NULL, FALSE
FROM seq_1_to_185;
UPDATE theme c JOIN theme p ON p.code = CONCAT('BENCH_T', LPAD(CAST(SUBSTRING(c.code, 8) AS UNSIGNED) - 1, 3, '0'))
SET c.parent_id = p.id WHERE c.code LIKE 'BENCH_T%' AND CAST(SUBSTRING(c.code, 8) AS UNSIGNED) % 5 = 0 AND p.parent_id IS NULL;
-- the host organisation's (id 1) services and themes: the demo's partner organisation has its own
SET @s := (SELECT COUNT(*) FROM ecdp_service WHERE organisation_id = 1), @t := (SELECT COUNT(*) FROM theme WHERE organisation_id = 1);
CREATE TEMPORARY TABLE svc AS SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM ecdp_service WHERE organisation_id = 1;
CREATE TEMPORARY TABLE thm AS SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM theme WHERE organisation_id = 1;
INSERT INTO log_entry (organisation_id, service_id, occurred_on, summary, people_count, channel, locality, author, created_at, updated_at, deleted, fingerprint)
SELECT 1, (SELECT id FROM svc WHERE k = seq % @s), CURDATE() - INTERVAL (seq % 1826) DAY,
       CONCAT('Generated lived experience number ', seq), 1 + (seq % 7 = 0), 'PHONE',
       ELT(1 + seq % 5, 'BASILDON','CHELMSFORD','COLCHESTER','HARLOW','TENDRING'),
       'bench', NOW(), NOW(), FALSE, CONCAT('trend-bench-', seq)
FROM seq_1_to_$n;
INSERT INTO entry_theme (entry_id, theme_id)
SELECT e.id, (SELECT id FROM thm WHERE k = (e.id * 7919) % @t) FROM log_entry e WHERE e.fingerprint LIKE 'trend-bench-%';
-- the day counts the portal keeps with every change, recomputed after this bulk load (DayCounts.rebuild runs the same file)
$(cat ecdp-logging/src/main/resources/org/ecdp/logging/entry/control/day-counts-rebuild.sql)
ANALYZE TABLE log_entry, entry_theme, entry_day_count, theme;
SQL
echo "loaded in $(( $(date +%s) - t0 )) s"
fi
echo "entries: $(sql -N $db -e 'SELECT COUNT(*) FROM log_entry'), themes: $(sql -N $db -e 'SELECT COUNT(*) FROM theme WHERE survivor_id IS NULL'),"\
" first day: $(sql -N $db -e 'SELECT MIN(occurred_on) FROM log_entry'), day-count rows: $(sql -N $db -e 'SELECT COUNT(*) FROM entry_day_count')"

echo "nightly scan of every theme, now (POST /api/alerts/scans), 3 runs; load: $(uptime)"
for i in 1 2 3; do
  curl -s -u officer:demo -H 'Content-Type: application/json' -d '{}' -w '  wall %{time_total} s\n' $base/api/alerts/scans
done

echo "scan after one entry: 50 entries posted one by one (each under a bench theme and, every 5th, a sub-theme)"
today=$(date +%F)
for i in $(seq 1 50); do
  theme=$(printf 'BENCH_T%03d' $(( (i * 37) % 185 + 1 )))
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -u officer:demo -H 'Content-Type: application/json' \
    -d "{\"service\":\"ADVOCACY\",\"occurredOn\":\"$today\",\"themes\":[\"$theme\"],\"summary\":\"Bench entry $i\",\"peopleCount\":1}" \
    $base/api/entries
done | awk '{codes[$1]++; t[NR]=$2} END {n=asort(t); printf "  POST /api/entries: %s; wall median %.1f ms, max %.1f ms (entry, day counts, words and scan)\n", \
  (codes["201"] " x 201"), t[int((n+1)/2)]*1000, t[n]*1000}'
curl -s $base/metrics | grep -E '^ecdp_alerts_entryScan_seconds_(count|sum|max)' | sed 's/^/  /'
curl -s $base/metrics | awk '/^ecdp_alerts_entryScan_seconds_count/ {c=$2} /^ecdp_alerts_entryScan_seconds_sum/ {s=$2} /^ecdp_alerts_entryScan_seconds_max/ {m=$2}
  END {if (m > 1000) m = m / 1e9; # Payara 6 reports the timer max in nanoseconds under _seconds_max
       if (c > 0) printf "  scan after an entry: %d scans, mean %.1f ms, max %.1f ms\n", c, s / c * 1000, m * 1000}'
echo "load at the end: $(uptime)"
