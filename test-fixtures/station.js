#!/usr/bin/env node
// A scriptable third-party charging station for the gateway's end-to-end tests: ocpp-rpc's
// RPCClient (strict mode by default, so every call and response the gateway sends is checked
// against the official OCPP 1.6 / 2.0.1 schemas), driven by JSON lines on stdin and reporting
// JSON lines on stdout. Logs go to stderr. The process exits when stdin closes.
//
// Options (flag, else environment variable):
//   --endpoint URL            STATION_ENDPOINT   e.g. ws://127.0.0.1:8080/ocpp (the identity is appended)
//   --identity ID             STATION_IDENTITY
//   --protocols a,b           STATION_PROTOCOLS  default "ocpp1.6"; order is the client's preference
//   --strict true|false       STATION_STRICT     default true
//   --password P              STATION_PASSWORD   HTTP Basic password (username = identity); prefer the env
//   --reconnect true|false    STATION_RECONNECT  default false
//   --call-timeout-ms N       STATION_CALL_TIMEOUT_MS  default 10000
//   --call-concurrency N      STATION_CALL_CONCURRENCY default 1 (OCPP-J: one outstanding CALL)
//   --ping-interval-ms N      STATION_PING_INTERVAL_MS default 30000 (0 disables pings)
//   --tls-ca FILE             STATION_TLS_CA     PEM CA bundle the station trusts for wss:// (security profile 2/3)
//   --tls-cert FILE           STATION_TLS_CERT   PEM client certificate chain (security profile 3)
//   --tls-key FILE            STATION_TLS_KEY    PEM private key of --tls-cert
//
// Protocol (OcppRpcStation.java is its Java side). Commands carry an "id" that the answer repeats:
//   {"id":1,"op":"call","action":"Heartbeat","payload":{},"timeoutMs":5000}
//   {"id":2,"op":"raw","frame":"garbage"}
//   {"id":3,"op":"handle","action":"Reset","response":{...}} | "error":{code,description,details}
//       | "noReply":true | none of these (back to the default answer); optional "delayMs"
//   {"id":4,"op":"close","code":1000,"reason":"bye"}   {"id":5,"op":"connect"}   {"op":"exit"}
// and events
//   {"event":"open","protocol":"ocpp1.6"}  {"event":"error","message":...,"httpStatus":401 | "code":"ECONNREFUSED"}
//   {"event":"close","code":1000,"reason":""}  {"event":"disconnect",...}  {"event":"socketError",...}
//   {"id":1,"event":"result","messageId":...,"payload":{...}}
//   {"id":1,"event":"callError","messageId":...,"origin":"remote|validation|timeout|local","code":...,"description":...,"details":{...}}
//   {"id":2,"event":"ok"}  {"id":4,"event":"ok","code":1000,"reason":"bye"}  {"id":9,"event":"failed","message":...}
//   {"event":"call","messageId":...,"action":...,"payload":{...}}
//   {"event":"callReply","messageId":...,"action":...,"result":{...}} | "error":{code,description,details}
//   {"event":"rawMessage","frame":"..."}  {"event":"badMessage","frame":...,"code":...,"description":...,"response":[...]|null}
//   {"event":"strictValidationFailure","messageId":...,"action":...,"outbound":bool,"isCall":bool,"code":...,"description":...,"params":...,"result":...}
// Notes: "call" is every well-formed incoming CALL, reported before strict validation; "rawMessage" is
// every other incoming message except the answer to one of our pending calls (so the CALLERROR the
// peer returns for a raw frame shows up here, and also as "badMessage" since ocpp-rpc has no call
// with that id); "close" is only reported after an "open" (a failed connect reports "error");
// "disconnect" only with --reconnect true. On stdin EOF, "exit" or SIGTERM the station closes
// the WebSocket with 1000 "station exiting" (at most 1 s) and exits 0.
'use strict';

const fs = require('fs');
const readline = require('readline');
const { RPCClient, RPCError, TimeoutError, UnexpectedHttpResponse, createRPCError, NOREPLY } = require('ocpp-rpc');

// ---------------------------------------------------------------- options

function option(flag, env, fallback) {
    const i = process.argv.indexOf('--' + flag);
    if (i >= 0 && i + 1 < process.argv.length) return process.argv[i + 1];
    const fromEnv = process.env[env];
    return fromEnv !== undefined && fromEnv !== '' ? fromEnv : fallback;
}

function bool(value, name) {
    if (value === true || value === 'true') return true;
    if (value === false || value === 'false') return false;
    fatal(`${name}: ${value} (expected: true or false)`);
}

function int(value, name) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) fatal(`${name}: ${value} (expected: an integer >= 0)`);
    return n;
}

function fatal(message) {
    emit({ event: 'error', message });
    process.exit(2);
}

const opts = {
    endpoint: option('endpoint', 'STATION_ENDPOINT'),
    identity: option('identity', 'STATION_IDENTITY'),
    protocols: option('protocols', 'STATION_PROTOCOLS', 'ocpp1.6').split(',').map(s => s.trim()).filter(Boolean),
    strict: bool(option('strict', 'STATION_STRICT', 'true'), 'strict'),
    password: option('password', 'STATION_PASSWORD', null),
    reconnect: bool(option('reconnect', 'STATION_RECONNECT', 'false'), 'reconnect'),
    callTimeoutMs: int(option('call-timeout-ms', 'STATION_CALL_TIMEOUT_MS', '10000'), 'call-timeout-ms'),
    callConcurrency: int(option('call-concurrency', 'STATION_CALL_CONCURRENCY', '1'), 'call-concurrency'),
    pingIntervalMs: int(option('ping-interval-ms', 'STATION_PING_INTERVAL_MS', '30000'), 'ping-interval-ms'),
    tlsCa: option('tls-ca', 'STATION_TLS_CA', null),
    tlsCert: option('tls-cert', 'STATION_TLS_CERT', null),
    tlsKey: option('tls-key', 'STATION_TLS_KEY', null),
};

/** TLS options for the ws library (passed through ocpp-rpc's wsOpts): trust, and the client certificate. */
function tlsOptions() {
    const tls = {};
    if (opts.tlsCa) tls.ca = fs.readFileSync(opts.tlsCa);
    if (!!opts.tlsCert !== !!opts.tlsKey) fatal('tls-cert and tls-key go together');
    if (opts.tlsCert) {
        tls.cert = fs.readFileSync(opts.tlsCert);
        tls.key = fs.readFileSync(opts.tlsKey);
    }
    return tls;
}

// ---------------------------------------------------------------- output

function emit(obj) {
    // Writes to a pipe are synchronous on Linux, so nothing is lost on process.exit().
    process.stdout.write(JSON.stringify(obj) + '\n');
}

function log(...args) {
    process.stderr.write(`[station ${opts.identity}] ${args.join(' ')}\n`);
}

function errorCode(err) {
    if (err instanceof RPCError) return err.rpcErrorCode;
    if (err instanceof TimeoutError) return 'Timeout';
    if (err && err.name === 'AbortError') return 'Aborted';
    return 'LocalError';
}

// ---------------------------------------------------------------- default answers

const now = () => new Date().toISOString();
const statusOnly = status => () => ({ status });

// Answers for CSMS-initiated actions whose sensible answer is not just {"status":"Accepted"}.
const defaults16 = {
    GetConfiguration: p => ({ configurationKey: [], unknownKey: p.key ?? [] }),
    GetLocalListVersion: () => ({ listVersion: 0 }),
    GetDiagnostics: () => ({}),
    UpdateFirmware: () => ({}),
    GetCompositeSchedule: p => ({
        status: 'Accepted', connectorId: p.connectorId ?? 0, scheduleStart: now(),
        chargingSchedule: { duration: p.duration ?? 0, chargingRateUnit: p.chargingRateUnit ?? 'A',
            chargingSchedulePeriod: [{ startPeriod: 0, limit: 32 }] },
    }),
    UnlockConnector: statusOnly('Unlocked'),
    GetInstalledCertificateIds: statusOnly('NotFound'),
    GetLog: () => ({ status: 'Accepted', filename: 'station.log' }),
};

const defaults201 = {
    GetVariables: p => ({
        getVariableResult: (p.getVariableData ?? []).map(d => ({
            attributeStatus: 'UnknownVariable', attributeType: d.attributeType ?? 'Actual',
            component: d.component, variable: d.variable })),
    }),
    SetVariables: p => ({
        setVariableResult: (p.setVariableData ?? []).map(d => ({
            attributeStatus: 'Accepted', attributeType: d.attributeType ?? 'Actual',
            component: d.component, variable: d.variable })),
    }),
    SetVariableMonitoring: p => ({
        setMonitoringResult: (p.setMonitoringData ?? []).map((d, i) => ({
            id: d.id ?? i + 1, status: 'Accepted', type: d.type, severity: d.severity,
            component: d.component, variable: d.variable })),
    }),
    ClearVariableMonitoring: p => ({
        clearMonitoringResult: (p.id ?? []).map(id => ({ id, status: 'Accepted' })),
    }),
    GetLocalListVersion: () => ({ versionNumber: 0 }),
    GetTransactionStatus: p => (p.transactionId !== undefined
        ? { ongoingIndicator: false, messagesInQueue: false } : { messagesInQueue: false }),
    GetCompositeSchedule: p => ({
        status: 'Accepted',
        schedule: { evseId: p.evseId ?? 0, duration: p.duration ?? 0, scheduleStart: now(),
            chargingRateUnit: p.chargingRateUnit ?? 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 32 }] },
    }),
    GetChargingProfiles: statusOnly('NoProfiles'),
    GetDisplayMessages: statusOnly('Unknown'),
    GetInstalledCertificateIds: statusOnly('NotFound'),
    GetLog: () => ({ status: 'Accepted', filename: 'station.log' }),
    UnlockConnector: statusOnly('Unlocked'),
    UnpublishFirmware: statusOnly('Unpublished'),
    CostUpdated: () => ({}),
};

const schemaSets = {
    'ocpp1.6': require('ocpp-rpc/lib/schemas/ocpp1_6.json'),
    'ocpp2.0.1': require('ocpp-rpc/lib/schemas/ocpp2_0_1.json'),
};

/** A valid answer to `action` under `protocol`, or undefined if the action is unknown. */
function defaultResponse(protocol, action, params) {
    const table = protocol === 'ocpp2.0.1' ? defaults201 : protocol === 'ocpp1.6' ? defaults16 : {};
    if (Object.hasOwn(table, action)) return table[action](params);
    // Everything else: the minimal object the response schema accepts, preferring "Accepted".
    const schema = (schemaSets[protocol] ?? []).find(s => s.$id === `urn:${action}.conf`);
    return schema ? minimalValue(schema, schema) : undefined;
}

function minimalValue(node, root) {
    if (node.$ref) node = root.definitions[node.$ref.split('/').pop()];
    if (node.enum) return node.enum.includes('Accepted') ? 'Accepted' : node.enum[0];
    switch (node.type) {
        case 'object': {
            const out = {};
            for (const name of node.required ?? []) out[name] = minimalValue(node.properties[name], root);
            return out;
        }
        case 'array':
            return Array.from({ length: node.minItems ?? 0 }, () => minimalValue(node.items, root));
        case 'string':
            return node.format === 'date-time' ? now() : 'x'.repeat(node.minLength ?? 0);
        case 'integer':
        case 'number':
            return node.minimum ?? 0;
        case 'boolean':
            return false;
        default:
            return null;
    }
}

// `node station.js --check-defaults`: validates every default answer against its schema and
// exits 0 if all pass (run by the testkit's self-test, so a schema update cannot go unnoticed).
function checkDefaults() {
    const { createValidator } = require('ocpp-rpc');
    const component = { name: 'Connector' };
    const variable = { name: 'Enabled' };
    const samples = {
        'ocpp1.6': { GetConfiguration: { key: ['HeartbeatInterval'] }, GetCompositeSchedule: { connectorId: 1, duration: 60 } },
        'ocpp2.0.1': {
            GetVariables: { getVariableData: [{ component, variable }] },
            SetVariables: { setVariableData: [{ component, variable, attributeValue: 'true' }] },
            SetVariableMonitoring: { setMonitoringData: [{ value: 1, type: 'Delta', severity: 5, component, variable }] },
            ClearVariableMonitoring: { id: [1, 2] },
            GetCompositeSchedule: { duration: 60, evseId: 1 },
            GetTransactionStatus: { transactionId: 'tx-1' },
        },
    };
    let failures = 0;
    for (const [protocol, schemas] of Object.entries(schemaSets)) {
        const validator = createValidator(protocol, schemas);
        for (const schema of schemas.filter(s => s.$id.endsWith('.conf'))) {
            const action = schema.$id.slice('urn:'.length, -'.conf'.length);
            const answer = defaultResponse(protocol, action, samples[protocol][action] ?? {});
            try {
                validator.validate(schema.$id, answer);
            } catch (err) {
                failures++;
                emit({ event: 'invalidDefault', protocol, action, answer, description: err.message });
            }
        }
    }
    emit({ event: 'checkedDefaults', failures });
    process.exit(failures === 0 ? 0 : 1);
}

// ---------------------------------------------------------------- the client

let client;
// Our own outbound calls: params object -> command (ocpp-rpc does not return the message id,
// but its 'call' event carries the very params object we passed), and messageId -> command.
const callsByParams = new Map();
const callsByMessageId = new Map();
// Inbound calls: messageId -> action, to name the action in the callReply event.
const inboundActions = new Map();
// Errors that ocpp-rpc raised from a strict-mode schema check (not from the peer).
const validationErrors = new WeakSet();
// Per-action overrides set with op "handle".
const overrides = new Map();
let opened = false;

function main() {
    if (!opts.endpoint || !opts.identity) fatal('endpoint and identity are required');
    if (opts.strict && opts.protocols.length === 0) fatal('strict mode needs at least one protocol');

    try {
        client = new RPCClient({
            endpoint: opts.endpoint,
            identity: opts.identity,
            protocols: opts.protocols,
            strictMode: opts.strict,
            password: opts.password,
            reconnect: opts.reconnect,
            callTimeoutMs: opts.callTimeoutMs,
            callConcurrency: opts.callConcurrency,
            pingIntervalMs: opts.pingIntervalMs,
            wsOpts: tlsOptions(),
        });
    } catch (err) {
        fatal(err.message); // e.g. strict mode for a protocol ocpp-rpc has no schemas for
    }

    client.on('open', () => {
        opened = true;
        emit({ event: 'open', protocol: client.protocol ?? null });
    });
    client.on('close', ({ code, reason }) => {
        // A failed connect() also emits close(1006); it is reported as an 'error' instead.
        if (!opened) return;
        opened = false;
        emit({ event: 'close', code, reason: String(reason ?? '') });
    });
    client.on('disconnect', ({ code, reason }) => {
        if (opts.reconnect) emit({ event: 'disconnect', code, reason: String(reason ?? '') });
    });
    client.on('socketError', err => emit({ event: 'socketError', message: err.message }));

    client.on('call', ({ outbound, payload }) => {
        const [, messageId, action, params] = payload;
        if (outbound) {
            const cmd = params !== null && typeof params === 'object' ? callsByParams.get(params) : undefined;
            if (cmd) {
                cmd.messageId = messageId;
                callsByMessageId.set(messageId, cmd);
            }
        } else {
            // Reported before strict validation, so calls that ocpp-rpc rejects are visible too.
            inboundActions.set(messageId, action);
            emit({ event: 'call', messageId, action, payload: params ?? null });
        }
    });

    client.on('response', ({ outbound, payload }) => {
        const [type, messageId] = payload;
        if (outbound) {
            const action = inboundActions.get(messageId) ?? null;
            inboundActions.delete(messageId);
            if (type === 3) {
                emit({ event: 'callReply', messageId, action, result: payload[2] });
            } else {
                emit({ event: 'callReply', messageId, action,
                    error: { code: payload[2], description: payload[3], details: payload[4] ?? {} } });
            }
        } else if (type === 4) {
            // Keep the wire error code: ocpp-rpc maps codes it does not know to GenericError.
            const cmd = callsByMessageId.get(messageId);
            if (cmd) cmd.wireError = { code: payload[2], description: payload[3], details: payload[4] ?? {} };
        }
    });

    client.on('message', ({ message, outbound }) => {
        if (outbound) return;
        const frame = message.toString('utf8');
        let parsed;
        try { parsed = JSON.parse(frame); } catch (e) { parsed = undefined; }
        if (Array.isArray(parsed)) {
            const [type, messageId, action] = parsed;
            // A well-formed CALL is reported as 'call'; a response to a pending call of ours as its result.
            if (type === 2 && typeof messageId === 'string' && typeof action === 'string') return;
            if ((type === 3 || type === 4) && callsByMessageId.has(messageId)) return;
        }
        emit({ event: 'rawMessage', frame });
    });

    client.on('badMessage', ({ buffer, error, response }) => {
        emit({ event: 'badMessage', frame: buffer.toString('utf8'), code: errorCode(error),
            description: error.message, response: response ?? null });
    });

    client.on('strictValidationFailure', ({ messageId, method, params, result, error, outbound, isCall }) => {
        validationErrors.add(error);
        emit({ event: 'strictValidationFailure', messageId, action: method, outbound, isCall,
            code: errorCode(error), description: error.message, params: params ?? null, result: result ?? null });
    });

    client.handle(async ({ method, params, messageId }) => {
        const override = overrides.get(method);
        if (override?.delayMs) await new Promise(r => setTimeout(r, override.delayMs));
        if (override?.noReply) return NOREPLY;
        if (override?.error) {
            const e = override.error;
            throw createRPCError(e.code ?? 'GenericError', e.description ?? '', e.details ?? {});
        }
        if (override && 'response' in override) return override.response;
        const answer = defaultResponse(client.protocol, method, params ?? {});
        if (answer === undefined) throw createRPCError('NotImplemented', `No default answer for '${method}'`, {});
        log(`answering ${method} ${messageId} with the default`);
        return answer;
    });

    log(`connecting to ${opts.endpoint} as ${opts.identity} offering ${opts.protocols.join(',')}`);
    connect().catch(err => log('connect failed:', err.message));
}

// ---------------------------------------------------------------- commands

async function run(cmd) {
    const id = cmd.id ?? null;
    switch (cmd.op) {
        case 'call': {
            const params = cmd.payload === undefined ? {} : cmd.payload;
            const callOpts = {};
            if (cmd.timeoutMs !== undefined) callOpts.callTimeoutMs = cmd.timeoutMs;
            if (params !== null && typeof params === 'object') callsByParams.set(params, cmd);
            try {
                const result = await client.call(cmd.action, params, callOpts);
                emit({ id, event: 'result', messageId: cmd.messageId ?? null, payload: result ?? null });
            } catch (err) {
                let origin = 'local';
                let { code, description, details } = { code: errorCode(err), description: err.message, details: err.details ?? {} };
                if (validationErrors.has(err)) {
                    origin = 'validation';
                    details = { errors: err.details?.errors ?? [] };
                } else if (cmd.wireError) {
                    origin = 'remote';
                    ({ code, description, details } = cmd.wireError);
                } else if (err instanceof TimeoutError) {
                    origin = 'timeout';
                }
                emit({ id, event: 'callError', messageId: cmd.messageId ?? null, origin, code,
                    description: description ?? '', details: details ?? {} });
            } finally {
                callsByParams.delete(params);
                if (cmd.messageId) callsByMessageId.delete(cmd.messageId);
            }
            return;
        }
        case 'raw':
            if (typeof cmd.frame !== 'string') throw Error('raw: "frame" must be a string');
            client.sendRaw(cmd.frame);
            emit({ id, event: 'ok' });
            return;
        case 'handle': {
            if (typeof cmd.action !== 'string') throw Error('handle: "action" must be a string');
            const o = {};
            if (cmd.delayMs) o.delayMs = cmd.delayMs;
            if (cmd.noReply) o.noReply = true;
            else if (cmd.error) o.error = cmd.error;
            else if ('response' in cmd) o.response = cmd.response;
            if (Object.keys(o).length === 0) overrides.delete(cmd.action); else overrides.set(cmd.action, o);
            emit({ id, event: 'ok' });
            return;
        }
        case 'close': {
            const res = await client.close({ code: cmd.code ?? 1000, reason: cmd.reason ?? '',
                force: cmd.force === true, awaitPending: cmd.awaitPending === true });
            emit({ id, event: 'ok', code: res?.code ?? null, reason: res?.reason == null ? null : String(res.reason) });
            return;
        }
        case 'connect':
            await connect();
            emit({ id, event: 'ok', protocol: client.protocol ?? null });
            return;
        case 'exit':
            await shutdown(0);
            return;
        default:
            throw Error(`unknown op: ${cmd.op}`);
    }
}

async function connect() {
    try {
        await client.connect();
    } catch (err) {
        const out = { event: 'error', message: err.message || String(err) };
        // UnexpectedHttpResponse carries the HTTP status in `code`; socket errors an errno name.
        if (err instanceof UnexpectedHttpResponse) out.httpStatus = err.code;
        else if (typeof err.code === 'string') out.code = err.code;
        emit(out);
        throw err;
    }
}

let exiting = false;
async function shutdown(code) {
    if (exiting) return;
    exiting = true;
    const timer = setTimeout(() => process.exit(code), 1000);
    try {
        await client.close({ code: 1000, reason: 'station exiting' });
    } catch (e) { /* closing anyway */ }
    clearTimeout(timer);
    process.exit(code);
}

const rl = readline.createInterface({ input: process.stdin, terminal: false });
rl.on('line', line => {
    if (!line.trim()) return;
    let cmd;
    try {
        cmd = JSON.parse(line);
    } catch (e) {
        emit({ id: null, event: 'failed', message: 'command is not JSON: ' + e.message });
        return;
    }
    run(cmd).catch(err => emit({ id: cmd.id ?? null, event: 'failed', message: err.message || String(err) }));
});
rl.on('close', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

if (process.argv.includes('--check-defaults')) {
    checkDefaults();
} else {
    main();
}
