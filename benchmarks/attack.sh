#!/usr/bin/env bash
# Runs the attack suite (demo-app/src/it/java/io/github/fnspring/demo/AttackIT.java): each
# scenario starts a built package through its bootstrap with its cloud's environment, attacks
# it over 127.0.0.1 only, checks what must hold and adds a row of figures to
# demo-app/target/attack-report.md, which this script prints at the end.
#   quick  the default: the scale every `mvn verify` runs, about two minutes on two cores
#   full   larger counts (20,000-name flood, 200 slow connections, 10,000 invocations, ...)
# The demo's unit tests run too: -DskipTests would skip the failsafe tests as well.
# Usage: benchmarks/attack.sh [quick|full]
set -euo pipefail
cd "$(dirname "$0")/.."
scale="${1:-quick}"
case "$scale" in
  quick|full) ;;
  *) echo "usage: $0 [quick|full]" >&2; exit 2 ;;
esac
report=demo-app/target/attack-report.md
start=$SECONDS
mvn -B -q -ntp install -DskipTests
rm -f "$report"
status=0
mvn -B -ntp -pl demo-app verify -Dit.test=AttackIT -Dattack.scale="$scale" || status=$?
echo
if [ -f "$report" ]; then
  cat "$report"
else
  echo "No report was written to $report: the build failed before the attack suite ran." >&2
fi
echo
echo "attack suite ($scale): $((SECONDS - start)) s in all, build included; exit status $status"
exit "$status"
