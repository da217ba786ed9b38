import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../bridge/api';
import { issuesOf } from '../../../shared/contract/errors';
import { parseEuro } from '../../../shared/domain/money';

export interface FormErrors {
  fields: Record<string, string>;
  form: string | null;
  conflict: boolean;
}

const NONE: FormErrors = { fields: {}, form: null, conflict: false };

/** An amount as typed: the text, whether it may stay empty, and a ceiling other than the usual one (sums insured). */
export type AmountText = string | { text: string; optional?: boolean; max?: number };

/** The field a message belongs to: the first part of its contract path ("lines.0.amountCents" → "lines"). */
const fieldOf = (path: string) => path.split('.')[0] ?? '';

/**
 * One place that turns validation results (the shared zod schemas on the client, the error envelope from the
 * backend) into translated messages per field, so every form shows problems the same way.
 */
export function useFormErrors() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FormErrors>(NONE);

  function fromIssues(issues: { path: string; messageKey: string; params?: Record<string, string | number> }[]) {
    const fields: Record<string, string> = {};
    for (const issue of issues) fields[fieldOf(issue.path)] ??= t(issue.messageKey, issue.params);
    return fields;
  }

  /**
   * Reads Dutch amounts ("12,50") into cents, each under the contract path it fills ("requestedCents",
   * "lines.0.amountCents"), so "not an amount" stands at its field like any other message. Returns the cents (and
   * clears the last attempt's messages), or null after showing the new ones.
   */
  function amounts<K extends string>(texts: Record<K, AmountText>): Record<K, number | undefined> | null {
    const cents = {} as Record<K, number | undefined>;
    const fields: Record<string, string> = {};
    for (const [path, value] of Object.entries(texts) as [K, AmountText][]) {
      const { text, optional = false, max } = typeof value === 'string' ? { text: value } : value;
      if (optional && text.trim() === '') continue;
      const parsed = parseEuro(text, max);
      if (parsed.ok) cents[path] = parsed.cents;
      else fields[fieldOf(path)] ??= t(parsed.key);
    }
    // A new attempt: what the last one said no longer stands (as with validate).
    setErrors(Object.keys(fields).length === 0 ? NONE : { fields, form: t('err.validation'), conflict: false });
    return Object.keys(fields).length === 0 ? cents : null;
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
    amounts,
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
