/**
 * The error envelope every transport returns. `code` is for programs, `message` is Dutch for people,
 * `messageKey` lets a UI in another language translate it, and `issues` point at form fields.
 */
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
