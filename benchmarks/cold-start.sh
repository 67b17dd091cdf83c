#!/usr/bin/env bash
# Cold start of each deployable package, started through its own start script with its cloud's
# environment, against the floor and Spring Cloud Function's AWS adapter, in one run.
# Usage: benchmarks/cold-start.sh [runs]   (default 10; prints a Markdown table, progress on stderr)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
mvn -B -q -ntp install -DskipTests
work="$(mktemp -d)"
trap 'status=$?; if [ "$status" -eq 0 ]; then rm -rf "$work"; else echo "Logs kept in $work" >&2; fi' EXIT
packages=()
for name in aliyun aliyun-bundled tencent huawei-custom huawei; do
  zip="demo-app/target/fn/$name.zip"
  [ "$name" = aliyun-bundled ] && zip="demo-app/target/fn-bundled/aliyun.zip"
  if [ -f "$zip" ]; then
    unzip -q "$zip" -d "$work/$name"   # unzip keeps the Unix file modes, so bootstrap stays executable
    packages+=("$name=$work/$name")
  else
    echo "Note: $zip was not built; $name is skipped" >&2
    packages+=("$name=")
  fi
done
classes=benchmarks/target/classes
classpaths=benchmarks/target/classpath
aws_jar="$(ls benchmarks/aws-adapter-baseline/target/fn-spring-benchmarks-aws-adapter-baseline-*-aws.jar)"
java -cp "$classes:$(cat "$classpaths/harness.txt")" io.github.fnspring.benchmarks.ColdStart \
  "runs=$runs" "work=$work" \
  "floor-classpath=$classes:$(cat "$classpaths/floor.txt")" \
  "aws-jar=$aws_jar" \
  "huawei-runtime-classpath=$classes:$(cat "$classpaths/huawei-runtime.txt")" \
  "${packages[@]}"
