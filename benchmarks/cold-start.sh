#!/usr/bin/env bash
# Cold start of each deployable package, started through its own start script with its cloud's
# environment, against the floor and Spring Cloud Function's AWS adapter, in one run.
# Usage: benchmarks/cold-start.sh [runs]   (default 10; prints a Markdown table, progress on stderr)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
mvn -B -q -ntp install -DskipTests
# A Java 25 to bundle (BENCH_JAVA25_HOME, else one found under /usr/lib/jvm): its package gets an
# ahead-of-time cache instead of a CDS archive.
java25="${BENCH_JAVA25_HOME:-$(ls -d /usr/lib/jvm/*-25* 2>/dev/null | head -1)}"
if [ -n "$java25" ] && [ -x "$java25/bin/java" ]; then
  mvn -B -q -ntp -pl demo-app package -DskipTests -Ddemo.bundled-runtime="$java25" \
    -Ddemo.bundled-output=fn-bundled-java25
fi
# Start-up levers fn-spring does not ship, each measured by a copy of the demo changed for it
# (see ColdStart.LEVERS_NOT_SHIPPED): only its aliyun.zip, on the clouds' Java, is built.
lever_variant() {
  local lever="$1" copy="benchmarks/target/levers/$1"
  rm -rf "$copy" && mkdir -p "$copy" && cp -r demo-app/pom.xml demo-app/src "$copy"/
  case "$lever" in
    no-task-executor)
      printf '\nspring.autoconfigure.exclude=org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration\n' \
        >> "$copy/src/main/resources/application.properties" ;;
    one-json-mapper)
      cp benchmarks/src/levers/OneJsonMapper.java "$copy/src/main/java/io/github/fnspring/demo/" ;;
  esac
  (cd "$copy" && mvn -B -q -ntp package -DskipTests -Dfn.clouds=aliyun -Ddemo.skip-bundled=true)
}
for lever in no-task-executor one-json-mapper; do
  lever_variant "$lever"
done
work="$(mktemp -d)"
trap 'status=$?; if [ "$status" -eq 0 ]; then rm -rf "$work"; else echo "Logs kept in $work" >&2; fi' EXIT
packages=()
for name in aliyun aliyun-bundled aliyun-bundled-java25 tencent huawei-custom huawei aliyun-no-task-executor \
    aliyun-one-json-mapper; do
  zip="demo-app/target/fn/$name.zip"
  [ "$name" = aliyun-bundled ] && zip="demo-app/target/fn-bundled/aliyun.zip"
  [ "$name" = aliyun-bundled-java25 ] && zip="demo-app/target/fn-bundled-java25/aliyun.zip"
  [[ "$name" == aliyun-no-* || "$name" == aliyun-one-* ]] && zip="benchmarks/target/levers/${name#aliyun-}/target/fn/aliyun.zip"
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
