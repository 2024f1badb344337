import { z } from 'zod';

/** What went wrong, for callers that react differently (show a form error, prompt to export…). */
export type LogErrorCode =
  /** The caller's input did not pass the schema; `message` is a readable list of problems. */
  | 'invalid-input'
  /** A record the operation needs (a campaign, an entry) does not exist. */
  | 'not-found'
  /** The browser refused to store more: disk full or over the origin's quota. */
  | 'quota-exceeded'
  /** An import file could not be read or checked. */
  | 'invalid-import'
  /** Any other IndexedDB failure. */
  | 'storage-failed';

/** Every error the log throws on purpose. Check `code` (or use the subclasses with `instanceof`). */
export class LogError extends Error {
  readonly code: LogErrorCode;

  constructor(code: LogErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LogError';
    this.code = code;
  }
}

/** Input rejected by a zod schema. `issues` keeps the detail for forms (path → message). */
export class LogValidationError extends LogError {
  readonly issues: readonly z.core.$ZodIssue[];

  constructor(error: z.ZodError, what: string) {
    super('invalid-input', `${what}:\n${z.prettifyError(error)}`, { cause: error });
    this.name = 'LogValidationError';
    this.issues = error.issues;
  }

  /** First message per top-level field, e.g. { name: 'Give the campaign a name.' }. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const issue of this.issues) {
      const field = String(issue.path[0] ?? '');
      out[field] ??= issue.message;
    }
    return out;
  }
}

/**
 * The browser would not store more. The UI should say so plainly and offer an export, since
 * clearing space is the user's call, not ours.
 */
export class LogQuotaError extends LogError {
  constructor(cause: unknown) {
    super(
      'quota-exceeded',
      'The browser has no more room for the campaign log (disk full or storage quota reached). Nothing was saved.',
      { cause },
    );
    this.name = 'LogQuotaError';
  }
}

/** True when `error` is a LogError, optionally of one code. */
export function isLogError(error: unknown, code?: LogErrorCode): error is LogError {
  return error instanceof LogError && (code === undefined || error.code === code);
}

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const name = (error as { name?: unknown }).name;
  // Firefox used NS_ERROR_DOM_QUOTA_REACHED before standardising on QuotaExceededError.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Turns whatever a transaction threw into a LogError (keeping LogErrors as they are). */
export function toLogError(error: unknown): LogError {
  if (error instanceof LogError) return error;
  if (isQuotaError(error)) return new LogQuotaError(error);
  if (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'VersionError') {
    return new LogError(
      'storage-failed',
      'A newer version of Rostrum has upgraded the campaign log in another window. Reload this panel to use it.',
      { cause: error },
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new LogError('storage-failed', `The campaign log could not be saved or read: ${message}`, {
    cause: error,
  });
}
