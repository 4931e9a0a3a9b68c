#!/usr/bin/env bash
# Benchmark of the phone-switch data (targets: parse ≥ 2,000,000 queue_log lines/s; import a month of
# 10,000,000 lines into PostgreSQL in under 30 s with a heap under 256 MB; the monthly report over 1,000,000
# calls in under 1 s). In one run:
#   1. writes a month of queue_log (LINES lines, default 10,000,000) to target/bench-telephony/queue_log;
#   2. the floor: the time `wc -l` takes to read the same file;
#   3. JMH: parse and assemble the whole file in memory (QueueLogParseBenchmark), lines/s;
#   4. the command-line import (java -Xmx256m -jar … import-calls) into a fresh PostgreSQL database, the import's
#      own duration (without JVM start-up), with the GC log's largest heap after a collection;
#   5. JMH: the report over the imported calls (TelephoneReportBenchmark), 11 days (~1 M calls) and the month,
#      then the same report timed by CPU (TelephoneReportTiming).
#
#   bench/telephony.sh
#   LINES=2000000 JMH_ARGS="-f 1 -wi 1 -i 3" bench/telephony.sh      # a short run
#
# Settings: LINES, BENCH_DB [sportello_bench_telephony], PGHOST [127.0.0.1], PGPORT [5432], HEAP [256m],
# JMH_ARGS [-f 1 -wi 2 -i 5], SKIP_BUILD [0], MVN_FLAGS [] (-o offline).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
LINES=${LINES:-10000000}
BENCH_DB=${BENCH_DB:-sportello_bench_telephony}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
HEAP=${HEAP:-256m}
JMH_ARGS=${JMH_ARGS:--f 1 -wi 2 -i 5}
MVN_FLAGS=${MVN_FLAGS:-}
OUT=bench/out/telephony-$(date -u +%Y%m%dT%H%M%SZ)
DATA=target/bench-telephony
mkdir -p "$OUT" "$DATA"
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/summary.txt"; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  # shellcheck disable=SC2086
  ./mvnw -B -q $MVN_FLAGS -DskipTests package
  # shellcheck disable=SC2086
  ./mvnw -B -q $MVN_FLAGS test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$ROOT/bench/out/test-classpath.txt"
fi
JAR=$(ls target/sportello-*.jar | grep -v plain | head -1)
CP="target/test-classes:target/classes:$(cat bench/out/test-classpath.txt)"

log "1. generating $LINES lines"
python3 bench/generate-queue-log.py "$DATA/queue_log" "$LINES" 2026-10 | tee -a "$OUT/summary.txt"
ls -l "$DATA/queue_log" | tee -a "$OUT/summary.txt"

log "2. floor: wc -l on the same file (twice; the second from the page cache)"
for i in 1 2; do
  /usr/bin/time -f "wc -l: %e s" wc -l "$DATA/queue_log" 2>&1 | tee -a "$OUT/summary.txt"
done

log "3. JMH parse: $JMH_ARGS"
# shellcheck disable=SC2086
java -Xmx256m -Dbench.queue.log="$DATA/queue_log" -cp "$CP" org.openjdk.jmh.Main QueueLogParseBenchmark $JMH_ARGS \
  | tee "$OUT/jmh-parse.txt"
ms=$(awk '/parseAndAssemble/ && $2 == "ss" {print $4}' "$OUT/jmh-parse.txt" | tail -1)
lines=$(wc -l < "$DATA/queue_log")
[ -n "$ms" ] && log "parse (JMH, wall clock): $ms ms per file of $lines lines = $(python3 -c "print(f'{$lines/($ms/1000):,.0f}')") lines/s"
# The same parse timed by the thread's CPU time too: on a loaded machine the wall clock measures the others.
java -Xmx256m -cp "$CP" it.sportello.telephony.internal.QueueLogParseTiming "$DATA/queue_log" | tee -a "$OUT/summary.txt"

log "4. import into PostgreSQL ($BENCH_DB), heap $HEAP"
psql -h "$PGHOST" -p "$PGPORT" -U postgres -q -c "drop database if exists $BENCH_DB" postgres
psql -h "$PGHOST" -p "$PGPORT" -U postgres -q -c "create database $BENCH_DB" postgres
# The CPU of the database's backends serving the import, sampled every second (on a shared machine the wall clock
# measures the neighbours; CPU seconds are the import's own).
( while true; do for p in $(psql -X -h "$PGHOST" -p "$PGPORT" -U postgres -At -d postgres -c "select pid from pg_stat_activity where datname = '$BENCH_DB'"); do
    [ -r "/proc/$p/stat" ] && echo "$p $(awk '{ print $14 + $15 }' "/proc/$p/stat")"; done; sleep 1; done ) > "$OUT/pg-ticks.txt" &
SAMPLER=$!
/usr/bin/time -f "import process: %e s wall, %U s user CPU, %S s system CPU, %M KB max resident" -o "$OUT/import-time.txt" \
  java -Xmx"$HEAP" -Xms"$HEAP" -Xlog:gc:file="$OUT/gc.log" -jar "$JAR" import-calls "$DATA/queue_log" \
  --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" --spring.datasource.username=postgres \
  --sportello.index-dir="$DATA/index" --logging.level.root=WARN | tee "$OUT/import.txt"
kill "$SAMPLER"
log "import: $(sed -n "s/^durata dell'importazione: //p" "$OUT/import.txt" | tail -1) wall; CPU of the application during it: $(sed -n "s/^CPU del processo durante l'importazione: //p" "$OUT/import.txt" | tail -1); CPU of PostgreSQL's backends: $(awk '{ m[$1] = $2 } END { s = 0; for (p in m) s += m[p]; print s / 100 }' "$OUT/pg-ticks.txt") s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
cat "$OUT/import-time.txt" | tee -a "$OUT/summary.txt"
log "largest heap after a GC: $(grep -oE '[0-9]+M->[0-9]+M' "$OUT/gc.log" | sed 's/.*->//' | sort -n | tail -1) (limit $HEAP)"
psql -h "$PGHOST" -p "$PGPORT" -U postgres -At -c "select count(*) || ' calls stored; ' || sum(case when local_day <= date '2026-10-11' then 1 else 0 end) || ' in 1-11 October' from telephony_call" "$BENCH_DB" | tee -a "$OUT/summary.txt"

log "5. JMH report: $JMH_ARGS"
psql -h "$PGHOST" -p "$PGPORT" -U postgres -q -c "vacuum analyze telephony_call" "$BENCH_DB"
# shellcheck disable=SC2086
java -Xmx256m -Dbench.db.url="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" -cp "$CP" org.openjdk.jmh.Main \
  TelephoneReportBenchmark $JMH_ARGS | tee "$OUT/jmh-report.txt"
grep -E "^TelephoneReportBenchmark" "$OUT/jmh-report.txt" | tee -a "$OUT/summary.txt" || true
# The same report timed by CPU too (the application's thread and the PostgreSQL backend serving it).
java -Xmx256m -cp "$CP" it.sportello.telephony.internal.TelephoneReportTiming \
  "jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" 2026-10-01/2026-10-11 2026-10-01/2026-10-31 | tee -a "$OUT/summary.txt"

log "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
log "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "summary: $OUT/summary.txt"
