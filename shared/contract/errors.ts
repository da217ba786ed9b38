/**
 * The error envelope every transport returns. `code` is for programs, `message` is Dutch for people,
 * `messageKey` lets a UI in another language translate it, and `issues` point at form fields.
 */
import type { z } from 'zod';

export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN_TRANSITION',
  'UNKNOWN_METHOD',
  'NOT_INITIALIZED',
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'PAYLOAD_TOO_LARGE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `homes` or `sharedObjects.1`. */
  path: string;
  messageKey: string;
  message: string;
  params?: Record<string, string | number>;
}

/** A field issue before it is put in words: the path, the translation key and its parameters. */
export type IssueKey = Omit<FieldIssue, 'message'>;

/**
 * The issues of a refused input, as the registry answers them and a form shows them before sending: one per
 * field, the first rule it breaks (an empty code is "required", not also "wrong format").
 */
export function issuesOf(error: z.ZodError): IssueKey[] {
  const all = error.issues.map((issue): IssueKey => {
    const path = issue.path.map(String).join('.');
    if (issue.message.startsWith('err.')) return { path, messageKey: issue.message };
    if (issue.code === 'unrecognized_keys') return { path: issue.keys.join(','), messageKey: 'err.unknownField' };
    return { path, messageKey: 'err.invalidValue', params: { field: path } };
  });
  return all.filter((issue, index) => all.findIndex((other) => other.path === issue.path) === index);
}

export interface ErrorBody {
  code: ErrorCode;
  messageKey: string;
  message: string;
  params?: Record<string, string | number>;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/** HTTP status for each error code, so browser mode speaks plain HTTP too. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION: 422,
  NOT_FOUND: 404,
  CONFLICT: 409,
  FORBIDDEN_TRANSITION: 409,
  UNKNOWN_METHOD: 400,
  NOT_INITIALIZED: 409,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL: 500,
};
