#!/usr/bin/env bash
# The one search box on 50,000 documents, and the knowledge portal's search on 50,000 sheets, FAQ and procedures.
#
#   bench/search-box.sh            # SET=box: 20,000 people + 87 offices + the knowledge base x74 (30,118 items)
#   bench/knowledge-search.sh      # SET=knowledge: the knowledge base x123 (50,061 items), the portal's search,
#                                  #   and how soon a published sheet is found
#   SKIP_BUILD=1 MVN_FLAGS=-o DURATION=30 bench/search-box.sh
#
# What it does: recreates the database $BENCH_DB; starts the jar (profiles demo,postgres, port $PORT, its own
# index directory), which loads the demo knowledge base; adds the generated people with COPY
# (bench/directory-search-generate.py); stops it and multiplies the knowledge base in the database
# (bench/multiply-knowledge.sql; LOAD=api imports bench/generate-knowledge.py's files through the API instead);
# starts it again (its knowledge index is built from the database at start, the directory's is rebuilt through
# POST /api/v1/search/index); then
#   (b) HTTP: wrk with $CONNECTIONS connections, GET /api/v1/search?size=10&q=... with the requests of the
#       evaluation sets (src/test/resources/search-eval), warm-up then measured run, p50/p95/p99;
#       SET=knowledge also: the same requests on the portal's list, GET /api/v1/knowledge/sheets?size=10&q=...,
#       and (p) bench/publish-latency.py: publication answered -> found by a search, over $PUBLISH sheets;
#   (a) in-process: the application stopped, JMH (sample time, one thread) in a JVM that boots the application on
#       the same database and index: SearchBoxBenchmark.searchBox (through SearchQuery), .rawLuceneBm25 (plain
#       Lucene ItalianAnalyzer BM25 on the same documents and requests) and, for SET=knowledge, .portalList;
#   prints the summary table (also in bench/out/search-<set>-<time>/summary.txt with every raw output).
#
# Needs a JDK 17+, PostgreSQL on PGHOST:PGPORT reachable as PGUSER without a password, python3, psql, wrk.
# Settings: SET [box] PGHOST [127.0.0.1] PGPORT [5432] PGUSER [postgres] BENCH_DB [sportello_bench_<set>]
#   PORT [18082] CONNECTIONS [16] THREADS [2] WARMUP [90] DURATION [60] PEOPLE [20000 | 832]
#   COPIES [74 | 123] (copies of the knowledge base, the demo's included) LOAD [sql | api] PUBLISH [10] PGBENCH [1]
#   START_TIMEOUT [2400] (seconds)
#   JAVA_OPTS [-Xmx1g -Xms1g -XX:+UseParallelGC] SKIP_BUILD [0] MVN_FLAGS [] JMH_ARGS [-f 1 -wi 3 -w 10s -i 5 -r 10s -t 1]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SET=${SET:-box}
case "$SET" in
  box) PEOPLE=${PEOPLE:-20000}; COPIES=${COPIES:-74}; TYPES=${TYPES:-}; QUERY_SETS=${QUERY_SETS:-switchboard,citizen}
       JMH_METHODS=${JMH_METHODS:-"SearchBoxBenchmark.(searchBox|rawLuceneBm25)$"} ;;
  knowledge) PEOPLE=${PEOPLE:-832}; COPIES=${COPIES:-123}; TYPES=${TYPES:-SHEET,FAQ,PROCEDURE}; QUERY_SETS=${QUERY_SETS:-citizen}
       JMH_METHODS=${JMH_METHODS:-"SearchBoxBenchmark.(searchBox|rawLuceneBm25|portalList)$"} ;;
  *) echo "SET is box or knowledge" >&2; exit 2 ;;
esac
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
BENCH_DB=${BENCH_DB:-sportello_bench_$SET}
PORT=${PORT:-18082}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
# The JIT compiler takes about a minute of this load to settle (bench/README.md).
WARMUP=${WARMUP:-90}
DURATION=${DURATION:-60}
PUBLISH=${PUBLISH:-10}
PGBENCH=${PGBENCH:-1}
# A loaded 2-core machine took over ten minutes to start the application.
START_TIMEOUT=${START_TIMEOUT:-2400}
# sql: the copies are made inside the database (bench/multiply-knowledge.sql, seconds); api: imported through
# POST /api/v1/knowledge/imports (bench/generate-knowledge.py's files, ten copies a request; slow, see README.md).
LOAD=${LOAD:-sql}
# The knowledge index is in memory: 50,000 items with their texts need more than the directory benchmark's 512 MB.
# The parallel collector, as README.md's production set-up (and bench/run.sh) runs it.
JAVA_OPTS=${JAVA_OPTS:--Xmx1g -Xms1g -XX:+UseParallelGC}
SKIP_BUILD=${SKIP_BUILD:-0}
MVN_FLAGS=${MVN_FLAGS:-}
JMH_ARGS=${JMH_ARGS:--f 1 -wi 3 -w 10s -i 5 -r 10s -t 1}
OUT=${OUT:-bench/out/search-$SET-$(date +%Y%m%d-%H%M%S)}
case "$OUT" in /*) ;; *) OUT="$ROOT/$OUT" ;; esac
INDEX="$OUT/index"
mkdir -p "$OUT"
BASE="http://127.0.0.1:$PORT"
APP_PID=""
stop_app() { if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi; APP_PID=""; }
trap stop_app EXIT
log() { echo "[$(date +%T)] $*" | tee -a "$OUT/log.txt" >&2; }
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

if [ "$SKIP_BUILD" != 1 ]; then
  log "building the jar and the benchmark classes"
  ./mvnw -B -q $MVN_FLAGS -DskipTests package
  ./mvnw -B -q $MVN_FLAGS test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$ROOT/bench/out/test-classpath.txt"
elif [ ! -s bench/out/test-classpath.txt ] || [ ! -f target/test-classes/it/sportello/search/SearchBoxBenchmark.class ]; then
  log "building the benchmark classes (the jar is reused)"
  ./mvnw -B -q $MVN_FLAGS test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$ROOT/bench/out/test-classpath.txt"
fi
JAR=$(ls target/sportello-*.jar | grep -v plain | head -1)

start_app() { # $1: log file
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$JAR" --spring.profiles.active=demo,postgres \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" --spring.datasource.username="$PGUSER" \
    --server.port="$PORT" --sportello.index-dir="$INDEX" > "$1" 2>&1 &
  APP_PID=$!
  local deadline=$(( $(date +%s) + START_TIMEOUT ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    grep -q "Knowledge search index built" "$1" && curl -fs "$BASE/actuator/health" > /dev/null 2>&1 && return 0
    kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$1"; exit 1; }
    sleep 2
  done
  echo "the application did not start in $START_TIMEOUT s" >&2; exit 1
}
token() { curl -fs -u "$1:$1" -H 'Content-Type: application/json' -d '{"name":"bench"}' "$BASE/api/v1/me/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'; }

log "database $BENCH_DB recreated, index in $INDEX"
psql -q -d postgres -c "drop database if exists $BENCH_DB" -c "create database $BENCH_DB"
log "starting the application (demo data) on port $PORT"
start_app "$OUT/app-load.log"
ADMIN=$(token admin)

if [ "$PEOPLE" -gt 832 ]; then
  log "adding $((PEOPLE - 832)) generated people with COPY"
  python3 bench/directory-search-generate.py "$OUT/employees.csv" "$((PEOPLE - 832))"
  psql -q -d "$BENCH_DB" -c "\\copy employee (id, first_name, last_name, title, position, office_code, extension, direct_phone, email, room) from '$OUT/employees.csv' with (format csv, delimiter ';')"
fi

if [ "$COPIES" -gt 1 ] && [ "$LOAD" = api ]; then
  log "writing $((COPIES - 1)) more copies of the knowledge base: $(python3 bench/generate-knowledge.py "$OUT/knowledge" "$COPIES") items"
  start=$(date +%s.%N)
  for sheets in "$OUT"/knowledge/sheets-*.json; do
    procedures=${sheets/sheets-/procedures-}
    code=$(curl -s -o "$OUT/import-$(basename "$sheets")" -w '%{http_code}' -H "Authorization: Bearer $ADMIN" \
      -F "sheets=@$sheets;type=application/json" -F "procedures=@$procedures;type=application/json" \
      "$BASE/api/v1/knowledge/imports?dryRun=false")
    [ "$code" = 200 ] || { echo "import of $sheets answered $code:" >&2; head -c 2000 "$OUT/import-$(basename "$sheets")" >&2; exit 1; }
  done
  IMPORT_S=$(python3 -c "import time; print('%.0f' % (time.time() - $start))")
  log "knowledge imported through the API in ${IMPORT_S} s"
fi
stop_app
if [ "$COPIES" -gt 1 ] && [ "$LOAD" = sql ]; then
  log "multiplying the knowledge base to $COPIES copies in the database (bench/multiply-knowledge.sql)"
  psql -q -d "$BENCH_DB" -v copies="$COPIES" -f bench/multiply-knowledge.sql > "$OUT/multiply.txt"
fi
# The index is built from the database at start: an import's outstanding event deliveries (each re-indexes one
# imported sheet) are dropped, and the application restarted (with a fresh JIT).
psql -q -d "$BENCH_DB" -c "delete from event_publication where completion_date is null"
log "restarting the application"
start_app "$OUT/app.log"
ADMIN=$(token admin)
OPERATOR=$(token operatore)
took=$(curl -fs -X POST -H "Authorization: Bearer $ADMIN" "$BASE/api/v1/search/index" | tee "$OUT/rebuild.json" \
  | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["took"], sum(r["indexed"].values()), "directory documents")')
log "directory index rebuilt: $took"

COUNTS=$(psql -At -F ' ' -d "$BENCH_DB" -c "select (select count(*) from employee), (select count(*) from office),
  (select count(*) from knowledge_sheet), (select count(*) from knowledge_faq), (select count(*) from knowledge_procedure)")
read -r N_PEOPLE N_OFFICES N_SHEETS N_FAQ N_PROC <<< "$COUNTS"
N_TOTAL=$((N_PEOPLE + N_OFFICES + N_SHEETS + N_FAQ + N_PROC))
[ "$SET" = knowledge ] && N_TOTAL=$((N_SHEETS + N_FAQ + N_PROC))
log "documents: $N_PEOPLE people, $N_OFFICES offices, $N_SHEETS sheets, $N_FAQ FAQ, $N_PROC procedures"

# The requests: the evaluation sets' texts, URL-encoded, one a line.
python3 - "$QUERY_SETS" > "$OUT/queries.txt" <<'EOF'
import sys, urllib.parse
for name in sys.argv[1].split(","):
    for line in open("src/test/resources/search-eval/%s.tsv" % name, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            print(urllib.parse.quote(line.split("\t")[0].strip()))
EOF
TYPE_PARAMS=""
for t in ${TYPES//,/ }; do TYPE_PARAMS="$TYPE_PARAMS&type=$t"; done

cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
run_wrk() { # $1: name, then the environment
  local name=$1; shift
  env "$@" QUERIES="$OUT/queries.txt" TOKEN="$OPERATOR" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/lua/search-box.lua "$BASE" > "$OUT/wrk-$name-warmup.txt"
  local before; before=$(cpu_ticks)
  env "$@" QUERIES="$OUT/queries.txt" TOKEN="$OPERATOR" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/lua/search-box.lua "$BASE" > "$OUT/wrk-$name.txt"
  local after; after=$(cpu_ticks)
  local requests; requests=$(awk '/^requests/ {print $2}' "$OUT/wrk-$name.txt" | tr -d ,)
  echo "$(grep '^requests' "$OUT/wrk-$name.txt" | sed 's/^requests [0-9]*, //'); $(grep -E '^p(50|95|99) ' "$OUT/wrk-$name.txt" | tr '\n' ' ')" \
    "; app CPU $(python3 -c "print('%.2f' % (($after - $before) * 1000 / $(getconf CLK_TCK) / max($requests, 1)))") ms/request"
}
log "(b) wrk: GET /api/v1/search$([ -n "$TYPE_PARAMS" ] && echo " with$TYPE_PARAMS"), $CONNECTIONS connections, ${WARMUP}s warm-up + ${DURATION}s"
HTTP_BOX=$(run_wrk box TYPES="$TYPE_PARAMS")
log "(b) $HTTP_BOX"
if [ "$SET" = knowledge ]; then
  log "(b) wrk: GET /api/v1/knowledge/sheets?q= (the portal's list), same requests"
  HTTP_PORTAL=$(run_wrk portal SEARCH_PATH="/api/v1/knowledge/sheets?size=10&q=")
  log "(b) $HTTP_PORTAL"
  log "(p) publish-to-search over $PUBLISH sheets"
  python3 bench/publish-latency.py "$BASE" "$PUBLISH" | tee "$OUT/publish.txt" >&2
  PUBLISHED=$(tail -1 "$OUT/publish.txt")
fi
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
stop_app

log "(a) JMH in-process ($JMH_METHODS): $JMH_ARGS"
# shellcheck disable=SC2086
java $JAVA_OPTS -Dbench.db.url="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" -Dbench.index.dir="$INDEX" \
  -Dbench.types="$TYPES" -Dbench.queries="$QUERY_SETS" \
  -cp "target/test-classes:target/classes:$(cat bench/out/test-classpath.txt)" org.openjdk.jmh.Main \
  "$JMH_METHODS" $JMH_ARGS -rf json -rff "$OUT/jmh.json" > "$OUT/jmh.txt" 2>&1 || { tail -40 "$OUT/jmh.txt" >&2; exit 1; }
JMH=$(python3 - "$OUT/jmh.json" <<'EOF'
import json, sys
for r in json.load(open(sys.argv[1])):
    m = r["primaryMetric"]
    p = m["scorePercentiles"]
    print("%s|p50 %.2f, **p95 %.2f**, p99 %.2f ms (mean %.2f)" % (r["benchmark"].rsplit(".", 1)[1], p["50.0"], p["95.0"], p["99.0"], m["score"]))
EOF
)
RATIO=$(python3 - "$OUT/jmh.json" <<'EOF'
import json, sys
score = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"]["score"] for r in json.load(open(sys.argv[1]))}
if "searchBox" in score and "rawLuceneBm25" in score:
    print("%.3f (mean %.3f ms vs %.3f ms per search)" % (score["rawLuceneBm25"] / score["searchBox"], score["searchBox"], score["rawLuceneBm25"]))
EOF
)

if [ "$PGBENCH" = 1 ]; then
  log "pgbench (one-row INSERT, -c32 -j2, 30 s), for the machine line"
  psql -q -d "$BENCH_DB" -c "create table if not exists bench_insert (id bigint generated by default as identity primary key, payload varchar(200) not null, created_at timestamptz not null)"
  PGB=$(pgbench -n -M prepared -c 32 -j 2 -T 30 -f bench/pgbench-insert.sql "$BENCH_DB" 2>&1 | awk '/^tps/ {printf "%.0f tps", $3}')
fi

{
  echo
  echo "## search benchmark, SET=$SET, $(date -u +%F)"
  echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/Mem/ {print $2}') GB, $(java -version 2>&1 | head -1); pgbench ${PGB:-not run}; load average at the end of the HTTP phase: $LOAD"
  echo "documents: $N_TOTAL ($N_PEOPLE people, $N_OFFICES offices, $N_SHEETS sheets, $N_FAQ FAQ, $N_PROC procedures); requests: $(wc -l < "$OUT/queries.txt") of the evaluation sets $QUERY_SETS; types: ${TYPES:-all}"
  echo
  echo "| what | result | target |"
  echo "|---|---|---|"
  echo "| (a) in-process, JMH sample time, 1 thread: $(echo "$JMH" | grep '^searchBox|' | cut -d'|' -f1) | $(echo "$JMH" | grep '^searchBox|' | cut -d'|' -f2) | p95 < 20 ms |"
  echo "| (a) raw Lucene BM25 (ItalianAnalyzer) on the same documents and requests | $(echo "$JMH" | grep '^rawLuceneBm25|' | cut -d'|' -f2) | |"
  echo "| (a) throughput of the search box as a fraction of raw BM25 (one thread: inverse of the mean times) | ${RATIO:-n/a} | |"
  if [ "$SET" = knowledge ]; then
    echo "| (a) the portal's list (first level) | $(echo "$JMH" | grep '^portalList|' | cut -d'|' -f2) | |"
  fi
  echo "| (b) HTTP GET /api/v1/search, wrk $CONNECTIONS connections, ${DURATION} s | $HTTP_BOX | p95 < 40 ms |"
  if [ "$SET" = knowledge ]; then
    echo "| (b) HTTP GET /api/v1/knowledge/sheets?q= (the portal's list) | $HTTP_PORTAL | |"
    echo "| (p) publication answered -> found by a search | ${PUBLISHED#publish-to-search: } | < 1 s |"
  fi
  [ -n "${IMPORT_S:-}" ] && echo "| knowledge import through the API ($((COPIES - 1)) copies) | ${IMPORT_S} s | |"
  echo
  echo "raw outputs: $OUT"
} | tee -a "$OUT/summary.txt"
