#!/usr/bin/env bash
# Cold start of Spring MVC applications on FC's custom runtime, in one run: demo-web as a plain
# Spring Boot jar against fn-spring's package of it, with the same JVM flags; and a one-controller
# application without fn-spring and with it on its class path.
# Usage: benchmarks/web-cold-start.sh [runs]   (default 10; prints a Markdown table, progress on stderr)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
mvn -B -q -ntp install -DskipTests
work="$(mktemp -d)"
trap 'status=$?; if [ "$status" -eq 0 ]; then rm -rf "$work"; else echo "Logs kept in $work" >&2; fi' EXIT
unzip -q demo-web/target/fn/aliyun.zip -d "$work/aliyun"   # keeps the Unix file modes: bootstrap stays executable
boot_jar="$(ls demo-web/target/fn-spring-demo-web-*-boot.jar)"
classes=benchmarks/target/classes
baseline=benchmarks/web-baseline/target
java -cp "$classes:$(cat benchmarks/target/classpath/harness.txt)" io.github.fnspring.benchmarks.WebColdStart \
  "runs=$runs" "work=$work" "boot-jar=$boot_jar" "aliyun=$work/aliyun" \
  "baseline-main=io.github.fnspring.benchmarks.web.HelloApplication" \
  "baseline-classpath=$baseline/classes:$(cat "$baseline/classpath/web.txt")" \
  "baseline-with-fn-spring-classpath=$baseline/classes:$(cat "$baseline/classpath/web-with-fn-spring.txt")"
