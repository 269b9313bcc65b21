#!/usr/bin/env bash
# Measures the portal's start-up: seconds from launch to /health/ready answering UP, and the
# Java process's resident memory (RSS) once ready. Uses a throwaway data directory.
#   bench/startup.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-8095}
data=$(mktemp -d)
[[ -f ecdp-web/target/ecdp.war ]] || mvn -B -q -DskipTests -DskipITs install
start=$(date +%s.%N)
ECDP_DATA_DIR=$data ./ecdp run --demo --port "$port" > "$data/portal.log" 2>&1 &
launcher=$!
trap 'kill $launcher 2>/dev/null || true; wait $launcher 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 600); do
  if curl -sf "http://localhost:$port/health/ready" 2>/dev/null | grep -q '"UP"'; then
    break
  fi
  sleep 0.2
done
ready=$(date +%s.%N)
pid=$(pgrep -f "payara-micro.jar.*--port $port" | head -1)
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
printf 'start-up to ready: %.1f s\nRSS when ready: %d MB\n' "$(awk -v a="$start" -v b="$ready" 'BEGIN{print b-a}')" "$((rss_kb / 1024))"
