import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PERSON_ROLES, type PersonRole } from '../../../../shared/domain/field-work';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { useUndo } from '../../components/undo';
import type { InitiativePerson } from '../../../../shared/domain/entities';
import { useCall, useCommand } from '../../hooks/queries';
import { RecordSelect, VocabSelect } from '../../components/Selects';
import { useDraft } from '../../hooks/use-draft';
import { useFormErrors } from '../../hooks/use-form-errors';
import { Panel } from '../../components/Panel';

/** The residents on an initiative with their roles, a way to add one, and suggestions that fit (consent only). */
export function PeoplePanel({ initiativeId, complexId }: { initiativeId: string; complexId: string }) {
  const { t } = useTranslation();
  const people = useCall('people:list', { initiativeId });
  const residents = useCall('residents:list', { complexId });
  const link = useCommand('people:link');
  const unlink = useCommand('people:unlink');
  const { values: choice, bind } = useDraft({ residentId: '', role: 'deelnemer' });
  const form = useFormErrors();
  const undo = useUndo();
  const linkPerson = (id: string, as: PersonRole) =>
    link.mutate(
      { initiativeId, residentId: id, role: as },
      { onError: (e) => form.fromError(e), onSuccess: () => form.clear() },
    );
  const unlinkPerson = (person: InitiativePerson) =>
    unlink.mutate(
      { initiativeId, residentId: person.residentId, role: person.role },
      {
        onSuccess: () =>
          undo.offer({
            message: t('people.unlinked', { name: person.name, role: t(`personRole.${person.role}`) }),
            undo: () => linkPerson(person.residentId, person.role),
          }),
      },
    );

  return (
    <Panel id="people-title" title={t('people.title')}>
      <FormAlert errors={form.errors} />
      {undo.notice}
      {people.data?.length === 0 ? <p className="muted">{t('people.none')}</p> : null}
      <ul className="work-list">
        {people.data?.map((person) => (
          <li key={`${person.residentId}-${person.role}`}>
            <Link to={`/bewoners/${person.residentId}`}>{person.name}</Link>
            <span className="muted">{t(`personRole.${person.role}`)}</span>
            <button type="button" className="button button--secondary" onClick={() => unlinkPerson(person)}>
              {t('people.unlink')}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="form form--inline"
        aria-label={t('people.linkForm')}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const role = PERSON_ROLES.find((r) => r === choice.role);
          if (choice.residentId && role) linkPerson(choice.residentId, role);
        }}
      >
        <div className="form__grid">
          <Field label={t('people.resident')} error={form.errors.fields.residentId}>
            {(props) => (
              <RecordSelect
                {...props}
                {...bind('residentId')}
                records={residents.data?.filter((r) => !r.erased) ?? []}
                label={(r) => r.name}
                empty={t('common.choose')}
              />
            )}
          </Field>
          <Field label={t('people.role')} error={form.errors.fields.role}>
            {(props) => <VocabSelect {...props} {...bind('role')} values={PERSON_ROLES} group="personRole" />}
          </Field>
        </div>
        <div className="form__actions">
          <button type="submit" className="button" disabled={!choice.residentId}>
            {t('people.link')}
          </button>
        </div>
      </form>
      <Suggestions initiativeId={initiativeId} onInvite={(id) => linkPerson(id, 'deelnemer')} />
    </Panel>
  );
}

/** Consenting residents whose talents or interests fit, same complex first, with the reason; invite in one click. */
function Suggestions({ initiativeId, onInvite }: { initiativeId: string; onInvite: (residentId: string) => void }) {
  const { t } = useTranslation();
  const matches = useCall('residents:matches', { initiativeId });
  return (
    <>
      <h3>{t('people.suggestions')}</h3>
      {matches.data?.length === 0 ? <p className="muted">{t('people.noSuggestions')}</p> : null}
      <ul className="work-list">
        {matches.data?.map((match) => (
          <li key={match.id}>
            <Link to={`/bewoners/${match.id}`}>{match.name}</Link>
            <span className="muted">
              {match.sameComplex ? t('people.sameComplex') : t('people.sameWijk', { code: match.complexCode })} ·{' '}
              {match.reasons
                .map((r) =>
                  t(r.kind === 'talent' ? 'people.becauseTalent' : 'people.becauseInterest', {
                    talent: t(`talent.${r.talent}`),
                  }),
                )
                .join('; ')}
            </span>
            <button type="button" className="button button--secondary" onClick={() => onInvite(match.id)}>
              {t('people.invite')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
