// Types of couch-server.mjs, for the TypeScript tests that start the same server.
export interface CouchServer {
  origin: string;
  port: number;
  stop(): Promise<void>;
}
export function startCouchServer(options?: { port?: number }): Promise<CouchServer>;
export function couch(
  origin: string,
  method: string,
  pathname: string,
  options?: { body?: unknown; auth?: [string, string] },
): Promise<{ status: number; json: any }>;
