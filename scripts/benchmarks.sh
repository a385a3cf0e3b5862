#!/usr/bin/env bash
# Reproduces the benchmarks of docs/benchmarks.md on this machine: the packaged gateway and the
# load tool (gateway-loadtest) on 127.0.0.1, and for (c) and (d) the Kinesis emulator. Every
# process it starts is stopped by its PID when it ends (also on Ctrl-C or an error).
#
#   scripts/benchmarks.sh                      all five at full size (needs a quiet machine)
#   scripts/benchmarks.sh --only a,e           idle memory and the reconnect storm
#   scripts/benchmarks.sh --scale 0.05         everything at 5 % of the stations and rates
#
# Benchmarks:
#   a  idle stations: live heap of the gateway per connected, booted, idle station
#   b  CALL round trip and throughput with the stdio uplink at 10k, 15k and 20k CALLs/s
#   c  the same through the Kinesis emulator, at a small rate (the emulator is the bottleneck)
#   d  command latency: downlink stream (emulator) to the CALL on the station's socket
#   e  reconnect storm: 10,000 stations dropped at once and reconnected at once
#
# Results: each step prints the tool's summary; the JSON lines and logs go to --out.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  cat <<'USAGE'
usage: scripts/benchmarks.sh [--only a,b,c,d,e] [--scale F] [--duration S] [--heap SIZE] [--out DIR] [--no-build]
  --only LIST     benchmarks to run (default: a,b,c,d,e)
  --scale F       multiply every station count and rate by F, e.g. 0.05 (default: 1)
  --duration S    seconds each measured run lasts (default: 60; the first 10 s are warm-up)
  --heap SIZE     gateway heap, -Xms = -Xmx (default: 2g)
  --out DIR       where JSON lines and logs go (default: target/benchmarks)
  --no-build      use the jars already in gateway-app/target and gateway-loadtest/target
USAGE
}

ONLY=a,b,c,d,e
SCALE=1
DURATION=60
HEAP=2g
OUT=target/benchmarks
BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --only) ONLY="$2"; shift 2 ;;
    --scale) SCALE="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --heap) HEAP="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done
case "$ONLY" in *[!abcde,]*|'') echo "--only: $ONLY (expected: letters a..e, comma-separated)" >&2; exit 2 ;; esac
awk -v s="$SCALE" 'BEGIN { exit !(s > 0) }' || { echo "--scale: $SCALE (expected: > 0)" >&2; exit 2; }
[ "$DURATION" -ge 5 ] 2>/dev/null || { echo "--duration: $DURATION (expected: whole seconds >= 5)" >&2; exit 2; }

# A number scaled by --scale, at least 1.
scaled() { awk -v n="$1" -v s="$SCALE" 'BEGIN { v = int(n * s + 0.5); print (v < 1 ? 1 : v) }'; }
WARMUP=$(( DURATION >= 40 ? 10 : DURATION / 4 ))

IDLE_STATIONS=$(scaled 15000)
CALL_STATIONS=$(scaled 10000)
CALL_RATES="$(scaled 10000) $(scaled 15000) $(scaled 20000)"
KINESIS_STATIONS=$(scaled 500)
KINESIS_RATE=$(scaled 200)
DOWNLINK_STATIONS=$(scaled 1000)
DOWNLINK_RATE=$(scaled 20)
STORM_STATIONS=$(scaled 10000)

GATEWAY_PORT="${GATEWAY_PORT:-18080}"
ADMIN_PORT="${ADMIN_PORT:-18081}"
KINESIS_PORT="${KINESIS_PORT:-14567}"
# Four source addresses: ~28k ephemeral ports each, so runs back to back never run out.
SOURCES=127.0.0.1,127.0.0.2,127.0.0.3,127.0.0.4
GW_JAR=gateway-app/target/ocpp-gateway.jar
LT_JAR=gateway-loadtest/target/gateway-loadtest.jar

mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

GATEWAY_PID=
KINESIS_PID=
TOOL_PID=
stop_pid() {  # PID: SIGTERM, then SIGKILL after 20 s
  local pid="$1"
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 200); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  set +e
  trap - EXIT INT TERM
  stop_pid "$TOOL_PID"; TOOL_PID=
  stop_pid "$GATEWAY_PID"; GATEWAY_PID=
  stop_pid "$KINESIS_PID"; KINESIS_PID=
}
trap cleanup EXIT
trap 'exit 130' INT TERM

http_status() {  # URL -> HTTP status, or 000
  node -e "require('http').get(process.argv[1], r => { console.log(r.statusCode); r.resume(); })
    .on('error', () => console.log('000'))" "$1"
}

machine() {
  echo "== machine"
  echo "cores: $(nproc); memory: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
  lscpu | grep -E '^(Model name|Thread\(s\) per core|Core\(s\) per socket|Socket\(s\))' || true
  java -version 2>&1 | head -n 2
  echo "open files per process: $(ulimit -n); ephemeral ports: $(cat /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null)"
  echo "scale $SCALE, duration ${DURATION}s (warm-up ${WARMUP}s), gateway heap $HEAP"
}

start_gateway() {  # NAME [VAR=value ...]: the gateway with a fixed heap on 127.0.0.1; waits until ready
  local name="$1"; shift
  # With the stdio bridge stdout is the event stream (discarded) and the log is on stderr;
  # with Kinesis the log is on stdout.
  local stdout="$OUT/gateway-$name.log"
  case " $* " in *" GATEWAY_BRIDGE=stdio "*) stdout=/dev/null ;; esac
  env -u KINESIS_UPLINK_STREAM -u KINESIS_DOWNLINK_STREAM \
    GATEWAY_ID="bench-$name" GATEWAY_BIND_ADDRESS=127.0.0.1 GATEWAY_PORT="$GATEWAY_PORT" \
    GATEWAY_ADMIN_PORT="$ADMIN_PORT" GATEWAY_DRAIN_WINDOW=0 \
    GATEWAY_HANDSHAKES_PER_SECOND_PER_ADDRESS=0 GATEWAY_MAX_CONNECTIONS=25000 "$@" \
    java -XX:+UseG1GC "-Xms$HEAP" "-Xmx$HEAP" -jar "$GW_JAR" > "$stdout" 2> "$OUT/gateway-$name.log" < /dev/null &
  GATEWAY_PID=$!
  for _ in $(seq 1 600); do
    [ "$(http_status "http://127.0.0.1:$ADMIN_PORT/health/ready")" = 200 ] && return 0
    kill -0 "$GATEWAY_PID" 2>/dev/null || { echo "the gateway exited; see $OUT/gateway-$name.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "the gateway was not ready within 60 s; see $OUT/gateway-$name.log" >&2
  exit 1
}

stop_gateway() { stop_pid "$GATEWAY_PID"; GATEWAY_PID=; }

start_kinesis() {  # the emulator with ocpp-uplink (4 shards) and ocpp-downlink
  if [ ! -d test-fixtures/node_modules/kinesis-local ]; then
    (cd test-fixtures && npm ci --no-audit --no-fund)
  fi
  KINESIS_MOCK_PLAIN_PORT="$KINESIS_PORT" KINESIS_MOCK_TLS_PORT="$((KINESIS_PORT + 1))" \
    KINESIS_MOCK_CERT_PATH="$PWD/test-fixtures/node_modules/kinesis-local/server.json" \
    INITIALIZE_STREAMS="ocpp-uplink:4,ocpp-downlink:1" LOAD_DATA_IF_EXISTS=false SHOULD_PERSIST_DATA=false \
    CREATE_STREAM_DURATION=100ms REGISTER_STREAM_CONSUMER_DURATION=100ms AWS_REGION=us-east-1 \
    node -r ./test-fixtures/loopback.js test-fixtures/node_modules/kinesis-local/main.js \
    > "$OUT/kinesis-local.log" 2>&1 < /dev/null &
  KINESIS_PID=$!
  for _ in $(seq 1 60); do
    if KINESIS_ENDPOINT="http://127.0.0.1:$KINESIS_PORT" node scripts/kinesis-local.js list 2>/dev/null \
        | grep -q ocpp-downlink; then
      return 0
    fi
    kill -0 "$KINESIS_PID" 2>/dev/null || { echo "kinesis-local exited; see $OUT/kinesis-local.log" >&2; exit 1; }
    sleep 1
  done
  echo "kinesis-local not ready within 60 s" >&2
  exit 1
}

stop_kinesis() { stop_pid "$KINESIS_PID"; KINESIS_PID=; }

KINESIS_ENV=(KINESIS_UPLINK_STREAM=ocpp-uplink KINESIS_DOWNLINK_STREAM=ocpp-downlink
  KINESIS_ENDPOINT="http://127.0.0.1:$KINESIS_PORT" AWS_REGION=us-east-1
  AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local)

loadtest() {  # NAME ARGS...: runs the tool in the foreground; its JSON line goes to $OUT/NAME.json
  local name="$1"; shift
  echo "\$ java -jar $LT_JAR $* --local-addresses $SOURCES"
  local code=0
  java -Xmx2g -jar "$LT_JAR" "$@" --url "ws://127.0.0.1:$GATEWAY_PORT/ocpp" --local-addresses "$SOURCES" \
    --progress 10s --json-out "$OUT/$name.json" 2> "$OUT/$name.progress" | grep -v '^{' || code=$?
  if [ ! -s "$OUT/$name.json" ]; then
    echo "no result; see $OUT/$name.progress" >&2
    tail -n 5 "$OUT/$name.progress" >&2
  elif [ "$code" != 0 ]; then
    echo "(the tool exited with $code: more errors than --max-errors 0)"
  fi
}

heap_used_bytes() {  # PID: live heap after a full GC, from jcmd GC.heap_info (G1)
  jcmd "$1" GC.run > /dev/null
  sleep 2
  jcmd "$1" GC.heap_info | awk '/garbage-first heap/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K$/, "", v); printf "%d\n", v * 1024 } }'
}

rss_bytes() { awk '/VmRSS/ { print $2 * 1024 }' "/proc/$1/status"; }

mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }

bench_a() {
  echo; echo "== a) idle stations: $IDLE_STATIONS, gateway heap per station"
  start_gateway idle GATEWAY_BRIDGE=stdio
  sleep 5
  heap_used_bytes "$GATEWAY_PID" > /dev/null
  local base base_rss
  base=$(heap_used_bytes "$GATEWAY_PID")
  base_rss=$(rss_bytes "$GATEWAY_PID")
  echo "baseline: live heap $(mib "$base"), RSS $(mib "$base_rss")"
  rm -f "$OUT/a-ready"
  local hold=$(( DURATION < 30 ? 30 : DURATION ))
  echo "\$ java -jar $LT_JAR connect --stations $IDLE_STATIONS --connect-rate 2000 --duration ${hold}s --local-addresses $SOURCES"
  java -Xmx2g -jar "$LT_JAR" connect --stations "$IDLE_STATIONS" --connect-rate 2000 --duration "${hold}s" \
    --url "ws://127.0.0.1:$GATEWAY_PORT/ocpp" --local-addresses "$SOURCES" --ready-file "$OUT/a-ready" \
    --progress 10s --json-out "$OUT/a-idle.json" > "$OUT/a-idle.summary" 2> "$OUT/a-idle.progress" &
  TOOL_PID=$!
  for _ in $(seq 1 1200); do
    [ -s "$OUT/a-ready" ] && break
    kill -0 "$TOOL_PID" 2>/dev/null || break
    sleep 0.25
  done
  if [ ! -s "$OUT/a-ready" ]; then
    echo "the stations did not finish connecting; see $OUT/a-idle.progress" >&2
  else
    local booted used rss
    booted=$(awk '{ print $1 }' "$OUT/a-ready")
    sleep 5
    used=$(heap_used_bytes "$GATEWAY_PID")
    rss=$(rss_bytes "$GATEWAY_PID")
    echo "with $booted idle stations: live heap $(mib "$used"), RSS $(mib "$rss")"
    if [ "$booted" -gt 0 ]; then
      echo "RESULT a) $(( (used - base) / booted )) bytes of live heap per idle station" \
        "($(( (rss - base_rss) / booted )) bytes of RSS)" | tee "$OUT/a-result.txt"
    fi
  fi
  wait "$TOOL_PID" || true
  TOOL_PID=
  grep -v '^{' "$OUT/a-idle.summary" || true
  stop_gateway
}

bench_b() {
  echo; echo "== b) CALL round trip, stdio uplink: $CALL_STATIONS stations at $CALL_RATES CALLs/s"
  start_gateway calls GATEWAY_BRIDGE=stdio
  for rate in $CALL_RATES; do
    echo; echo "-- $rate CALLs/s"
    loadtest "b-calls-$rate" calls --stations "$CALL_STATIONS" --rate "$rate" --duration "${DURATION}s" \
      --warmup "${WARMUP}s" --connect-rate 2000
  done
  stop_gateway
}

bench_c() {
  echo; echo "== c) CALL round trip through the Kinesis emulator: $KINESIS_STATIONS stations at $KINESIS_RATE CALLs/s"
  start_kinesis
  start_gateway kinesis "${KINESIS_ENV[@]}"
  loadtest c-kinesis-calls calls --stations "$KINESIS_STATIONS" --rate "$KINESIS_RATE" --duration "${DURATION}s" \
    --warmup "${WARMUP}s"
  stop_gateway
  stop_kinesis
}

bench_d() {
  echo; echo "== d) command latency through the downlink stream (emulator): $DOWNLINK_RATE commands/s to $DOWNLINK_STATIONS stations"
  start_kinesis
  start_gateway downlink "${KINESIS_ENV[@]}"
  loadtest d-downlink downlink --stations "$DOWNLINK_STATIONS" --command-rate "$DOWNLINK_RATE" \
    --duration "${DURATION}s" --warmup "${WARMUP}s" --kinesis-endpoint "http://127.0.0.1:$KINESIS_PORT" \
    --kinesis-region us-east-1 --downlink-stream ocpp-downlink
  stop_gateway
  stop_kinesis
}

bench_e() {
  echo; echo "== e) reconnect storm: $STORM_STATIONS stations dropped and reconnected at once"
  start_gateway storm GATEWAY_BRIDGE=stdio
  loadtest e-storm storm --stations "$STORM_STATIONS" --connect-rate 2000 --hold 10s --storm-cycles 1 \
    --connect-timeout 60s --retries 3
  stop_gateway
}

if [ "$BUILD" = 1 ]; then
  mvn -B -q -DskipTests package -pl gateway-app,gateway-loadtest -am
fi
[ -f "$GW_JAR" ] && [ -f "$LT_JAR" ] || { echo "missing $GW_JAR or $LT_JAR: run without --no-build" >&2; exit 1; }
export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-local}" AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-local}"

machine | tee "$OUT/machine.txt"
for b in a b c d e; do
  case ",$ONLY," in *",$b,"*) "bench_$b" ;; esac
done
echo; echo "results in $OUT"
