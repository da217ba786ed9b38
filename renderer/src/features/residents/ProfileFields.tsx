import { useTranslation } from 'react-i18next';
import { VocabSelect } from '../../components/Selects';
import { LIFE_PHASES, TALENTS, type Profile } from '../../../../shared/domain/field-work';
import { MOTIVES } from '../../../../shared/domain/recommendation';
import { CheckList } from '../../components/CheckList';
import { Field } from '../../components/Field';

/** The profielschets: talents, interests, motives, what someone offers and would like, and life phase. */
export function ProfileFields({
  profile,
  onChange,
}: {
  profile: Profile;
  onChange: (patch: Partial<Profile>) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('profile.title')}</h2>
      <CheckList
        legend={t('profile.talents')}
        values={TALENTS}
        chosen={profile.talents}
        label={(v) => t(`talent.${v}`)}
        onChange={(talents) => onChange({ talents })}
      />
      <CheckList
        legend={t('profile.interests')}
        values={TALENTS}
        chosen={profile.interests}
        label={(v) => t(`talent.${v}`)}
        onChange={(interests) => onChange({ interests })}
      />
      <CheckList
        legend={t('profile.motives')}
        values={MOTIVES}
        chosen={profile.motives}
        label={(v) => t(`motive.${v}`)}
        onChange={(motives) => onChange({ motives })}
      />
      <div className="form__grid">
        <Field label={t('profile.offers')}>
          {(props) => (
            <input
              {...props}
              name="offers"
              value={profile.offers}
              onChange={(ev) => onChange({ offers: ev.target.value })}
            />
          )}
        </Field>
        <Field label={t('profile.wishes')}>
          {(props) => (
            <input
              {...props}
              name="wishes"
              value={profile.wishes}
              onChange={(ev) => onChange({ wishes: ev.target.value })}
            />
          )}
        </Field>
        <Field label={t('profile.lifePhase')}>
          {(props) => (
            <VocabSelect
              {...props}
              name="lifePhase"
              value={profile.lifePhase ?? ''}
              onChange={(ev) => onChange({ lifePhase: LIFE_PHASES.find((phase) => phase === ev.target.value) ?? null })}
              values={LIFE_PHASES}
              group="lifePhase"
              empty={t('common.none')}
            />
          )}
        </Field>
      </div>
    </>
  );
}
