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
. bench/mariadb-portal.sh
sql -e "DROP DATABASE IF EXISTS $db; DROP DATABASE IF EXISTS $restored; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
start_portal $db $port
load_entries $db $n
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
