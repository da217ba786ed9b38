/**
 * The one builder of the error envelope. The registry, browser mode's HTTP server, the desktop's IPC and PDF
 * save, the sync and the team server all answer a refusal with this body, its message in Dutch from nl.json.
 */
import type { ErrorBody, ErrorCode, FieldIssue, IssueKey, Result } from '../../shared/contract/errors';
import nl from '../../shared/i18n/nl.json';
import { translate } from '../../shared/i18n/translate';

export const dutch = (key: string, params?: Record<string, string | number>) => translate(nl, key, params);

export function errorBody(
  code: ErrorCode,
  messageKey: string,
  params?: Record<string, string | number>,
  issues?: IssueKey[],
): ErrorBody {
  const body: ErrorBody = { code, messageKey, message: dutch(messageKey, params) };
  if (params) body.params = params;
  if (issues?.length) {
    body.issues = issues.map((issue): FieldIssue => ({ ...issue, message: dutch(issue.messageKey, issue.params) }));
    // The envelope's message names the first problem, so a caller that shows one line still says what is wrong.
    if (code === 'VALIDATION') body.message = body.issues[0]!.message;
  }
  return body;
}

/** A refused call as a whole answer. */
export const refused = (
  code: ErrorCode,
  messageKey: string,
  params?: Record<string, string | number>,
): Result<never> => ({ ok: false, error: errorBody(code, messageKey, params) });
