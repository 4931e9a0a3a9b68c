#!/usr/bin/env bash
# Start-up only: the plain `java -jar` start of bench/run.sh (step 3), repeated RUNS times, each on a freshly
# created database and an empty index directory, so every start migrates, loads the demo data and fills the
# index. Measures process start -> 'Started Sportello' log line and -> health UP, then checks that the
# application is usable at that moment (demo people and tickets in the database, the directory search
# answering with results), then stops it. Prints each run and the median.
#
#   bench/startup.sh                 # from the repository root, after ./mvnw -B -DskipTests package
#   RUNS=5 JAVA_OPTS="-Xmx512m -Xms512m -XX:+UseParallelGC -XX:StartFlightRecording=filename=x.jfr" bench/startup.sh
#
# Settings: PGHOST [127.0.0.1] PGPORT [5432] PGUSER [postgres] BENCH_DB [sportello_startup_bench]
#   JAR [target/sportello-*.jar] PORT [18090] RUNS [3] JAVA_OPTS [-Xmx512m -Xms512m -XX:+UseParallelGC] APP_ARGS [] OUT [bench/out/startup-<ts>]
set -euo pipefail

cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
BENCH_DB=${BENCH_DB:-sportello_startup_bench}
PORT=${PORT:-18090}
RUNS=${RUNS:-3}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m -Xms512m -XX:+UseParallelGC}
APP_ARGS=${APP_ARGS:-}
OUT=${OUT:-bench/out/startup-$(date -u +%Y%m%dT%H%M%SZ)}
BASE=http://127.0.0.1:$PORT
JAR=${JAR:-$(ls target/sportello-*.jar | grep -v -e '-plain' -e '-sources' | head -1)}
mkdir -p "$OUT"

APP_PID=""
stop_app() {
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
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
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }
sql() { psql -X -At -d "$BENCH_DB" -c "$1"; }

results=()
for run in $(seq 1 "$RUNS"); do
	psql -X -q -d postgres -v ON_ERROR_STOP=1 -c "drop database if exists $BENCH_DB with (force)" -c "create database $BENCH_DB"
	rm -rf "$OUT/index"
	log_file="$OUT/app-$run.log"
	started_ns="" up_ns=""
	start_ns=$(date +%s%N)
	# shellcheck disable=SC2086
	java $JAVA_OPTS -jar "$JAR" --spring.profiles.active=demo,postgres \
		--spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" --spring.datasource.username="$PGUSER" \
		--server.port="$PORT" --spring.thymeleaf.cache=true --sportello.index-dir="$OUT/index" $APP_ARGS >"$log_file" 2>&1 &
	APP_PID=$!
	for _ in $(seq 1 1200); do
		kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$log_file" >&2; echo "the application died" >&2; exit 1; }
		[ -z "$started_ns" ] && grep -q 'Started Sportello' "$log_file" && started_ns=$(date +%s%N)
		if curl -s "$BASE/actuator/health" | grep -q '"status":"UP"'; then up_ns=$(date +%s%N); break; fi
		sleep 0.05
	done
	[ -n "$up_ns" ] || { echo "the application did not come up in 60 s" >&2; exit 1; }
	# CPU the application used until UP (all its threads: main, JIT compilers, GC), and the machine's load:
	# on a shared machine the CPU figure is the steadier one.
	cpu=$(awk -v t="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$APP_PID/stat") load=$(cut -d' ' -f1 /proc/loadavg)
	[ -n "$started_ns" ] || started_ns=$up_ns
	# Usable the moment health says UP: demo data stored and the directory index answering.
	people=$(sql "select count(*) from employee") tickets=$(sql "select count(*) from ticket")
	hits=$(curl -s -u operatore:operatore "$BASE/api/v1/directory/search?q=rossi&limit=5" | grep -o '"id"' | wc -l || true)
	spring=$(grep -o 'Started Sportello in [0-9.]* seconds' "$log_file" | head -1 | grep -o '[0-9.]* seconds' || true)
	stop_app
	line="run $run: 'Started' line $(secs "$start_ns" "$started_ns") s, health UP $(secs "$start_ns" "$up_ns") s (Spring: $spring; CPU $cpu s, load $load); at UP: $people people, $tickets tickets, search 'rossi' $hits hits"
	echo "$line" | tee -a "$OUT/summary.txt"
	results+=("$(secs "$start_ns" "$started_ns") $(secs "$start_ns" "$up_ns")")
	if [ "$people" = 0 ] || [ "$tickets" = 0 ] || [ "$hits" = 0 ]; then echo "not usable at UP" | tee -a "$OUT/summary.txt"; exit 1; fi
done
printf '%s\n' "${results[@]}" | awk '{ s[NR] = $1; u[NR] = $2 } END {
	n = asort(s); asort(u); m = int((n + 1) / 2); printf "median of %d: Started %.2f s, health UP %.2f s\n", n, s[m], u[m] }' | tee -a "$OUT/summary.txt"
psql -X -q -d postgres -c "drop database if exists $BENCH_DB with (force)"
