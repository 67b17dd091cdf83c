#!/usr/bin/env bash
# Runs each built package in a 128 MB memory cgroup, the smallest function the clouds sell:
# starts it through its bootstrap with FC's environment (FunctionGraph's packages: see below),
# sends 200 order events and reports how many were answered, the cgroup's peak usage (page
# cache included) and OOM kills.
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

# FunctionGraph: the custom runtime's package as an HTTP function (fn-spring chooses the JVM's
# options), and the built-in runtime's package under the options FunctionGraph's runtime
# starts Java with for a 128 MB function, through the runtime stand-in, 200 events in one JVM.
classes=benchmarks/target/classes
fg_usage() {
  echo "$answered/200 | $(( $(cat "$cgroup/memory.max_usage_in_bytes") / 1048576 )) | $(cat "$cgroup/memory.failcnt")" \
    "| $(( $(sed -n 's/^oom_kill //p' "$cgroup/memory.oom_control") - oom_before ))"
}
reset_cgroup() {
  echo 0 > "$cgroup/memory.max_usage_in_bytes"
  echo 0 > "$cgroup/memory.failcnt"
  oom_before=$(sed -n 's/^oom_kill //p' "$cgroup/memory.oom_control")
}
if [ -f demo-app/target/fn/huawei-custom.zip ]; then
  dir="$work/huawei-custom"
  unzip -q demo-app/target/fn/huawei-custom.zip -d "$dir"
  reset_cgroup
  port=$((20000 + RANDOM % 10000))
  (echo "$BASHPID" > "$cgroup/cgroup.procs"
   exec env RUNTIME_FUNC_NAME=order RUNTIME_MEMORY=128 FN_SERVER_PORT="$port" FN_SERVER_ADDRESS=127.0.0.1 \
     "$dir/bootstrap" > "$dir.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 600); do
    curl -s -f -o /dev/null -X POST "localhost:$port/" -H 'content-type: application/json' -d "$event" && break
    sleep 0.1
  done
  answered=0
  for _ in $(seq 1 200); do
    curl -s -f -o /dev/null -X POST "localhost:$port/" -H 'content-type: application/json' -d "$event" \
      && answered=$((answered + 1))
  done
  echo "| demo-app/target/fn/huawei-custom.zip, an HTTP function | $(fg_usage) |"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
fi
if [ -f demo-app/target/fn/huawei.zip ]; then
  dir="$work/huawei"
  unzip -q demo-app/target/fn/huawei.zip -d "$dir"
  runtime_classpath="$classes:$(cat benchmarks/target/classpath/huawei-runtime.txt)"
  options=$(java -cp "$classes" io.github.fnspring.benchmarks.OpenYuanrongOptions)
  # what main.tf gives the built-in runtime's functions, read after the runtime's own options
  java_options=$(sed -n 's/^ *_JAVA_OPTIONS = "\(.*\)"$/\1/p' demo-app/target/fn/main.tf 2> /dev/null | head -1 || true)
  for variables in "" ${java_options:+"_JAVA_OPTIONS=$java_options"}; do
    reset_cgroup
    # shellcheck disable=SC2086
    (echo "$BASHPID" > "$cgroup/cgroup.procs"
     if [ -n "$variables" ]; then export "${variables?}"; fi
     exec java $options -Dfg.invocations=200 -cp "$runtime_classpath:$dir/*" \
       io.github.fnspring.benchmarks.FgBuiltInMain <<< "$event" > "$dir.log" 2>&1) 2> /dev/null || true
    answered=$(grep -c '"orderId":"o-1"' "$dir.log" || true)
    with=""
    if [ -n "$variables" ]; then with=", with the _JAVA_OPTIONS of main.tf"; fi
    echo "| demo-app/target/fn/huawei.zip, built-in runtime under openYuanrong's Java 17 options, -Xmx128m$with" \
      "| $(fg_usage) |"
  done
fi
