// Judges payloads with ocpp-rpc's own validator (ajv + ajv-formats over the official OCPP
// schemas of one version), so a Java decoder can be compared with an independent implementation.
// Usage: node ajv-verdicts.js <test-fixtures dir> <schema file> <subprotocol> <input file>
// e.g.   node ajv-verdicts.js test-fixtures .../ocpp-rpc/lib/schemas/ocpp2_0_1.json ocpp2.0.1 in.jsonl
// Input: one JSON object per line, {"id": "urn:Action.req", "payload": ...}.
// Output: one line per input line: "valid", or the RPC error code ocpp-rpc would answer with.
'use strict';
const fs = require('fs');
const path = require('path');

const [fixtures, schemaFile, subprotocol, input] = process.argv.slice(2);
const lib = path.join(fixtures, 'node_modules', 'ocpp-rpc', 'lib');
const { createValidator } = require(path.join(lib, 'validator.js'));
const schemas = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
const validator = createValidator(subprotocol, schemas);

const verdicts = [];
for (const line of fs.readFileSync(input, 'utf8').split('\n')) {
    if (line.trim() === '') {
        continue;
    }
    const { id, payload } = JSON.parse(line);
    try {
        validator.validate(id, payload);
        verdicts.push('valid');
    } catch (e) {
        verdicts.push(e.rpcErrorCode || 'error: ' + e.message);
    }
}
process.stdout.write(verdicts.join('\n') + '\n');
