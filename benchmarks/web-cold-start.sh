#!/usr/bin/env bash
# Cold start of Spring MVC applications on FC's custom runtime, in one run: a one-controller
# application without fn-spring as a Spring Boot jar, against the same application with
# fn-spring's starter as fn-spring packages it (same JVM flags, the package's own, a bundled
# Java 17 with CDS, a bundled Java 25 with its AOT cache); both on a plain class path; and
# demo-web as a Spring Boot jar and as fn-spring's package.
# Usage: benchmarks/web-cold-start.sh [runs]   (default 10; prints a Markdown table, progress on stderr)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
mvn -B -q -ntp install -DskipTests
# The Javas to bundle: the build's own Java 17 (BENCH_JAVA17_HOME to choose another), with a CDS
# archive; a Java 25 (BENCH_JAVA25_HOME, else one found under /usr/lib/jvm), with its
# ahead-of-time cache instead.
java17="${BENCH_JAVA17_HOME:-$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')}"
mvn -B -q -ntp -pl benchmarks/web-baseline-fn package -DskipTests -Dbench.bundled-runtime="$java17" \
  -Dbench.bundled-output=fn-bundled
java25="${BENCH_JAVA25_HOME:-$(ls -d /usr/lib/jvm/*-25* 2>/dev/null | head -1)}"
if [ -n "$java25" ] && [ -x "$java25/bin/java" ]; then
  mvn -B -q -ntp -pl benchmarks/web-baseline-fn package -DskipTests -Dbench.bundled-runtime="$java25" \
    -Dbench.bundled-output=fn-bundled-java25
fi
work="$(mktemp -d)"
trap 'status=$?; if [ "$status" -eq 0 ]; then rm -rf "$work"; else echo "Logs kept in $work" >&2; fi' EXIT
unpack() {   # unzip keeps the Unix file modes: bootstrap stays executable
  if [ -f "$1" ]; then unzip -q "$1" -d "$work/$2" && echo "$work/$2"; fi
}
baseline=benchmarks/web-baseline/target
with_fn=benchmarks/web-baseline-fn/target
classes=benchmarks/target/classes
java -cp "$classes:$(cat benchmarks/target/classpath/harness.txt)" io.github.fnspring.benchmarks.WebColdStart \
  "runs=$runs" "work=$work" \
  "boot-jar=$(ls $baseline/fn-spring-benchmarks-web-baseline-*-boot.jar)" \
  "baseline-main=io.github.fnspring.benchmarks.web.HelloApplication" \
  "baseline-classpath=$(ls $baseline/fn-spring-benchmarks-web-baseline-*.jar | grep -v -- -boot.jar):$(cat "$baseline/classpath/web.txt")" \
  "baseline-with-fn-spring-classpath=$(cat "$with_fn/classpath/web-with-fn-spring.txt")" \
  "package=$(unpack "$with_fn/fn/aliyun.zip" aliyun)" \
  "package-bundled=$(unpack "$with_fn/fn-bundled/aliyun.zip" aliyun-bundled)" \
  "package-bundled-java25=$(unpack "$with_fn/fn-bundled-java25/aliyun.zip" aliyun-bundled-java25)" \
  "demo-boot-jar=$(ls demo-web/target/fn-spring-demo-web-*-boot.jar)" \
  "demo-package=$(unpack demo-web/target/fn/aliyun.zip demo-web)"
