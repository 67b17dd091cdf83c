#!/usr/bin/env bash
# Cold start of the demo on FC's protocol against the plain-Java floor, in one run.
# Usage: benchmarks/cold-start.sh [runs]   (default 10; prints a Markdown table)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
mvn -B -q -ntp install -DskipTests
mvn -B -q -ntp -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
cp="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
java -cp "$cp" io.github.fnspring.benchmarks.ColdStart "$runs" "$cp"
java -cp "$cp" io.github.fnspring.benchmarks.ColdStart "$runs" "$cp" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto
