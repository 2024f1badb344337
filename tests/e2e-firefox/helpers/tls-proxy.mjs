/**
 * An HTTPS proxy on 127.0.0.1 that answers the fixture sites' real URLs for requests WebDriver BiDi
 * cannot intercept: the add-on's background page is no browsing context BiDi sees, so its fetches
 * (a Mastodon instance's API) never reach puppeteer's request interception. Firefox is pointed at this
 * proxy (network.proxy.ssl); for each CONNECT to a host in `hosts` the proxy ends TLS itself, with a
 * throwaway certificate made when it starts (never stored; Firefox takes it because the session
 * accepts insecure certificates), and hands each request to the fixture router. A CONNECT to any
 * other host is refused, as the closed port it replaces refused it, and recorded in `log` unless it is
 * Firefox's own (BROWSER_DOMAINS): a request the add-on sent anywhere else would have left the machine.
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { TLSSocket } from 'node:tls';

/**
 * Where Firefox itself connects with nobody asking (remote settings, seen on every run here: release
 * builds ignore the pref that points it elsewhere). Not the add-on's requests, so not recorded.
 */
const BROWSER_DOMAINS = ['mozilla.com', 'mozilla.net', 'mozilla.org', 'firefox.com', 'mozaws.net'];
const isBrowsersOwn = (host) => BROWSER_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));

/**
 * A self-signed certificate for `hosts`, made by the system's openssl (Node has no API that makes
 * one), valid for a day: only this run ever sees it.
 * @param {string[]} hosts
 */
function throwawayCertificate(hosts) {
  const pem = execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      `/CN=${hosts[0]}`,
      '-addext',
      `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
      '-keyout',
      '-',
      '-out',
      '-',
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return { key: pem, cert: pem };
}

/**
 * A Node request seen as a Playwright route (what the fixture router is written for).
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {string} host
 */
function asRoute(request, response, host) {
  const url = `https://${host}${request.url ?? '/'}`;
  return {
    request: () => ({
      url: () => url,
      // A fetch from the background is never a page load.
      resourceType: () => 'other',
    }),
    continue: () => {
      throw new Error(`The proxy cannot pass ${url} on: nothing leaves this machine`);
    },
    /** @param {{ status?: number, contentType: string, body: string, headers?: Record<string, string> }} r */
    fulfill: async (r) => {
      response.writeHead(r.status ?? 200, { ...r.headers, 'content-type': r.contentType });
      response.end(r.body);
    },
    abort: async () => void response.socket?.destroy(),
  };
}

/**
 * Starts the proxy on a free port of 127.0.0.1.
 * @param {string[]} hosts the hosts whose TLS it ends (the rest are refused)
 * @param {(route: any) => Promise<void>} route the fixture router's handler
 * @param {string[]} [log] receives `https://host:port/` of every refused CONNECT but Firefox's own
 */
export async function startTlsProxy(hosts, route, log) {
  // With no host to answer, no tunnel is ever opened, and no certificate is needed.
  const { key, cert } = hosts.length > 0 ? throwawayCertificate(hosts) : { key: '', cert: '' };
  const allowed = new Set(hosts);
  /** The decrypted requests, one server for every tunnel; each socket remembers its host. */
  const sites = createServer((request, response) => {
    const host = /** @type {any} */ (request.socket).fixtureHost;
    void route(asRoute(request, response, host));
  });
  const proxy = createServer((_request, response) => {
    response.writeHead(405).end();
  });
  /** A tunnel leaves the server's own bookkeeping once it is CONNECTed, so close() ends them here. */
  const tunnels = new Set();
  proxy.on('connect', (request, socket) => {
    tunnels.add(socket);
    socket.on('close', () => tunnels.delete(socket));
    const [host, port] = (request.url ?? '').split(':');
    if (!host || port !== '443' || !allowed.has(host)) {
      if (!isBrowsersOwn(host ?? '')) log?.push(`https://${request.url}/`);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    const tls = new TLSSocket(socket, { isServer: true, key, cert });
    /** @type {any} */ (tls).fixtureHost = host;
    sites.emit('connection', tls);
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = proxy.address();
  if (address === null || typeof address === 'string') throw new Error('The proxy has no port');

  return {
    port: address.port,
    async close() {
      for (const socket of tunnels) socket.destroy();
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(() => resolve(undefined)));
    },
  };
}
