import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { appreciationCreateInput, type UnappreciatedResident } from '../../../../shared/contract/reciprocity';
import { APPRECIATION_KINDS } from '../../../../shared/domain/reciprocity';
import { FormAlert } from '../../components/FormAlert';
import { Field } from '../../components/Field';
import { formatDate, localToday } from '../../components/format';
import { useCall, useCommand } from '../../hooks/queries';
import { useDraft } from '../../hooks/use-draft';
import { VocabSelect } from '../../components/Selects';
import { useFormErrors } from '../../hooks/use-form-errors';
import { ResidentOrGroup } from './ResidentOrGroup';

const emptyDraft = () => ({ residentId: '', groupName: '', kind: 'bedankbezoek', givenOn: localToday(), note: '' });

/** Active residents who had no appreciation for a year; picking one fills the form below. */
function AppreciationDue({ residents, onPick }: { residents: UnappreciatedResident[]; onPick: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  return residents.length === 0 ? null : (
    <div className="notice" role="note">
      <p>{t('appreciation.dueIntro', { count: residents.length })}</p>
      <ul>
        {residents.slice(0, 10).map((r) => (
          <li key={r.id}>
            <button type="button" className="link-button" onClick={() => onPick(r.id)}>
              {r.name}
            </button>{' '}
            <span className="muted">
              {r.lastAppreciation
                ? t('appreciation.last', { date: formatDate(r.lastAppreciation, i18n.language) })
                : t('appreciation.never')}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Waardering: appreciation moments on this complex, active residents who had none for a year, and adding one. */
export function AppreciationPanel({ complexId }: { complexId: string }) {
  const { t, i18n } = useTranslation();
  const list = useCall('appreciations:list', { complexId });
  const due = useCall('appreciations:due', { complexId });
  const create = useCommand('appreciations:create');
  const form = useFormErrors();
  const { values: draft, setValues: setDraft, patch, bind } = useDraft(emptyDraft);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = form.validate(appreciationCreateInput, {
      ...draft,
      complexId,
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
    <section className="panel" aria-labelledby="appreciation-title">
      <h2 id="appreciation-title">{t('appreciation.panel')}</h2>
      <AppreciationDue residents={due.data ?? []} onPick={(residentId) => patch({ residentId })} />
      {list.data?.length === 0 ? <p className="muted">{t('appreciation.none')}</p> : null}
      <ul className="work-list">
        {list.data?.map((a) => (
          <li key={a.id}>
            <span>
              {t(`appreciation.kind.${a.kind}`)}:{' '}
              {a.residentId ? <Link to={`/bewoners/${a.residentId}`}>{a.residentName}</Link> : a.groupName}
            </span>
            <span className="muted">
              {formatDate(a.givenOn, i18n.language)} · {a.givenByName}
              {a.note ? ` · ${a.note}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <form className="form" onSubmit={submit} noValidate aria-label={t('appreciation.add')}>
        <FormAlert errors={form.errors} />
        <div className="form__grid">
          <ResidentOrGroup
            complexId={complexId}
            labels={{
              resident: 'appreciation.resident',
              group: 'appreciation.group',
              groupHint: 'appreciation.group.hint',
            }}
            residentId={draft.residentId}
            group={draft.groupName}
            errors={{ resident: e.residentId, group: e.groupName }}
            onChange={(p) =>
              setDraft((d) => ({ ...d, residentId: p.residentId ?? d.residentId, groupName: p.group ?? d.groupName }))
            }
          />
          <Field label={t('appreciation.kind')} error={e.kind} required>
            {(props) => (
              <VocabSelect
                {...props}
                name="appreciationKind"
                {...bind('kind')}
                values={APPRECIATION_KINDS}
                group="appreciation.kind"
              />
            )}
          </Field>
          <Field label={t('appreciation.givenOn')} error={e.givenOn} required>
            {(props) => <input {...props} type="date" name="givenOn" {...bind('givenOn')} />}
          </Field>
        </div>
        <Field label={t('appreciation.note')} error={e.note}>
          {(props) => <input {...props} name="appreciationNote" {...bind('note')} />}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--secondary" disabled={create.isPending}>
            {t('appreciation.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
