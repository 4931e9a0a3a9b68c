#!/usr/bin/env bash
# Sportello throughput benchmark: ticket creation, list and read through the HTTP API on PostgreSQL,
# then PostgreSQL's own ceiling (pgbench, one-row INSERT transactions) at the same concurrency.
#
#   bench/run.sh                      # from the repository root; about 6 minutes
#   SKIP_BUILD=1 DURATION=30 bench/run.sh
#
# Needs: Debian (or similar) with a JDK 17+, a PostgreSQL reachable at PGHOST:PGPORT as PGUSER without a
# password (trust or ~/.pgpass), and wrk + pgbench + psql (installed with apt-get when missing).
# Everything runs on this machine and talks only to 127.0.0.1. The bench database is dropped and
# recreated on every run; the application is stopped on exit, whatever happens.
#
# Settings (environment variables, defaults in brackets):
#   PGHOST [127.0.0.1] PGPORT [5432] PGUSER [postgres] BENCH_DB [sportello_bench]
#   PORT [18080]          the application's HTTP port (not 8080, so as not to clash with a running app)
#   CONNECTIONS [32] THREADS [2]   wrk and pgbench concurrency (-c / -j)
#   DURATION [60] READ_DURATION [30] PGBENCH_DURATION [60]   seconds measured
#   WARMUP [60] READ_WARMUP [20]   seconds of warm-up at least, before each measured phase; the warm-up goes on in
#                         rounds of WARMUP_ROUND [10] s until the JIT compiler is idle (it spent less than JIT_IDLE
#                         [0.05] of a round compiling) or WARMUP_MAX [480] s have passed
#   WARMUP_CONNECTIONS [4] the warm-up's wrk connections: with 32 request threads running, the compiler threads
#                         get a thirty-third of the CPU and the JIT takes minutes to reach speed; with 4 they get a fifth
#   CITIZENS [3000]       size of the pool of callers the creation bodies draw from
#   JAVA_OPTS [-Xmx512m -Xms512m -XX:+UseParallelGC]   JVM options
#   APP_ARGS              extra Spring Boot arguments (e.g. --spring.datasource.hikari.maximum-pool-size=10)
#   SKIP_BUILD [0]        1: use the jar already in target/
#   CDS [1]               1: run the application as Spring Boot documents for production start-up: the jar
#                         extracted (java -Djarmode=tools -jar … extract) with a class-data-sharing archive
#                         made by a training run; the plain `java -jar` start-up is measured first, either way
#   OUT [bench/out/<timestamp>]   where logs and raw wrk/pgbench outputs go
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
BENCH_DB=${BENCH_DB:-sportello_bench}
PORT=${PORT:-18080}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-60}
DURATION=${DURATION:-60}
READ_DURATION=${READ_DURATION:-30}
READ_WARMUP=${READ_WARMUP:-20}
WARMUP_ROUND=${WARMUP_ROUND:-10}
WARMUP_MAX=${WARMUP_MAX:-480}
WARMUP_CONNECTIONS=${WARMUP_CONNECTIONS:-4}
JIT_IDLE=${JIT_IDLE:-0.05}
PGBENCH_DURATION=${PGBENCH_DURATION:-60}
CITIZENS=${CITIZENS:-3000}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m -Xms512m -XX:+UseParallelGC}
APP_ARGS=${APP_ARGS:-}
SKIP_BUILD=${SKIP_BUILD:-0}
CDS=${CDS:-1}
OUT=${OUT:-$ROOT/bench/out/$(date -u +%Y%m%dT%H%M%SZ)}
BASE=http://127.0.0.1:$PORT

mkdir -p "$OUT"
log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# --- tools ------------------------------------------------------------------------------------------
need_apt=()
command -v wrk >/dev/null || need_apt+=(wrk)
command -v psql >/dev/null || need_apt+=(postgresql-client)
# Debian ships pgbench with the server package (postgresql-NN), not with the client.
command -v pgbench >/dev/null || need_apt+=(postgresql)
command -v curl >/dev/null || need_apt+=(curl)
if ((${#need_apt[@]})); then
	log "installing ${need_apt[*]}"
	SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
	$SUDO apt-get install -y "${need_apt[@]}" || { $SUDO apt-get update -q && $SUDO apt-get install -y "${need_apt[@]}"; }
fi
command -v java >/dev/null || { echo "a JDK 17+ is needed (apt-get install -y openjdk-17-jdk-headless)" >&2; exit 1; }

# --- build ------------------------------------------------------------------------------------------
if [ "$SKIP_BUILD" != 1 ]; then
	log "building the jar (./mvnw -B -q -DskipTests package)"
	./mvnw -B -q -DskipTests package
fi
JAR=$(ls target/sportello-*.jar | grep -v -e '-plain' -e '-sources' | head -1)

# --- database ---------------------------------------------------------------------------------------
log "recreating database $BENCH_DB"
psql -X -q -d postgres -v ON_ERROR_STOP=1 -c "drop database if exists $BENCH_DB with (force)" -c "create database $BENCH_DB"

# --- application ------------------------------------------------------------------------------------
APP_PID=""
stop_app() {
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
		log "stopping the application (pid $APP_PID)"
		kill "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
		kill -9 "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=""
}
trap stop_app EXIT
trap 'exit 130' INT TERM

if curl -s -o /dev/null "$BASE/actuator/health"; then
	echo "something already answers on port $PORT: choose another with PORT=..." >&2
	exit 1
fi

APP_COMMON=(--spring.datasource.username="$PGUSER" --server.port="$PORT" --spring.thymeleaf.cache=true)
# start_app LOG JAR [java options...]: starts the application on the bench database, sets APP_PID and
# waits until health answers UP; sets STARTUP_LOG_S (process start -> 'Started' line) and STARTUP_UP_S.
start_app() {
	local log_file=$1 jar=$2 start_ns started_ns="" up_ns=""; shift 2
	start_ns=$(date +%s%N)
	# shellcheck disable=SC2086
	java $JAVA_OPTS "$@" -jar "$jar" --spring.profiles.active=demo,postgres \
		--spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" "${APP_COMMON[@]}" \
		--sportello.index-dir="$OUT/index" $APP_ARGS >"$log_file" 2>&1 &
	APP_PID=$!
	for _ in $(seq 1 1200); do
		kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$log_file" >&2; echo "the application died" >&2; exit 1; }
		[ -z "$started_ns" ] && grep -q 'Started Sportello' "$log_file" && started_ns=$(date +%s%N)
		if curl -s "$BASE/actuator/health" | grep -q '"UP"'; then up_ns=$(date +%s%N); break; fi
		sleep 0.05
	done
	[ -n "$up_ns" ] || { echo "the application did not come up in 60 s" >&2; exit 1; }
	[ -n "$started_ns" ] || started_ns=$up_ns
	STARTUP_LOG_S=$(secs "$start_ns" "$started_ns")
	STARTUP_UP_S=$(secs "$start_ns" "$up_ns")
}
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }
spring_started() { grep -o 'Started Sportello in [0-9.]* seconds (process running for [0-9.]*)' "$1" | head -1; }

# The plain `java -jar` start-up, on a fresh database (migrations, demo data, index), then stopped.
log "starting $JAR with $JAVA_OPTS (plain java -jar, start-up only)"
start_app "$OUT/app-plain.log" "$JAR"
PLAIN_LOG_S=$STARTUP_LOG_S; PLAIN_UP_S=$STARTUP_UP_S; PLAIN_SPRING=$(spring_started "$OUT/app-plain.log")
log "plain jar up: 'Started' line after ${PLAIN_LOG_S}s, health UP after ${PLAIN_UP_S}s; app says: $PLAIN_SPRING"
stop_app

APP_JAR=$JAR; APP_JVM=(-Xlog:gc:file="$OUT/gc.log")
if [ "$CDS" = 1 ]; then
	# Spring Boot's documented production set-up: extracted jar + a class-data-sharing archive, recorded by
	# a training run that stops once the context is refreshed (on a scratch database, dropped after).
	log "extracting the jar and recording a CDS archive (training run)"
	rm -rf "$OUT/app" && java -Djarmode=tools -jar "$JAR" extract --destination "$OUT/app" >/dev/null
	APP_JAR="$OUT/app/$(basename "$JAR")"
	psql -X -q -d postgres -v ON_ERROR_STOP=1 -c "drop database if exists ${BENCH_DB}_cds with (force)" -c "create database ${BENCH_DB}_cds"
	# shellcheck disable=SC2086
	java $JAVA_OPTS -XX:ArchiveClassesAtExit="$OUT/app/sportello.jsa" -Dspring.context.exit=onRefresh -jar "$APP_JAR" \
		--spring.profiles.active=demo,postgres --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/${BENCH_DB}_cds" \
		"${APP_COMMON[@]}" --sportello.index-dir="$OUT/index-cds" $APP_ARGS >"$OUT/app-cds-training.log" 2>&1
	psql -X -q -d postgres -c "drop database if exists ${BENCH_DB}_cds with (force)"
	APP_JVM+=(-XX:SharedArchiveFile="$OUT/app/sportello.jsa")
	# The measured start below is on the database the plain start already migrated and filled: start again
	# from an empty one, so both start-ups do the same work.
	psql -X -q -d postgres -v ON_ERROR_STOP=1 -c "drop database if exists $BENCH_DB with (force)" -c "create database $BENCH_DB"
	rm -rf "$OUT/index"
fi
log "starting $APP_JAR with $JAVA_OPTS ${APP_JVM[*]}"
start_app "$OUT/app.log" "$APP_JAR" "${APP_JVM[@]}"
SPRING_STARTED=$(spring_started "$OUT/app.log")
log "up: 'Started' line after ${STARTUP_LOG_S}s, health UP after ${STARTUP_UP_S}s; app says: $SPRING_STARTED"

# --- token --------------------------------------------------------------------------------------------
TOKEN=$(curl -sf -u operatore:operatore -H 'Content-Type: application/json' -d '{"name":"bench"}' \
	"$BASE/api/v1/me/tokens" | grep -o '"token":"[^"]*"' | cut -d'"' -f4)
[ -n "$TOKEN" ] || { echo "could not create an API token" >&2; exit 1; }
export BENCH_TOKEN=$TOKEN BENCH_CITIZENS=$CITIZENS BENCH_NUMBERS=$OUT/numbers.txt

# One request by hand, so that a broken body shows its problem detail instead of a wall of 4xx.
probe=$(curl -s -o "$OUT/probe.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
	-d '{"channel":"PHONE","categoryCode":"INFORMAZIONI","subject":"Prova","description":"Prova del benchmark","citizen":{"firstName":"Mario","lastName":"Rossi","fiscalCode":"RSSMRA80A01G942K","phone":"0971 123456","email":"mario.rossi@example.org"}}' \
	"$BASE/api/v1/tickets")
[ "$probe" = 201 ] || { echo "probe POST answered $probe:" >&2; cat "$OUT/probe.json" >&2; exit 1; }

# CPU accounting, so that a run on a busy machine still says what one request costs: clock ticks of the
# application, of the PostgreSQL backends serving the bench database, of wrk, and of the whole machine.
TICK=$(getconf CLK_TCK)
proc_ticks() { local t=0 p; for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{ print $14 + $15 }' "/proc/$p/stat"))); done; echo "$t"; }
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
pg_pids() { psql -X -At -d postgres -c "select pid from pg_stat_activity where datname = '$BENCH_DB'" | tr '\n' ' '; }

run_wrk() { # name duration script path
	local name=$1 duration=$2 script=$3 path=$4 pids app0 pg0 all0 t0 wrk_cpu
	log "wrk $name: -t$THREADS -c$CONNECTIONS -d${duration}s (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
	pids=$(pg_pids); app0=$(proc_ticks "$APP_PID"); pg0=$(proc_ticks $pids); all0=$(machine_ticks); t0=$(date +%s%N)
	wrk_cpu=$( { TIMEFORMAT='%U %S'; time wrk -t"$THREADS" -c"$CONNECTIONS" -d"${duration}s" --timeout 10s --latency \
		-s "$ROOT/bench/lua/$script" "$BASE$path" >"$OUT/wrk-$name.txt"; } 2>&1 | awk '{ print $1 + $2 }')
	cat "$OUT/wrk-$name.txt" >&2
	# name wall_s app_cpu_s pg_cpu_s wrk_cpu_s machine_cpu_s
	echo "$name $(secs "$t0" "$(date +%s%N)") $(awk -v a="$(($(proc_ticks "$APP_PID") - app0))" -v p="$(($(proc_ticks $pids) - pg0))" \
		-v m="$(($(machine_ticks) - all0))" -v w="$wrk_cpu" -v t="$TICK" 'BEGIN { printf "%.2f %.2f %.2f %.2f", a / t, p / t, w, m / t }')" \
		>>"$OUT/cpu.txt"
}
# CPU milliseconds per request of one phase: app / postgres / wrk, and the share of the machine others used.
cpu_per_req() {
	awk -v n="$1" -v r="$2" -v cores="$(nproc)" '$1 == n { wall = $2; app = $3; pg = $4; wrk = $5; all = $6 } END {
		req = r * wall; others = all - app - pg - wrk; if (others < 0) others = 0
		printf "app %.2f + db %.2f + wrk %.2f ms; others used %.0f%% of the machine", 1000 * app / req, 1000 * pg / req, 1000 * wrk / req, 100 * others / (cores * wall) }' "$OUT/cpu.txt"
}
wrk_rps() { awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$OUT/wrk-$1.txt"; }
# wrk prints latencies as 12.34ms / 1.20s / 850.00us: normalise to milliseconds.
wrk_pct() {
	awk -v p="$2%" '$1 == p { v = $2; u = v; gsub(/[0-9.]/, "", u); sub(/[a-z]+$/, "", v);
		f = (u == "us") ? 0.001 : (u == "s") ? 1000 : (u == "m") ? 60000 : 1; printf "%.1f", v * f }' "$OUT/wrk-$1.txt"
}
wrk_errors() {
	awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$OUT/wrk-$1.txt"
}
tickets() { psql -X -At -d "$BENCH_DB" -c "select count(*) from ticket"; }

# The JIT compiler's total time (HotSpot's counter, in ticks of sun.os.hrt.frequency per second).
jit_ticks() { jcmd "$APP_PID" PerfCounter.print 2>/dev/null | awk -F= '$1 == "java.ci.totalTime" { print $2 }'; }
JIT_FREQ=""
# warm NAME SECONDS SCRIPT PATH: load not counted, in rounds, until at least SECONDS have passed and the JIT
# compiler spent less than JIT_IDLE of the last round compiling (or WARMUP_MAX seconds have passed). Appends
# "NAME seconds compiler-share-of-last-round" to warmup.txt.
warm() {
	local name=$1 min=$2 script=$3 path=$4 done_s=0 c0 c1 share=1
	[ -n "$JIT_FREQ" ] || JIT_FREQ=$(jcmd "$APP_PID" PerfCounter.print | awk -F= '$1 == "sun.os.hrt.frequency" { print $2 }')
	log "warm-up $name (not counted): rounds of ${WARMUP_ROUND}s at -c$WARMUP_CONNECTIONS until the JIT compiler is idle"
	while :; do
		c0=$(jit_ticks)
		wrk -t"$THREADS" -c"$WARMUP_CONNECTIONS" -d"${WARMUP_ROUND}s" --timeout 10s -s "$ROOT/bench/lua/$script" "$BASE$path" \
			>"$OUT/wrk-warmup-$name.txt"
		c1=$(jit_ticks); done_s=$((done_s + WARMUP_ROUND))
		share=$(awk -v a="$c0" -v b="$c1" -v f="$JIT_FREQ" -v r="$WARMUP_ROUND" 'BEGIN { printf "%.3f", (b - a) / f / r }')
		log "  ${done_s}s: $(awk '/^Requests\/sec:/ { printf "%.0f req/s", $2 }' "$OUT/wrk-warmup-$name.txt"), compiler busy $share of the round"
		if [ "$done_s" -ge "$min" ] && awk -v s="$share" -v t="$JIT_IDLE" 'BEGIN { exit !(s < t) }'; then break; fi
		[ "$done_s" -lt "$WARMUP_MAX" ] || { log "  still compiling after ${WARMUP_MAX}s: measuring anyway"; break; }
	done
	echo "$name $done_s $share" >>"$OUT/warmup.txt"
}

# --- load ---------------------------------------------------------------------------------------------
warm create "$WARMUP" create-ticket.lua /api/v1/tickets
commits() { psql -X -At -d postgres -c "select xact_commit from pg_stat_database where datname = '$BENCH_DB'"; }
BEFORE=$(tickets); COMMITS_BEFORE=$(commits)
run_wrk create "$DURATION" create-ticket.lua /api/v1/tickets
AFTER=$(tickets); COMMITS_AFTER=$(commits)
CREATED=$((AFTER - BEFORE))
# Database transactions per ticket opened (each commit is a WAL flush with synchronous_commit = on).
COMMITS_PER_TICKET=$(awk -v c="$((COMMITS_AFTER - COMMITS_BEFORE))" -v n="$CREATED" 'BEGIN { printf "%.2f", n ? c / n : 0 }')

psql -X -At -d "$BENCH_DB" -c "select number from ticket order by random() limit 20000" >"$BENCH_NUMBERS"
CITIZEN_ROWS=$(psql -X -At -d "$BENCH_DB" -c "select count(*) from citizen")
AUDIT_ROWS=$(psql -X -At -d "$BENCH_DB" -c "select count(*) from access_audit" 2>/dev/null || echo "?")

warm list "$READ_WARMUP" list-tickets.lua /
run_wrk list "$READ_DURATION" list-tickets.lua /
warm get "$READ_WARMUP" get-ticket.lua /
run_wrk get "$READ_DURATION" get-ticket.lua /

HEAP=$(jcmd "$APP_PID" GC.heap_info 2>/dev/null | sed -n 2p | tr -s ' ' || true)
stop_app

# --- PostgreSQL's ceiling -----------------------------------------------------------------------------
# With the application stopped, so that pgbench has the machine the application had.
log "pgbench: one-row INSERT per transaction, -c $CONNECTIONS -j $THREADS -T $PGBENCH_DURATION"
psql -X -q -d "$BENCH_DB" -v ON_ERROR_STOP=1 \
	-c "drop table if exists bench_insert" \
	-c "create table bench_insert (id bigint generated by default as identity primary key, payload varchar(200) not null, created_at timestamptz not null)"
# pgbench's backends appear once it has connected: sample their CPU from 3 s in to 10 s before the end,
# counting only the backends alive at both readings.
(
	sleep 3; pids=$(pg_pids); for p in $pids; do echo "$p $(proc_ticks "$p")"; done >"$OUT/pg-ticks-0"; m0=$(machine_ticks); t0=$(date +%s%N)
	sleep $((PGBENCH_DURATION - 13)); m1=$(machine_ticks); t1=$(date +%s%N)
	d=$(while read -r p t; do [ -r "/proc/$p/stat" ] && echo $(($(proc_ticks "$p") - t)); done <"$OUT/pg-ticks-0" | awk '{ s += $1 } END { print s + 0 }')
	echo "pgbench-sample $(secs "$t0" "$t1") $(awk -v p="$d" -v m="$((m1 - m0))" -v t="$TICK" 'BEGIN { printf "%.2f %.2f", p / t, m / t }')" >"$OUT/cpu-pgbench.txt"
) &
PG_SAMPLER=$!
PG_CLIENT_CPU=$( { TIMEFORMAT='%U %S'; time pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$PGBENCH_DURATION" \
	-f "$ROOT/bench/pgbench-insert.sql" "$BENCH_DB" >"$OUT/pgbench.txt" 2>&1; } 2>&1 | awk '{ print $1 + $2 }') \
	|| { cat "$OUT/pgbench.txt" >&2; exit 1; }
wait "$PG_SAMPLER" || true
cat "$OUT/pgbench.txt" >&2
PG_TPS=$(awk -F'[ =]+' '/^tps/ { printf "%.0f", $2; exit }' "$OUT/pgbench.txt")
PG_LAT=$(awk '/^latency average/ { print $4; exit }' "$OUT/pgbench.txt")

# --- summary --------------------------------------------------------------------------------------------
CREATE_RPS=$(wrk_rps create); LIST_RPS=$(wrk_rps list); GET_RPS=$(wrk_rps get)
CREATE_ERR=$(wrk_errors create); LIST_ERR=$(wrk_errors list); GET_ERR=$(wrk_errors get)
DB_RATE=$(awk -v n="$CREATED" -v d="$DURATION" 'BEGIN { printf "%.0f", n / d }')
FRACTION=$(awk -v a="$CREATE_RPS" -v b="$PG_TPS" 'BEGIN { printf "%.1f%%", 100 * a / b }')
# A rate counts only when no request failed.
verdict() { awk -v v="$1" -v t="$2" -v dir="$3" -v e="${4:-0}" 'BEGIN { ok = (dir == "min") ? (v >= t) : (v < t); print (ok && e == 0) ? "met" : "NOT met" }'; }
PG_CPU=$(awk -v tps="$PG_TPS" -v c="$PG_CLIENT_CPU" -v d="$PGBENCH_DURATION" -v cores="$(nproc)" '{ wall = $2; db = $3; all = $4 } END {
	if (wall == "") { print "n/a"; exit } n = tps * wall; client = c * wall / d; others = all - db - client; if (others < 0) others = 0
	printf "db %.3f + pgbench %.3f ms; others used %.0f%% of the machine", 1000 * db / n, 1000 * client / n, 100 * others / (cores * wall) }' \
	"$OUT/cpu-pgbench.txt" 2>/dev/null || echo n/a)

{
	echo
	echo "## Sportello benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo
	echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GB, $(lscpu | sed -n 's/^Model name: *//p' | head -1); java $(java -version 2>&1 | head -1 | cut -d'"' -f2); PostgreSQL $(psql -X -At -d postgres -c 'show server_version' | cut -d' ' -f1)"
	echo "JVM: $JAVA_OPTS $APP_ARGS$([ "$CDS" = 1 ] && echo ' (load phases on the extracted jar with its CDS archive)'); wrk -t$THREADS -c$CONNECTIONS; load generator, application and database share the machine"
	echo
	echo "| measure | result | target | |"
	echo "|---|---|---|---|"
	echo "| start-up, plain java -jar, process start → 'Started' log line | ${PLAIN_LOG_S} s (health UP ${PLAIN_UP_S} s; Spring: ${PLAIN_SPRING#Started Sportello }) | < 10 s | $(verdict "$PLAIN_LOG_S" 10 max) |"
	if [ "$CDS" = 1 ]; then
		echo "| start-up, extracted jar + CDS archive, process start → 'Started' log line | ${STARTUP_LOG_S} s (health UP ${STARTUP_UP_S} s; Spring: ${SPRING_STARTED#Started Sportello }) | < 10 s | $(verdict "$STARTUP_LOG_S" 10 max) |"
	fi
	echo "| POST /api/v1/tickets, ${DURATION} s | ${CREATE_RPS} req/s ($CREATED tickets stored = $DB_RATE/s), errors $CREATE_ERR | ≥ 1000/s | $(verdict "$CREATE_RPS" 1000 min "$CREATE_ERR") |"
	echo "| POST latency p50 / p99 | $(wrk_pct create 50) / $(wrk_pct create 99) ms | p99 < 100 ms | $(verdict "$(wrk_pct create 99)" 100 max) |"
	echo "| POST CPU per request | $(cpu_per_req create "$CREATE_RPS") | | |"
	echo "| POST database commits per ticket | $COMMITS_PER_TICKET | | |"
	echo "| GET /api/v1/tickets?size=20, ${READ_DURATION} s | $LIST_RPS req/s, p50 $(wrk_pct list 50) / p99 $(wrk_pct list 99) ms, errors $LIST_ERR | ≥ 3000/s | $(verdict "$LIST_RPS" 3000 min "$LIST_ERR") |"
	echo "| list CPU per request | $(cpu_per_req list "$LIST_RPS") | | |"
	echo "| GET /api/v1/tickets/{number}, ${READ_DURATION} s | $GET_RPS req/s, p50 $(wrk_pct get 50) / p99 $(wrk_pct get 99) ms, errors $GET_ERR | ≥ 3000/s | $(verdict "$GET_RPS" 3000 min "$GET_ERR") |"
	echo "| get CPU per request | $(cpu_per_req get "$GET_RPS") | | |"
	echo "| pgbench one-row INSERT, -c$CONNECTIONS -j$THREADS, ${PGBENCH_DURATION} s | ${PG_TPS} tps (latency avg ${PG_LAT} ms) | | |"
	echo "| pgbench CPU per transaction | $PG_CPU | | |"
	echo "| ticket creation as a fraction of pgbench | $FRACTION | | |"
	echo
	echo "warm-up before each phase (seconds, then the compiler's share of the last round): $(awk '{ printf "%s%s %ss (%s)", (NR > 1 ? ", " : ""), $1, $2, $3 }' "$OUT/warmup.txt")"
	echo "rows after the run: $AFTER tickets, $CITIZEN_ROWS citizens, $AUDIT_ROWS access-audit entries"
	echo "heap at the end of the read phase: $HEAP"
	echo "GC over the whole run: $(awk '/Pause/ { n++; ms = $NF; sub(/ms$/, "", ms); t += ms; if (ms > max) max = ms } END { printf "%d pauses, %.0f ms in all, longest %.1f ms", n, t, max }' "$OUT/gc.log")"
	echo "raw outputs: $OUT"
} | tee "$OUT/summary.md"
