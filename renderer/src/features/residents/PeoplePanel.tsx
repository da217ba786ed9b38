import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PERSON_ROLES, type PersonRole } from '../../../../shared/domain/field-work';
import { FormAlert } from '../../components/FormAlert';
import { useCall, useCommand } from '../../hooks/queries';
import { useFormErrors } from '../../hooks/use-form-errors';

/** The residents on an initiative with their roles, a way to add one, and suggestions that fit (consent only). */
export function PeoplePanel({ initiativeId, complexId }: { initiativeId: string; complexId: string }) {
  const { t } = useTranslation();
  const people = useCall('people:list', { initiativeId });
  const residents = useCall('residents:list', { complexId });
  const matches = useCall('residents:matches', { initiativeId });
  const link = useCommand('people:link');
  const unlink = useCommand('people:unlink');
  const [residentId, setResidentId] = useState('');
  const [role, setRole] = useState<PersonRole>('deelnemer');
  const form = useFormErrors();
  const linkPerson = (id: string, as: PersonRole) => link.mutate({ initiativeId, residentId: id, role: as }, { onError: (e) => form.fromError(e), onSuccess: () => form.clear() });

  return (
    <section className="panel" aria-labelledby="people-title">
      <h2 id="people-title">{t('people.title')}</h2>
      <FormAlert errors={form.errors} />
      {people.data?.length === 0 ? <p className="muted">{t('people.none')}</p> : null}
      <ul className="work-list">
        {people.data?.map((person) => (
          <li key={`${person.residentId}-${person.role}`}>
            <Link to={`/bewoners/${person.residentId}`}>{person.name}</Link>
            <span className="muted">{t(`personRole.${person.role}`)}</span>
            <button type="button" className="button button--secondary" onClick={() => unlink.mutate({ initiativeId, residentId: person.residentId, role: person.role })}>
              {t('people.unlink')}
            </button>
          </li>
        ))}
      </ul>
      <div className="button-row">
        <label className="inline-check">
          {t('people.resident')}
          <select value={residentId} onChange={(e) => setResidentId(e.target.value)}>
            <option value="">{t('common.choose')}</option>
            {residents.data?.filter((r) => !r.erased).map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
          </select>
        </label>
        <label className="inline-check">
          {t('people.role')}
          <select value={role} onChange={(e) => setRole(e.target.value as PersonRole)}>
            {PERSON_ROLES.map((r) => <option key={r} value={r}>{t(`personRole.${r}`)}</option>)}
          </select>
        </label>
        <button type="button" className="button" disabled={!residentId} onClick={() => linkPerson(residentId, role)}>{t('people.link')}</button>
      </div>
      <h3>{t('people.suggestions')}</h3>
      {matches.data?.length === 0 ? <p className="muted">{t('people.noSuggestions')}</p> : null}
      <ul className="work-list">
        {matches.data?.map((match) => (
          <li key={match.id}>
            <Link to={`/bewoners/${match.id}`}>{match.name}</Link>
            <span className="muted">
              {match.sameComplex ? t('people.sameComplex') : t('people.sameWijk', { code: match.complexCode })} ·{' '}
              {match.reasons.map((r) => t(r.kind === 'talent' ? 'people.becauseTalent' : 'people.becauseInterest', { talent: t(`talent.${r.talent}`) })).join('; ')}
            </span>
            <button type="button" className="button button--secondary" onClick={() => linkPerson(match.id, 'deelnemer')}>{t('people.invite')}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
