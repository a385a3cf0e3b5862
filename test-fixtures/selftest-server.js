#!/usr/bin/env node
// A tiny ocpp-rpc RPCServer standing in for the gateway in the testkit's self-test of station.js.
// It is deliberately NOT in strict mode: it plays a CSMS whose mistakes the strict station must catch.
// Listens on 127.0.0.1, port 0; controlled by JSON lines on stdin, reports JSON lines on stdout:
//   {"event":"listening","port":N}
//   {"event":"client","identity":...,"protocol":...,"password":"..."|null}
//   {"event":"call","identity":...,"action":...,"payload":{...}}            (station -> server)
//   {"event":"badMessage","identity":...,"frame":"...","response":[...]|null}
//   {"event":"disconnect","identity":...,"code":N,"reason":"..."}
//   {"id":1,"event":"result","payload":{...}} | {"id":1,"event":"callError","code":...,"description":...}
//   {"id":2,"event":"ok"} | {"id":3,"event":"failed","message":...}
// Commands: {"id":1,"op":"call","identity":..,"action":..,"payload":{..}}
//           {"id":2,"op":"raw","identity":..,"frame":".."}   {"id":3,"op":"close","identity":..,"code":4000,"reason":".."}
// Behaviour of server-side handlers:
//   identity "reject-me" gets HTTP 401 on upgrade;
//   BootNotification / Heartbeat are answered validly for the negotiated protocol;
//   DataTransfer by its messageId: "invalidResponse" -> {"status":"Bogus"}, "notSupported" -> NotSupported,
//   "customCode" -> a raw CALLERROR with the non-standard code "SomethingOdd", "noReply" -> no answer,
//   anything else -> {"status":"Accepted","data":<the request's data>}.
'use strict';

const readline = require('readline');
const { RPCServer, createRPCError, NOREPLY } = require('ocpp-rpc');

const emit = obj => process.stdout.write(JSON.stringify(obj) + '\n');
const clients = new Map();

const server = new RPCServer({ protocols: ['ocpp2.0.1', 'ocpp1.6'], strictMode: false, pingIntervalMs: 0 });

server.auth((accept, reject, handshake) => {
    if (handshake.identity === 'reject-me') {
        reject(401, 'Unauthorized');
        return;
    }
    accept({ password: handshake.password ? handshake.password.toString('utf8') : null });
});

server.on('client', client => {
    clients.set(client.identity, client);
    emit({ event: 'client', identity: client.identity, protocol: client.protocol ?? null,
        password: client.session.password });

    client.on('badMessage', ({ buffer, response }) =>
        emit({ event: 'badMessage', identity: client.identity, frame: buffer.toString('utf8'), response: response ?? null }));
    client.on('close', ({ code, reason }) => {
        if (clients.get(client.identity) === client) clients.delete(client.identity);
        emit({ event: 'disconnect', identity: client.identity, code, reason: String(reason ?? '') });
    });

    client.handle(({ method, params, messageId }) => {
        emit({ event: 'call', identity: client.identity, action: method, payload: params });
        switch (method) {
            case 'BootNotification':
                return { status: 'Accepted', currentTime: new Date().toISOString(), interval: 300 };
            case 'Heartbeat':
                return { currentTime: new Date().toISOString() };
            case 'DataTransfer':
                switch (params.messageId) {
                    case 'invalidResponse': return { status: 'Bogus' };
                    case 'notSupported': throw createRPCError('NotSupported', 'not here', { hint: 'selftest' });
                    case 'customCode':
                        client.sendRaw(JSON.stringify([4, messageId, 'SomethingOdd', 'custom', {}]));
                        return NOREPLY;
                    case 'noReply': return NOREPLY;
                    default: return { status: 'Accepted', data: params.data };
                }
            default:
                throw createRPCError('NotImplemented', `selftest server does not handle ${method}`);
        }
    });
});

async function run(cmd) {
    const client = clients.get(cmd.identity);
    if (!client) throw Error(`no client ${cmd.identity}`);
    switch (cmd.op) {
        case 'call':
            try {
                const result = await client.call(cmd.action, cmd.payload ?? {});
                emit({ id: cmd.id, event: 'result', payload: result ?? null });
            } catch (err) {
                emit({ id: cmd.id, event: 'callError', code: err.rpcErrorCode ?? err.name, description: err.message });
            }
            return;
        case 'raw':
            client.sendRaw(cmd.frame);
            emit({ id: cmd.id, event: 'ok' });
            return;
        case 'close':
            await client.close({ code: cmd.code ?? 1000, reason: cmd.reason ?? '' });
            emit({ id: cmd.id, event: 'ok' });
            return;
        default:
            throw Error(`unknown op ${cmd.op}`);
    }
}

readline.createInterface({ input: process.stdin, terminal: false })
    .on('line', line => {
        if (!line.trim()) return;
        let cmd;
        try { cmd = JSON.parse(line); } catch (e) { emit({ event: 'failed', message: e.message }); return; }
        run(cmd).catch(err => emit({ id: cmd.id ?? null, event: 'failed', message: err.message }));
    })
    .on('close', () => {
        server.close({ code: 1001, reason: 'server exiting', force: true }).finally(() => process.exit(0));
        setTimeout(() => process.exit(0), 1000).unref();
    });

server.listen(0, '127.0.0.1').then(httpServer => emit({ event: 'listening', port: httpServer.address().port }));
