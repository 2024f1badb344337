// `node scripts/team-log-install.mjs <database URL> [--create] [--security]` (docs/team-log.md):
// installs the team database's design document, _design/rostrum, whose validate_doc_update
// (server/couchdb/validate-doc-update.js) enforces the export schema and who may write.
//   --create    creates the database first (an existing one is left as it is)
//   --security  sets the security object: members are the roles "rostrum" (write) and
//               "rostrum-reader" (read only); admins stay the server's admins
// The server admin's name and password come from COUCHDB_USER and COUCHDB_PASSWORD (never from the
// command line, which other users of the machine can read; never printed).
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const target = args.find((a) => !a.startsWith('--'));
if (!target) {
  console.error('Usage: node scripts/team-log-install.mjs <database URL> [--create] [--security]');
  process.exit(2);
}
const db = new URL(target.endsWith('/') ? target : `${target}/`);
if (db.username || db.password) {
  console.error('Give the name and password in COUCHDB_USER and COUCHDB_PASSWORD, not in the URL.');
  process.exit(2);
}
const user = process.env.COUCHDB_USER ?? '';
const password = process.env.COUCHDB_PASSWORD ?? '';
const headers = { 'content-type': 'application/json', accept: 'application/json' };
if (user) headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

const source = readFileSync(new URL('../server/couchdb/validate-doc-update.js', import.meta.url), 'utf8');
// CouchDB wants the bare function; the file names it so that it is valid JavaScript on its own.
const validate = source.slice(source.indexOf('function validate')).replace(/^function validate/, 'function');

/** One request to the database; the response's JSON, or an error that names the step and the status. */
async function couch(method, path, body, { allow = [] } = {}) {
  const response = await fetch(new URL(path, db), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok && !allow.includes(response.status)) {
    const reason = json.reason ?? json.error ?? response.statusText;
    throw new Error(`${method} ${db.pathname}${path}: ${response.status} ${reason}`);
  }
  return { status: response.status, json };
}

try {
  if (args.includes('--create')) {
    const { status } = await couch('PUT', '', undefined, { allow: [412] });
    console.log(status === 412 ? 'Database exists.' : 'Database created.');
  }
  if (args.includes('--security')) {
    await couch('PUT', '_security', {
      admins: { names: [], roles: [] },
      members: { names: [], roles: ['rostrum', 'rostrum-reader'] },
    });
    console.log('Security set: roles "rostrum" (write) and "rostrum-reader" (read) are members.');
  }
  const existing = await couch('GET', '_design/rostrum', undefined, { allow: [404] });
  const design = { _id: '_design/rostrum', language: 'javascript', validate_doc_update: validate };
  if (existing.status === 200) design._rev = existing.json._rev;
  await couch('PUT', '_design/rostrum', design);
  console.log(`Design document _design/rostrum installed in ${db.origin}${db.pathname}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
