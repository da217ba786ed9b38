import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeDetail } from '../../../../shared/contract/initiatives';
import { RESULTS, type Result } from '../../../../shared/domain/reciprocity';
import { isReopening, needsOutcome, type Status } from '../../../../shared/domain/status';
import { FormAlert } from '../../components/FormAlert';
import { Field } from '../../components/Field';
import { useCommand } from '../../hooks/queries';
import { VocabSelect } from '../../components/VocabSelect';
import { useFormErrors } from '../../hooks/use-form-errors';

/** The status and the moves it allows; a move asks for a note, and closing asks for the outcome. */
export function StatusPanel({ detail }: { detail: InitiativeDetail }) {
  const { t } = useTranslation();
  const { initiative, allowedTransitions } = detail;
  const [target, setTarget] = useState<Status | null>(null);
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState(initiative.outcome ?? '');
  const [result, setResult] = useState<Result | ''>(initiative.result ?? '');
  const transition = useCommand('initiatives:transition');
  const form = useFormErrors();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!target) return;
    transition.mutate(
      {
        id: initiative.id,
        version: initiative.version,
        to: target,
        note,
        ...(needsOutcome(target) ? { outcome, ...(result ? { result } : {}) } : {}),
      },
      {
        onSuccess: () => {
          setTarget(null);
          setNote('');
          form.clear();
        },
        onError: (error) => form.fromError(error),
      },
    );
  }

  return (
    <section className="panel" aria-labelledby="status-title">
      <h2 id="status-title">{t('initiative.status')}</h2>
      <p>
        <span className={`status status--${initiative.status}`}>{t(`status.${initiative.status}`)}</span>
      </p>
      {initiative.outcome ? (
        <p>
          <strong>{t('initiative.outcome')}:</strong> {initiative.outcome}
          {initiative.result ? ` (${t(`result.${initiative.result}`)})` : null}
        </p>
      ) : null}
      <div className="button-row" role="group" aria-label={t('status.moveTo')}>
        {allowedTransitions.map((status) => (
          <button
            key={status}
            type="button"
            className={`button ${target === status ? '' : 'button--secondary'}`}
            aria-pressed={target === status}
            onClick={() => {
              setTarget(status);
              form.clear();
            }}
          >
            {isReopening(initiative.status, status) ? t('status.reopen') : t(`status.action.${status}`)}
          </button>
        ))}
      </div>
      {target ? (
        <form
          className="form form--inline"
          onSubmit={submit}
          noValidate
          aria-label={t('status.confirmTitle', { status: t(`status.${target}`) })}
        >
          <FormAlert errors={form.errors} />
          {needsOutcome(target) ? (
            <Field label={t('initiative.outcome')} error={form.errors.fields.outcome} required>
              {(props) => (
                <textarea
                  {...props}
                  name="outcome"
                  rows={3}
                  value={outcome}
                  onChange={(e) => setOutcome(e.target.value)}
                />
              )}
            </Field>
          ) : null}
          {needsOutcome(target) ? (
            <Field
              label={t('initiative.result')}
              hint={t('initiative.result.hint')}
              error={form.errors.fields.result}
              required
            >
              {(props) => (
                <VocabSelect
                  {...props}
                  name="result"
                  value={result}
                  onChange={(e) => setResult(e.target.value as Result | '')}
                  values={RESULTS}
                  group="result"
                  empty={t('common.choose')}
                />
              )}
            </Field>
          ) : null}
          <Field label={t('status.note')} error={form.errors.fields.note}>
            {(props) => <input {...props} name="note" value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
          <div className="form__actions">
            <button type="submit" className="button" disabled={transition.isPending}>
              {t('status.confirm', { status: t(`status.${target}`) })}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setTarget(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
