import { useTranslation } from 'react-i18next';
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

type ListFact = 'motives' | 'supportAsked' | 'risks';

/** The Kenmerken section: the facts the advice weighs, asked in plain language. Unanswered stays "onbekend". */
export function KenmerkenFields({ facts, onChange, errors }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof StoredFacts>(key: K, value: StoredFacts[K]) => onChange({ ...facts, [key]: value });
  const toggle = (key: ListFact, value: string) => {
    const list: readonly string[] = facts[key];
    // The values come from the fact's own vocabulary (the checkboxes); the contract checks them on saving.
    onChange({ ...facts, [key]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value] });
  };
  const checks = (key: ListFact, values: readonly string[], group: string) => (
    <fieldset className="checks">
      <legend>{t(`facts.${key}`)}</legend>
      {values.map((value) => (
        <label key={value}>
          <input
            type="checkbox"
            checked={(facts[key] as string[]).includes(value)}
            onChange={() => toggle(key, value)}
          />
          {t(`${group}.${value}`)}
        </label>
      ))}
    </fieldset>
  );

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
      {checks('motives', MOTIVES, 'motive')}
      {checks('supportAsked', SUPPORTS, 'support')}
      {checks('risks', RISKS, 'risk')}
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
