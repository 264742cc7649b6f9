#!/usr/bin/env bash
# Fuzzes the readers one after another (Jazzer fuzzes one @FuzzTest per JVM) and prints each one's figures.
# Usage: src/test/fuzz/fuzz-all.sh [seconds-per-reader [method...]]   e.g.  fuzz-all.sh 180 gcp feed
# MVN overrides the Maven command (default "mvn -B -ntp"; add -o to stay offline). Logs: target/fuzz/<method>.log
set -uo pipefail
cd "$(dirname "$0")/../../.." || exit 2
seconds=${1:-180}
shift $(($# > 0 ? 1 : 0))
methods=("$@")
if [ ${#methods[@]} -eq 0 ]; then
    mapfile -t methods < <(sed -n 's/^ *void \([A-Za-z]*\)(byte\[\] body) {$/\1/p' \
        src/test/java/org/statustray/source/fuzz/ReaderFuzzTest.java)
fi
mvn=${MVN:-mvn -B -ntp}
inputs=src/test/resources/org/statustray/source/fuzz/ReaderFuzzTestInputs
mkdir -p target/fuzz
$mvn -q test-compile || exit 2
failed=0
printf '%-11s %7s %10s %7s %7s  %s\n' reader seconds execs exec/s corpus result
for m in "${methods[@]}"; do
    mkdir -p "$inputs/$m" # where Jazzer writes a crashing input, so that the plain build replays it from then on
    log=target/fuzz/$m.log
    start=$(date +%s)
    $mvn -Pfuzz surefire:test -Dtest="ReaderFuzzTest#$m" -Dfuzz.seconds="$seconds" >"$log" 2>&1
    rc=$?
    took=$(($(date +%s) - start))
    last=$(grep -E '^#[0-9]+[[:space:]]' "$log" | tail -1)
    execs=$(sed -n 's/^#\([0-9]*\).*/\1/p' <<<"$last")
    rate=$(sed -n 's/.*exec\/s: \([0-9]*\).*/\1/p' <<<"$last")
    corpus=$(sed -n 's/.*corp: \([0-9]*\)\/.*/\1/p' <<<"$last")
    crash=$(sed -n "s/.*Test unit written to \(.*\)/\1/p" "$log" | tail -1)
    if [ "$rc" -eq 0 ]; then result=ok; else result="FAILED (exit $rc) ${crash:-see $log}"; failed=1; fi
    printf '%-11s %7s %10s %7s %7s  %s\n' "$m" "$took" "${execs:-?}" "${rate:-?}" "${corpus:-?}" "$result"
    rmdir "$inputs/$m" 2>/dev/null # nothing found: leave no empty folder behind
done
rmdir -p "$inputs" 2>/dev/null
exit $failed
