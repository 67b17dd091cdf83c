#!/usr/bin/env bash
# Runs each built package in a 128 MB memory cgroup, the smallest function the clouds sell:
# starts it through its bootstrap with FC's environment, sends 200 order events and reports
# how many were answered, the cgroup's peak usage (page cache included) and OOM kills.
# Needs root and the cgroup v1 memory controller (/sys/fs/cgroup/memory).
# Usage: benchmarks/memory-128mb.sh   (after benchmarks/cold-start.sh or mvn install)
set -euo pipefail
cd "$(dirname "$0")/.."
cgroup=/sys/fs/cgroup/memory/fn-spring-128mb
mkdir -p "$cgroup"
echo $((128 * 1024 * 1024)) > "$cgroup/memory.limit_in_bytes"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
event='{"orderId":"o-1","sku":"tea","quantity":3,"unitPrice":2.5}'
echo "| package | answered | peak cgroup usage, MB of 128 | times the limit was hit | OOM kills |"
echo "|---|---|---|---|---|"
for zip in demo-app/target/fn/aliyun.zip demo-app/target/fn-bundled/aliyun.zip \
    demo-app/target/fn-bundled-java25/aliyun.zip; do
  [ -f "$zip" ] || continue
  dir="$work/$(echo "$zip" | tr '/' '_')"
  unzip -q "$zip" -d "$dir"
  echo 0 > "$cgroup/memory.max_usage_in_bytes"
  echo 0 > "$cgroup/memory.failcnt"
  oom_before=$(sed -n 's/^oom_kill //p' "$cgroup/memory.oom_control")
  port=$((20000 + RANDOM % 10000))
  (echo "$BASHPID" > "$cgroup/cgroup.procs"
   exec env FC_FUNCTION_NAME=order FC_CUSTOM_LISTEN_PORT="$port" FN_SERVER_ADDRESS=127.0.0.1 \
     FC_FUNCTION_MEMORY_SIZE=128 "$dir/bootstrap" > "$dir.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 600); do
    curl -s -f -o /dev/null -X POST "localhost:$port/invoke" -d "$event" && break
    sleep 0.1
  done
  answered=0
  for _ in $(seq 1 200); do
    curl -s -f -o /dev/null -X POST "localhost:$port/invoke" -d "$event" && answered=$((answered + 1))
  done
  oom_after=$(sed -n 's/^oom_kill //p' "$cgroup/memory.oom_control")
  echo "| $zip | $answered/200 | $(( $(cat "$cgroup/memory.max_usage_in_bytes") / 1048576 )) |" \
    "$(cat "$cgroup/memory.failcnt") | $((oom_after - oom_before)) |"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
done
