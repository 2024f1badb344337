/**
 * A real CouchDB-protocol server for the team-log tests: pouchdb-server, in memory, on 127.0.0.1 and
 * a free port, in its own temporary folder (it writes its config and log file where it runs).
 * Started and stopped by the test harness; ready when it says it has started.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

// From the repository root (where tests and benchmarks run): a bundled benchmark has no path of its own.
const BIN = path.resolve('node_modules/.bin/pouchdb-server');

/** A port nobody listens on right now (the OS picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ port?: number }} [options] the same port again, to bring a stopped server back
 * @returns {Promise<{ origin: string, port: number, stop(): Promise<void> }>}
 */
export async function startCouchServer(options = {}) {
  const port = options.port ?? (await freePort());
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rostrum-couch-'));
  const child = spawn(BIN, ['--in-memory', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      if (output.includes('has started on')) resolve(undefined);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`pouchdb-server exited (${code}): ${output}`)));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One JSON request to the server; `auth` is [name, password]. */
export async function couch(origin, method, pathname, { body, auth } = {}) {
  const headers = { accept: 'application/json', 'content-type': 'application/json' };
  if (auth) headers.authorization = `Basic ${Buffer.from(auth.join(':')).toString('base64')}`;
  const response = await fetch(new URL(pathname, origin), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json().catch(() => ({})) };
}
