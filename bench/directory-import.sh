#!/usr/bin/env bash
# Benchmark: full import of a 20,000-employee directory (target: under 10 s).
#
#   bench/directory-import.sh            # embedded H2 file database under target/bench-directory-db
#   BENCH_DB_URL=jdbc:postgresql://127.0.0.1:5432/sportello_bench BENCH_DB_USER=postgres bench/directory-import.sh
#
# Builds the jar if missing, writes the CSV files to target/bench-directory, then runs the command-line
# import three times on an empty database: the first run creates everything, the second finds everything
# unchanged (the idempotent re-import), the third is a dry run. Each run prints the import's own duration
# (without JVM and Spring start-up), which is what this script reports.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-20000}
OUT=target/bench-directory
JAR=$(ls target/sportello-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [[ -z "$JAR" ]]; then
  ./mvnw -B -q -o package -DskipTests || ./mvnw -B -q package -DskipTests
  JAR=$(ls target/sportello-*.jar | grep -v plain | head -1)
fi
python3 bench/generate-directory.py "$OUT" "$ROWS"

if [[ -n "${BENCH_DB_URL:-}" ]]; then
  export SPRING_DATASOURCE_URL="$BENCH_DB_URL" SPRING_DATASOURCE_USERNAME="${BENCH_DB_USER:-postgres}" SPRING_DATASOURCE_PASSWORD="${BENCH_DB_PASSWORD:-}"
  DB="$BENCH_DB_URL (cleaned first)"
  CLEAN=(--spring.flyway.clean-disabled=false --spring.flyway.clean-on-validation-error=false)
  # an empty schema: drop what a previous run left
  psql "${BENCH_DB_URL#jdbc:}" -q -c 'drop schema public cascade; create schema public;' 2>/dev/null || true
else
  rm -rf target/bench-directory-db
  export SPRING_DATASOURCE_URL="jdbc:h2:file:./target/bench-directory-db/sportello;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  DB="H2 file (embedded default)"
  CLEAN=()
fi

run() {
  java -jar "$JAR" import-directory "$OUT" "$@" --sportello.index-dir=target/bench-directory-index \
    --logging.level.root=WARN "${CLEAN[@]}" | tee /dev/stderr | sed -n "s/^durata dell'importazione: \([0-9]*\) ms/\1/p"
}

first=$(run)
second=$(run)
dry=$(run --dry-run)
echo
echo "rows: $ROWS employees + 86 offices + 9 departments; database: $DB"
echo "first import (all created):      ${first} ms"
echo "second import (all unchanged):   ${second} ms"
echo "dry run:                         ${dry} ms"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
