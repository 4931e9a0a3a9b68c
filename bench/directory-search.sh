#!/usr/bin/env bash
# Directory search benchmark (issue 3, "Speed"): 20,000 people, then
#   (c) index rebuild time (in place, while serving), through POST /api/v1/search/index;
#   (b) HTTP: wrk, 16 connections, rotating switchboard requests, p50/p95/p99;
#   (a) in-process: JMH sample time of DirectorySearch.search (p95, p99), application stopped first so the
#       benchmark JVM owns the index.
#
#   bench/directory-search.sh                       # from the repository root, about 6 minutes
#   SKIP_BUILD=1 DURATION=30 bench/directory-search.sh
#
# Needs a JDK 17+, PostgreSQL on PGHOST:PGPORT reachable as PGUSER without a password, python3, psql, wrk.
# Settings: PGHOST [127.0.0.1] PGPORT [5432] PGUSER [postgres] BENCH_DB [sportello_bench_search]
#   PORT [18081] CONNECTIONS [16] THREADS [2] WARMUP [15] DURATION [60] PEOPLE [20000]
#   JAVA_OPTS [-Xmx512m -Xms512m] SKIP_BUILD [0] MVN_FLAGS [] (-o to build offline) JMH_ARGS [-f 1 -wi 3 -w 5s -i 5 -r 10s -t 1]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
BENCH_DB=${BENCH_DB:-sportello_bench_search}
PORT=${PORT:-18081}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-15}
DURATION=${DURATION:-60}
PEOPLE=${PEOPLE:-20000}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m -Xms512m}
SKIP_BUILD=${SKIP_BUILD:-0}
MVN_FLAGS=${MVN_FLAGS:-}   # e.g. -o offline
JMH_ARGS=${JMH_ARGS:--f 1 -wi 3 -w 5s -i 5 -r 10s -t 1}
OUT=${OUT:-bench/out/directory-search-$(date +%Y%m%d-%H%M%S)}
case "$OUT" in /*) INDEX="$OUT/index" ;; *) INDEX="$ROOT/$OUT/index" ;; esac
mkdir -p "$OUT"
BASE="http://127.0.0.1:$PORT"
APP_PID=""
stop_app() { if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi; APP_PID=""; }
trap stop_app EXIT
log() { echo "[$(date +%T)] $*" | tee -a "$OUT/summary.txt"; }

if [ "$SKIP_BUILD" != 1 ]; then
  log "building the jar and the benchmark classes"
  ./mvnw -B -q $MVN_FLAGS -DskipTests package
  ./mvnw -B -q $MVN_FLAGS test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$ROOT/bench/out/test-classpath.txt"
elif [ ! -s bench/out/test-classpath.txt ] || [ ! -d target/test-classes ]; then
  # SKIP_BUILD reuses the jar, but the in-process benchmark still needs the test classes and their classpath.
  log "building the benchmark classes (the jar is reused)"
  ./mvnw -B -q $MVN_FLAGS test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$ROOT/bench/out/test-classpath.txt"
fi
JAR=$(ls target/sportello-*.jar | grep -v plain | head -1)

log "database $BENCH_DB recreated, index in $INDEX"
psql -q -d postgres -c "drop database if exists $BENCH_DB" -c "create database $BENCH_DB"

log "starting the application (demo data: 832 people) on port $PORT"
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" --spring.profiles.active=demo,postgres \
  --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" --spring.datasource.username="$PGUSER" \
  --server.port="$PORT" --sportello.index-dir="$INDEX" --spring.thymeleaf.cache=true > "$OUT/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fs "$BASE/actuator/health" > /dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$OUT/app.log"; exit 1; }
  sleep 1
done

EXTRA=$((PEOPLE - 832))
log "adding $EXTRA generated people with COPY (behind Hibernate's back: only a rebuild indexes them)"
python3 bench/directory-search-generate.py "$OUT/employees.csv" "$EXTRA"
psql -q -d "$BENCH_DB" -c "\\copy employee (id, first_name, last_name, title, position, office_code, extension, direct_phone, email, room) from '$OUT/employees.csv' with (format csv, delimiter ';')"

token() { curl -fs -u "$1:$1" -H 'Content-Type: application/json' -d '{"name":"bench"}' "$BASE/api/v1/me/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'; }
ADMIN=$(token admin)
OPERATOR=$(token operatore)

for run in 1 2 3; do
  took=$(curl -fs -X POST -H "Authorization: Bearer $ADMIN" "$BASE/api/v1/search/index" | tee "$OUT/rebuild-$run.json" \
    | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["took"], sum(r["indexed"].values()), "documents")')
  log "(c) rebuild $run: $took"
done

log "(b) wrk warm-up ${WARMUP}s, then ${DURATION}s with $CONNECTIONS connections"
TOKEN=$OPERATOR wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/lua/directory-search.lua "$BASE" > "$OUT/wrk-warmup.txt"
TOKEN=$OPERATOR wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/lua/directory-search.lua "$BASE" | tee "$OUT/wrk.txt"
grep -E "^(requests|p50|p95|p99)" "$OUT/wrk.txt" | sed 's/^/(b) /' | tee -a "$OUT/summary.txt"

stop_app
log "(a) JMH in-process: $JMH_ARGS"
# shellcheck disable=SC2086
java $JAVA_OPTS -Dbench.db.url="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" -Dbench.index.dir="$INDEX" \
  -cp "target/test-classes:target/classes:$(cat bench/out/test-classpath.txt)" org.openjdk.jmh.Main \
  DirectorySearchBenchmark $JMH_ARGS | tee "$OUT/jmh.txt"
grep -E "search(:search)?·p0.(50|95|99) |search:p0.(50|95|99) |p0.95|p0.99" "$OUT/jmh.txt" | sed 's/^/(a) /' | tee -a "$OUT/summary.txt" || true
log "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB, $(java -version 2>&1 | head -1)"
log "done: $OUT"
