import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UnappreciatedResident } from '../../../../shared/contract/reciprocity';
import { APPRECIATION_KINDS } from '../../../../shared/domain/reciprocity';
import { FormAlert } from '../../components/FormAlert';
import { Field } from '../../components/Field';
import { formatDate, localToday } from '../../components/format';
import { useCall, useCommand } from '../../hooks/queries';
import { type FormDraft, useDraft } from '../../hooks/use-draft';
import { VocabSelect } from '../../components/Selects';
import { useFormErrors } from '../../hooks/use-form-errors';
import { ResidentOrGroup } from './ResidentOrGroup';

const emptyDraft = () => ({ residentId: '', groupName: '', kind: 'bedankbezoek', givenOn: localToday(), note: '' });
type AppreciationDraft = ReturnType<typeof emptyDraft>;

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

/** A new moment of appreciation, for a resident or a group; picking a resident from the list above fills it in. */
function AppreciationForm({ complexId, draft }: { complexId: string; draft: FormDraft<AppreciationDraft> }) {
  const { t } = useTranslation();
  const create = useCommand('appreciations:create');
  const form = useFormErrors();
  const { values, setValues, bind } = draft;

  function submit(event: FormEvent) {
    event.preventDefault();
    void create.submit({ ...values, complexId, residentId: values.residentId || null }, form, {
      onSuccess: () => {
        setValues(emptyDraft());
        form.clear();
      },
      onError: (e) => form.fromError(e),
    });
  }

  const e = form.errors.fields;
  return (
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
          residentId={values.residentId}
          group={values.groupName}
          errors={{ resident: e.residentId, group: e.groupName }}
          onChange={(p) =>
            setValues((d) => ({ ...d, residentId: p.residentId ?? d.residentId, groupName: p.group ?? d.groupName }))
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
  );
}

/** Waardering: appreciation moments on this complex, active residents who had none for a year, and adding one. */
export function AppreciationPanel({ complexId }: { complexId: string }) {
  const { t, i18n } = useTranslation();
  const list = useCall('appreciations:list', { complexId });
  const due = useCall('appreciations:due', { complexId });
  const draft = useDraft<AppreciationDraft>(emptyDraft);
  return (
    <section className="panel" aria-labelledby="appreciation-title">
      <h2 id="appreciation-title">{t('appreciation.panel')}</h2>
      <AppreciationDue residents={due.data ?? []} onPick={(residentId) => draft.patch({ residentId })} />
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
      <AppreciationForm complexId={complexId} draft={draft} />
    </section>
  );
}
