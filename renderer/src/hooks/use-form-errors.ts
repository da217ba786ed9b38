import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../bridge/api';
import { issuesOf } from '../../../shared/contract/errors';

export interface FormErrors {
  fields: Record<string, string>;
  form: string | null;
  conflict: boolean;
}

const NONE: FormErrors = { fields: {}, form: null, conflict: false };

/**
 * One place that turns validation results (the shared zod schemas on the client, the error envelope from the
 * backend) into translated messages per field, so every form shows problems the same way.
 */
export function useFormErrors() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FormErrors>(NONE);

  function fromIssues(issues: { path: string; messageKey: string; params?: Record<string, string | number> }[]) {
    const fields: Record<string, string> = {};
    for (const issue of issues) {
      const field = issue.path.split('.')[0] ?? '';
      fields[field] ??= t(issue.messageKey, issue.params);
    }
    return fields;
  }

  /** Validates on the client first; returns the parsed value, or null after showing the messages. */
  function validate<S extends z.ZodType>(schema: S, values: unknown): z.output<S> | null {
    const parsed = schema.safeParse(values);
    if (parsed.success) {
      setErrors(NONE);
      return parsed.data;
    }
    setErrors({ fields: fromIssues(issuesOf(parsed.error)), form: t('err.validation'), conflict: false });
    return null;
  }

  return {
    errors,
    clear: () => setErrors(NONE),
    validate,
    /** Shows what the backend said; field issues go beside their fields. */
    fromError(error: unknown) {
      if (error instanceof ApiError) {
        const body = error.body;
        const fields = fromIssues(body.issues ?? []);
        // Field problems are shown beside their fields; the banner then only points at them.
        const form = Object.keys(fields).length > 0 ? t('err.validation') : t(body.messageKey, body.params);
        setErrors({ fields, form, conflict: body.code === 'CONFLICT' });
      } else {
        setErrors({ fields: {}, form: t('err.internal'), conflict: false });
      }
    },
  };
}

export type FormState = ReturnType<typeof useFormErrors>;
