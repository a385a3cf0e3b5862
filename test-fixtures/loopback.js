// Preloaded with `node -r ./loopback.js` so that a server that binds every interface
// (kinesis-local has no setting for its host) listens on 127.0.0.1 only: tests stay on loopback.
'use strict';
const net = require('net');
const originalListen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'object' && args[0] !== null && !Array.isArray(args[0])) {
    args[0] = Object.assign({}, args[0], { host: '127.0.0.1' });
  } else if (typeof args[0] === 'number' || typeof args[0] === 'string') {
    const port = args[0];
    const rest = args.slice(1);
    if (typeof rest[0] === 'string') rest.shift();
    return originalListen.call(this, port, '127.0.0.1', ...rest);
  }
  return originalListen.apply(this, args);
};
