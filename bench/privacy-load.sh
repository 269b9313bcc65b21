#!/usr/bin/env bash
# Data protection on MariaDB with N log entries (default 1,000,000) spread over seven years, every
# tenth with a member number: the time of one erasure (a person with entries, revisions and search
# words) and of one retention run with the default rules, through the API of a real portal.
#   bench/privacy-load.sh [entries]
# Needs MariaDB on 127.0.0.1:3306 (root, no password). Uses a throwaway database (ECDP_BENCH_DB, ecdp_bench_privacy).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}; port=${ECDP_BENCH_PORT:-8107}; db=${ECDP_BENCH_DB:-ecdp_bench_privacy}
. bench/mariadb-portal.sh
sql -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
start_portal $db $port
load_entries $db $n
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
