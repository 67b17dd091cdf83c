#!/usr/bin/env bash
# Runs the JMH benchmarks. Usage: benchmarks/run-jmh.sh [JMH options, e.g. -f 1 -wi 2 -i 3]
# Results land in benchmarks/target/jmh-result.json.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp install -DskipTests
mvn -B -q -ntp -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
cp="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
java -cp "$cp" org.openjdk.jmh.Main -rf json -rff benchmarks/target/jmh-result.json "$@" InvocationBenchmark
