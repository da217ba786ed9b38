import type { ErrorCode, IssueKey } from '../../shared/contract/errors';

/** An expected failure with a code and a translation key; the registry turns it into the error envelope. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly params?: Record<string, string | number>,
    readonly issues?: IssueKey[],
  ) {
    super(`${code}: ${messageKey}`);
    this.name = 'AppError';
  }
}

export const notFound = (entity: string) => new AppError('NOT_FOUND', `err.notFound.${entity}`);
export const staleVersion = () => new AppError('CONFLICT', 'err.conflict.changed');
export const fieldError = (path: string, messageKey: string, params?: Record<string, string | number>) =>
  new AppError('VALIDATION', messageKey, params, [{ path, messageKey, ...(params ? { params } : {}) }]);
