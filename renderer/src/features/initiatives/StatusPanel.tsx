import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeDetail } from '../../../../shared/contract/initiatives';
import type { Initiative } from '../../../../shared/domain/entities';
import { RESULTS } from '../../../../shared/domain/reciprocity';
import { isReopening, needsOutcome, type Status } from '../../../../shared/domain/status';
import { FormAlert } from '../../components/FormAlert';
import { Field } from '../../components/Field';
import { useCommand } from '../../hooks/queries';
import { VocabSelect } from '../../components/Selects';
import { type FormDraft, useDraft } from '../../hooks/use-draft';
import { useFormErrors } from '../../hooks/use-form-errors';

/** Confirms a move to `target` with a note; closing also asks for the outcome and the result. */
function TransitionForm({
  initiative,
  target,
  draft,
  onDone,
}: {
  initiative: Initiative;
  target: Status;
  /** Kept by the panel, so what was typed survives choosing another move. */
  draft: FormDraft<{ note: string; outcome: string; result: string }>;
  onDone: (moved: boolean) => void;
}) {
  const { t } = useTranslation();
  const transition = useCommand('initiatives:transition');
  const form = useFormErrors();
  const { values: d, bind } = draft;
  function submit(event: FormEvent) {
    event.preventDefault();
    const result = RESULTS.find((r) => r === d.result);
    transition.mutate(
      {
        id: initiative.id,
        version: initiative.version,
        to: target,
        note: d.note,
        ...(needsOutcome(target) ? { outcome: d.outcome, ...(result ? { result } : {}) } : {}),
      },
      { onSuccess: () => onDone(true), onError: (error) => form.fromError(error) },
    );
  }
  return (
    <form
      className="form form--inline"
      onSubmit={submit}
      noValidate
      aria-label={t('status.confirmTitle', { status: t(`status.${target}`) })}
    >
      <FormAlert errors={form.errors} />
      {needsOutcome(target) ? (
        <>
          <Field label={t('initiative.outcome')} error={form.errors.fields.outcome} required>
            {(props) => <textarea {...props} name="outcome" rows={3} {...bind('outcome')} />}
          </Field>
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
                {...bind('result')}
                values={RESULTS}
                group="result"
                empty={t('common.choose')}
              />
            )}
          </Field>
        </>
      ) : null}
      <Field label={t('status.note')} error={form.errors.fields.note}>
        {(props) => <input {...props} name="note" {...bind('note')} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={transition.isPending}>
          {t('status.confirm', { status: t(`status.${target}`) })}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The status and the moves it allows; a move asks for a note, and closing asks for the outcome. */
export function StatusPanel({ detail }: { detail: InitiativeDetail }) {
  const { t } = useTranslation();
  const { initiative, allowedTransitions } = detail;
  const [target, setTarget] = useState<Status | null>(null);
  const draft = useDraft({ note: '', outcome: initiative.outcome ?? '', result: initiative.result ?? '' });
  const done = (moved: boolean) => {
    setTarget(null);
    if (moved) draft.patch({ note: '' });
  };
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
            onClick={() => setTarget(status)}
          >
            {isReopening(initiative.status, status) ? t('status.reopen') : t(`status.action.${status}`)}
          </button>
        ))}
      </div>
      {/* A new form per move, so the last attempt's messages do not stand under another move. */}
      {target ? (
        <TransitionForm key={target} initiative={initiative} target={target} draft={draft} onDone={done} />
      ) : null}
    </section>
  );
}
