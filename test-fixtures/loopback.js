// Preloaded with `node -r ./loopback.js` so that a server that binds every interface
// (kinesis-local has no setting for its host) listens on 127.0.0.1 only: tests stay on loopback.
//
// SIGUSR2 takes the process off the network: every server stops listening and every open socket
// is destroyed. Tests use it to kill the emulator the way a crash looks to its clients (connections
// reset, then refused) while its data, all of it acknowledged before the cut, is still persisted.
'use strict';
const net = require('net');

const servers = new Set();
const sockets = new Set();
let offline = false;

const originalListen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  servers.add(this);
  this.on('connection', (socket) => {
    if (offline) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
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

process.on('SIGUSR2', () => {
  offline = true;
  for (const server of servers) server.close();
  for (const socket of sockets) socket.destroy();
  process.stderr.write('loopback.js: offline (SIGUSR2)\n');
});
