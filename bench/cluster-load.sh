#!/usr/bin/env bash
# Throughput and p99 of POST /api/entries and of the log's first page through nginx with 1, 2
# and 3 instances of one cluster (./ecdp cluster --instances 3), on MariaDB, loopback only.
#   bench/cluster-load.sh [clients=8] [seconds=30] [warmup=15]
# One cluster of three is started (demo data, database ecdp_bench_cluster); for each K a second
# nginx on port P+50, written from the same deploy/nginx files, sends to the first K instances
# only. The idle instances stay up (they hold session backups in a real cluster; the API is
# stateless). Prints a table and the load average per run, and for each measured run the CPU
# milliseconds per request of each instance, nginx, MariaDB and the load generator (from /proc).
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-8}; seconds=${2:-30}; warmup=${3:-15}
port=${ECDP_BENCH_PORT:-8440}; db=ecdp_bench_cluster
work=$(mktemp -d /tmp/ecdp-cluster-bench.XXXXXX)
nginx=$(command -v nginx || echo /usr/sbin/nginx)
mariadb -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
ECDP_DATA_DIR=$work/data ECDP_DB_URL=jdbc:mariadb://127.0.0.1:3306/$db ECDP_DB_USER=root ECDP_DB_PASSWORD= \
  setsid ./ecdp cluster --instances 3 --port "$port" --demo > "$work/cluster.log" 2>&1 &
launcher=$!
lb=$work/lb
cleanup() {
  [[ -f $lb/nginx.pid ]] && kill -QUIT "$(cat "$lb/nginx.pid")" 2>/dev/null || true
  kill -TERM "$launcher" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$launcher" 2>/dev/null || break; sleep 1; done
  rm -rf "$work"
}
trap cleanup EXIT
until grep -q "instance 3 is ready" "$work/cluster.log"; do
  kill -0 "$launcher" 2>/dev/null || { cat "$work/cluster.log"; exit 1; }
  sleep 2
done
echo "cluster of 3 ready; $(uptime)"
mkdir -p "$lb/tmp" "$lb/logs"
results=()
for k in 1 2 3; do
  {
    echo "worker_processes auto; pid $lb/nginx.pid; error_log $lb/logs/error.log warn;"
    echo "events { worker_connections 1024; }"
    echo "http { access_log off; client_body_temp_path $lb/tmp/body; proxy_temp_path $lb/tmp/proxy;"
    echo "  fastcgi_temp_path $lb/tmp/f; uwsgi_temp_path $lb/tmp/u; scgi_temp_path $lb/tmp/s;"
    echo "  include $PWD/deploy/nginx/ecdp-http.conf;"
    echo "  upstream ecdp { hash \$ecdp_affinity consistent;"
    for i in $(seq 1 "$k"); do echo "    server 127.0.0.1:$((port + i)) max_fails=1 fail_timeout=5s;"; done
    echo "    keepalive 32; }"
    echo "  server { listen $((port + 50)); include $PWD/deploy/nginx/ecdp-locations.conf; } }"
  } > "$lb/nginx.conf"
  if [[ -f $lb/nginx.pid ]] && kill -0 "$(cat "$lb/nginx.pid")" 2>/dev/null; then
    "$nginx" -p "$lb" -c "$lb/nginx.conf" -e "$lb/logs/error.log" -s reload; sleep 1
  else
    "$nginx" -p "$lb" -c "$lb/nginx.conf" -e "$lb/logs/error.log"
  fi
  load_before=$(cut -d' ' -f1 /proc/loadavg)
  instances=""
  for i in 1 2 3; do instances+="instance $i=$(cat "$work/data/cluster/instance-$i.pid");"; done
  nginxes=$(pgrep -d, -f "nginx: (master|worker)" || true)
  out=$(ECDP_BENCH_PIDS="${instances}nginx=$nginxes;mariadb=$(pgrep -d, -x mariadbd)" \
    java bench/ClusterLoad.java "http://127.0.0.1:$((port + 50))" "$clients" "$seconds" "$warmup")
  load_after=$(cut -d' ' -f1 /proc/loadavg)
  echo "--- $k instance(s), load average $load_before -> $load_after"
  echo "$out"
  results+=("$k|$(grep '^POST' <<<"$out" | sed 's/.*= //')|$(grep '^first' <<<"$out" | sed 's/.*= //')|$load_before -> $load_after")
done
stored=$(mariadb -h 127.0.0.1 -u root -N -B $db -e "SELECT COUNT(*) FROM log_entry WHERE summary LIKE 'Cluster load:%'")
echo
echo "| instances | POST /api/entries | first log page | load average |"
echo "|---|---|---|---|"
for r in "${results[@]}"; do IFS='|' read -r k post page load <<<"$r"; echo "| $k | $post | $page | $load |"; done
echo "entries stored by the runs (warm-ups included): $stored"
