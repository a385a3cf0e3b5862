#!/usr/bin/env node
// A dependency-free client for the local Kinesis emulator started by run-local.sh, so the
// gateway can be tried without the AWS CLI:
//   node scripts/kinesis-local.js tail ocpp-uplink            print every event as a JSON line
//   node scripts/kinesis-local.js put ocpp-downlink '<event>'  write a CloudEvent (key = subject)
//   node scripts/kinesis-local.js list                        print the stream names, one a line
// The emulator checks only that a request carries a signature, not whose; never use this against AWS.
'use strict';
const http = require('http');

const endpoint = new URL(process.env.KINESIS_ENDPOINT || 'http://127.0.0.1:4567');

function call(target, body) {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = http.request({
      host: endpoint.hostname, port: endpoint.port, method: 'POST', path: '/',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': 'Kinesis_20131202.' + target,
        'X-Amz-Date': '20260101T000000Z',
        'Authorization': 'AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/kinesis/aws4_request, SignedHeaders=host, Signature=0',
        'Content-Length': Buffer.byteLength(data),
      },
    }, (res) => {
      let text = '';
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => {
        const parsed = text ? JSON.parse(text) : {};
        if (res.statusCode >= 300) reject(new Error(target + ': ' + res.statusCode + ' ' + text));
        else resolve(parsed);
      });
    });
    req.on('error', reject);
    req.end(data);
  });
}

async function put(stream, eventJson) {
  const event = JSON.parse(eventJson);
  if (!event.subject) throw new Error('the event needs a subject (the station id)');
  const result = await call('PutRecord', {
    StreamName: stream,
    PartitionKey: event.subject,
    Data: Buffer.from(JSON.stringify(event)).toString('base64'),
  });
  console.log(JSON.stringify(result));
}

async function tail(stream) {
  const { Shards } = await call('ListShards', { StreamName: stream });
  const iterators = {};
  for (const shard of Shards) {
    const { ShardIterator } = await call('GetShardIterator',
      { StreamName: stream, ShardId: shard.ShardId, ShardIteratorType: 'TRIM_HORIZON' });
    iterators[shard.ShardId] = ShardIterator;
  }
  for (;;) {
    for (const shardId of Object.keys(iterators)) {
      if (!iterators[shardId]) continue;
      const { Records, NextShardIterator } = await call('GetRecords', { ShardIterator: iterators[shardId], Limit: 1000 });
      iterators[shardId] = NextShardIterator;
      for (const record of Records) console.log(Buffer.from(record.Data, 'base64').toString('utf8'));
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function list() {
  const { StreamNames } = await call('ListStreams', {});
  for (const name of StreamNames) console.log(name);
}

const [command, stream, payload] = process.argv.slice(2);
const run = command === 'list' ? list()
  : !stream ? null : command === 'put' ? put(stream, payload) : command === 'tail' ? tail(stream) : null;
if (!run) {
  console.error('usage: kinesis-local.js tail STREAM | put STREAM EVENT_JSON | list');
  process.exit(2);
}
run.catch((e) => { console.error(e.message); process.exit(1); });
