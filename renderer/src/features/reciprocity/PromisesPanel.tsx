import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { promiseCreateInput, type PromiseRecord } from '../../../../shared/contract/reciprocity';
import { FormAlert } from '../../components/FormAlert';
import { Field } from '../../components/Field';
import { formatDate, localToday } from '../../components/format';
import { useCall, useCommand } from '../../hooks/queries';
import { useDraft } from '../../hooks/use-draft';
import { useFormErrors } from '../../hooks/use-form-errors';
import { ResidentOrGroup } from './ResidentOrGroup';
import { Panel } from '../../components/Panel';

type Settle = Parameters<ReturnType<typeof useCommand<'promises:settle'>>['mutate']>[0];

/** An open promise can be marked kept today or withdrawn with a reason; a settled one can be opened again. */
function PromiseMoves({
  promise,
  send,
  reasonError,
}: {
  promise: PromiseRecord;
  send: (input: Settle) => void;
  reasonError: string | undefined;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<string | null>(null);
  return promise.status === 'open' ? (
    <div className="button-row">
      <button
        type="button"
        className="button button--secondary"
        onClick={() => send({ id: promise.id, version: promise.version, status: 'nagekomen', keptOn: localToday() })}
      >
        {t('promise.markKept')}
      </button>
      {reason === null ? (
        <button type="button" className="button button--secondary" onClick={() => setReason('')}>
          {t('promise.withdraw')}
        </button>
      ) : (
        <form
          className="form form--inline"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            send({ id: promise.id, version: promise.version, status: 'ingetrokken', reason });
          }}
          aria-label={t('promise.withdraw')}
        >
          <Field label={t('promise.reason')} error={reasonError}>
            {(props) => (
              <input {...props} name="withdrawReason" value={reason} onChange={(e) => setReason(e.target.value)} />
            )}
          </Field>
          <button type="submit" className="button button--secondary">
            {t('promise.withdrawConfirm')}
          </button>
        </form>
      )}
    </div>
  ) : (
    <button
      type="button"
      className="link-button"
      onClick={() => send({ id: promise.id, version: promise.version, status: 'open' })}
    >
      {t('promise.reopen')}
    </button>
  );
}

/** One promise with its state and the moves it allows: kept today, or withdrawn with a reason. */
function PromiseItem({ promise }: { promise: PromiseRecord }) {
  const { t, i18n } = useTranslation();
  const settle = useCommand('promises:settle');
  const form = useFormErrors();
  const fmt = (d: string | null) => formatDate(d, i18n.language);
  const send = (input: Settle) =>
    settle.mutate(input, {
      onSuccess: () => form.clear(),
      onError: (e) => form.fromError(e),
    });
  const whom = promise.residentName ?? promise.toGroup;
  return (
    <li>
      <div>
        <strong>{promise.what}</strong>{' '}
        <span className={`badge badge--${promise.state}`}>{t(`promise.state.${promise.state}`)}</span>
      </div>
      <span className="muted">
        {t('promise.line', {
          whom,
          by: promise.promisedByName,
          on: fmt(promise.promisedOn),
          due: fmt(promise.dueDate),
        })}
        {promise.keptOn ? ` · ${t('promise.keptOnLine', { date: fmt(promise.keptOn) })}` : null}
        {promise.withdrawnReason ? ` · ${promise.withdrawnReason}` : null}
        {promise.initiativeId ? (
          <>
            {' '}
            · <Link to={`/initiatieven/${promise.initiativeId}`}>{promise.initiativeTitle}</Link>
          </>
        ) : null}
      </span>
      <FormAlert errors={form.errors} />
      <PromiseMoves key={promise.version} promise={promise} send={send} reasonError={form.errors.fields.reason} />
    </li>
  );
}

const emptyDraft = () => ({ what: '', residentId: '', toGroup: '', promisedOn: localToday(), dueDate: '' });

/** A new promise: what, to whom (a resident or a group), made when, due when. */
function PromiseForm({ complexId, initiativeId }: { complexId: string; initiativeId?: string | undefined }) {
  const { t } = useTranslation();
  const create = useCommand('promises:create');
  const form = useFormErrors();
  const { values: draft, setValues: setDraft, bind } = useDraft(emptyDraft);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = form.validate(promiseCreateInput, {
      ...draft,
      complexId,
      initiativeId: initiativeId ?? null,
      residentId: draft.residentId || null,
    });
    if (!parsed) return;
    create.mutate(parsed, {
      onSuccess: () => {
        setDraft(emptyDraft());
        form.clear();
      },
      onError: (e) => form.fromError(e),
    });
  }

  const e = form.errors.fields;
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('promise.add')}>
      <FormAlert errors={form.errors} />
      <Field label={t('promise.what')} error={e.what} required>
        {(props) => <input {...props} name="promiseWhat" {...bind('what')} />}
      </Field>
      <div className="form__grid">
        <ResidentOrGroup
          complexId={complexId}
          labels={{ resident: 'promise.resident', group: 'promise.toGroup', groupHint: 'promise.toGroup.hint' }}
          residentId={draft.residentId}
          group={draft.toGroup}
          errors={{ resident: e.residentId, group: e.toGroup }}
          onChange={(p) =>
            setDraft((d) => ({ ...d, residentId: p.residentId ?? d.residentId, toGroup: p.group ?? d.toGroup }))
          }
        />
        <Field label={t('promise.promisedOn')} error={e.promisedOn} required>
          {(props) => <input {...props} type="date" name="promisedOn" {...bind('promisedOn')} />}
        </Field>
        <Field label={t('promise.dueDate')} error={e.dueDate} required>
          {(props) => <input {...props} type="date" name="promiseDue" {...bind('dueDate')} />}
        </Field>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--secondary" disabled={create.isPending}>
          {t('promise.add')}
        </button>
      </div>
    </form>
  );
}

/** Toezeggingen of a complex or an initiative: what the corporation promised, to whom, by when, and if it was kept. */
export function PromisesPanel({ complexId, initiativeId }: { complexId: string; initiativeId?: string }) {
  const { t } = useTranslation();
  const list = useCall('promises:list', initiativeId ? { initiativeId } : { complexId });
  return (
    <Panel id="promises-title" title={t('promise.panel')}>
      {list.isLoading ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : null}
      {list.data?.length === 0 ? <p className="muted">{t('promise.none')}</p> : null}
      <ul className="work-list">
        {list.data?.map((p) => (
          <PromiseItem key={p.id} promise={p} />
        ))}
      </ul>
      <PromiseForm complexId={complexId} initiativeId={initiativeId} />
    </Panel>
  );
}
