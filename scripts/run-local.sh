#!/usr/bin/env bash
# Runs the gateway locally against the Kinesis emulator (kinesis-local, from npm) with both
# streams created. Everything listens on 127.0.0.1. Ctrl-C stops both processes.
set -euo pipefail
cd "$(dirname "$0")/.."

KINESIS_PORT="${KINESIS_PORT:-4567}"
JAR=gateway-app/target/ocpp-gateway.jar

if [ ! -d test-fixtures/node_modules/kinesis-local ]; then
  (cd test-fixtures && npm ci --no-audit --no-fund)
fi
if [ ! -f "$JAR" ]; then
  mvn -B -q -DskipTests package
fi

mkdir -p target
KINESIS_MOCK_PLAIN_PORT="$KINESIS_PORT" KINESIS_MOCK_TLS_PORT="$((KINESIS_PORT + 1))" \
  KINESIS_MOCK_CERT_PATH="$PWD/test-fixtures/node_modules/kinesis-local/server.json" \
  INITIALIZE_STREAMS="ocpp-uplink:1,ocpp-downlink:1" LOAD_DATA_IF_EXISTS=false \
  node -r ./test-fixtures/loopback.js test-fixtures/node_modules/kinesis-local/main.js > target/kinesis-local.log 2>&1 &
KINESIS_PID=$!
GATEWAY_PID=
cleanup() {
  set +e
  trap - EXIT INT TERM
  if [ -n "$GATEWAY_PID" ]; then
    kill "$GATEWAY_PID" 2>/dev/null
    wait "$GATEWAY_PID" 2>/dev/null
  fi
  kill "$KINESIS_PID" 2>/dev/null
  sleep 1
  kill -9 "$KINESIS_PID" 2>/dev/null
  exit 0
}
trap cleanup EXIT INT TERM

echo "waiting for the Kinesis emulator on 127.0.0.1:$KINESIS_PORT ..."
for _ in $(seq 1 60); do
  if KINESIS_ENDPOINT="http://127.0.0.1:$KINESIS_PORT" node -e "
    require('http').request({host:'127.0.0.1',port:$KINESIS_PORT,method:'POST',path:'/',headers:{'Content-Type':'application/x-amz-json-1.1','X-Amz-Target':'Kinesis_20131202.ListStreams','X-Amz-Date':'20260101T000000Z','Authorization':'AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/kinesis/aws4_request, SignedHeaders=host, Signature=0'}},r=>{let t='';r.on('data',c=>t+=c);r.on('end',()=>process.exit(t.includes('ocpp-downlink')?0:1))}).on('error',()=>process.exit(1)).end('{}')" 2>/dev/null; then
    break
  fi
  sleep 1
done
sleep 1

cat <<INFO

Gateway starting on ws://127.0.0.1:8080/ocpp/{stationId} (subprotocol ocpp1.6), admin on :8081.

Connect a station (a real charger, or the ocpp-rpc test station):
  node test-fixtures/station.js --endpoint ws://127.0.0.1:8080/ocpp --identity CP-1 --protocols ocpp1.6
  then type:  {"id":1,"op":"call","action":"BootNotification","payload":{"chargePointVendor":"ACME","chargePointModel":"X"}}

Watch the uplink events:
  node scripts/kinesis-local.js tail ocpp-uplink

Send the station a command:
  node scripts/kinesis-local.js put ocpp-downlink '{"specversion":"1.0","id":"cmd-1","source":"/me","type":"ocpp.command","subject":"CP-1","datacontenttype":"application/json","data":{"action":"Reset","payload":{"type":"Soft"}}}'

INFO

KINESIS_UPLINK_STREAM=ocpp-uplink KINESIS_DOWNLINK_STREAM=ocpp-downlink \
  KINESIS_ENDPOINT="http://127.0.0.1:$KINESIS_PORT" AWS_REGION=us-east-1 \
  AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-local}" AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-local}" \
  GATEWAY_ID="${GATEWAY_ID:-local}" GATEWAY_BIND_ADDRESS="${GATEWAY_BIND_ADDRESS:-127.0.0.1}" \
  java -jar "$JAR" &
GATEWAY_PID=$!
wait "$GATEWAY_PID"
