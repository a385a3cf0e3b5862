#!/bin/bash
# LocalStack ready hook (compose.yaml mounts it into /etc/localstack/init/ready.d): the gateway's
# two streams, one shard each.
set -euo pipefail
for stream in ocpp-uplink ocpp-downlink; do
  awslocal kinesis create-stream --stream-name "$stream" --shard-count 1
  awslocal kinesis wait stream-exists --stream-name "$stream"
done
echo "streams ready: ocpp-uplink ocpp-downlink"
