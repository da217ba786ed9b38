import { useTranslation } from 'react-i18next';
import { CheckList } from '../../components/CheckList';
import {
  BOOLEAN_FACTS,
  GROUPS,
  MOTIVES,
  OWNERSHIPS,
  RISKS,
  SUPPORTS,
  type StoredFacts,
} from '../../../../shared/domain/recommendation';

interface Props {
  facts: StoredFacts;
  onChange: (facts: StoredFacts) => void;
  errors: Record<string, string>;
}

/** The Kenmerken section: the facts the advice weighs, asked in plain language. Unanswered stays "onbekend". */
export function KenmerkenFields({ facts, onChange, errors }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof StoredFacts>(key: K, value: StoredFacts[K]) => onChange({ ...facts, [key]: value });
  return (
    <section className="kenmerken" aria-labelledby="kenmerken-title">
      <h2 id="kenmerken-title">{t('facts.title')}</h2>
      <p className="muted">{t('facts.intro')}</p>
      <fieldset className="checks checks--column">
        <legend>{t('facts.ownership')}</legend>
        {OWNERSHIPS.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="ownership"
              checked={facts.ownership === value}
              onChange={() => set('ownership', value)}
            />
            {t(`ownership.${value}`)}
          </label>
        ))}
        {errors.ownership ? <p className="field__error">{errors.ownership}</p> : null}
      </fieldset>
      <fieldset className="checks">
        <legend>{t('facts.group')}</legend>
        {GROUPS.map((value) => (
          <label key={value}>
            <input type="radio" name="group" checked={facts.group === value} onChange={() => set('group', value)} />
            {t(`group.${value}`)}
          </label>
        ))}
      </fieldset>
      <CheckList
        legend={t('facts.motives')}
        values={MOTIVES}
        chosen={facts.motives}
        label={(v) => t(`motive.${v}`)}
        onChange={(motives) => set('motives', motives)}
      />
      <CheckList
        legend={t('facts.supportAsked')}
        values={SUPPORTS}
        chosen={facts.supportAsked}
        label={(v) => t(`support.${v}`)}
        onChange={(supportAsked) => set('supportAsked', supportAsked)}
      />
      <CheckList
        legend={t('facts.risks')}
        values={RISKS}
        chosen={facts.risks}
        label={(v) => t(`risk.${v}`)}
        onChange={(risks) => set('risks', risks)}
      />
      <fieldset className="checks checks--column">
        <legend>{t('facts.situation')}</legend>
        {BOOLEAN_FACTS.map((flag) => (
          <label key={flag}>
            <input type="checkbox" checked={facts[flag]} onChange={(e) => set(flag, e.target.checked)} />
            {t(`facts.flag.${flag}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
