import { useTranslation } from 'react-i18next';
import { APPROACHES, type Approach } from '../../../../shared/domain/recommendation';
import { Field } from '../../components/Field';

interface Props {
  advised: Approach;
  chosen: Approach;
  rationale: string;
  onChoose: (approach: Approach) => void;
  onRationale: (text: string) => void;
  error?: string | undefined;
}

/** The wijkbeheerder's choice: the advice by default; another approach needs a short rationale. */
export function ApproachChoice({ advised, chosen, rationale, onChoose, onRationale, error }: Props) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="choice-title">
      <h2 id="choice-title">{t('advice.choice')}</h2>
      <fieldset className="checks">
        <legend>{t('advice.chosenApproach')}</legend>
        {APPROACHES.map((approach) => (
          <label key={approach}>
            <input
              type="radio"
              name="chosenApproach"
              checked={chosen === approach}
              onChange={() => onChoose(approach)}
            />
            {t(`approach.${approach}`)}
            {approach === advised ? ` ${t('advice.advisedMark')}` : ''}
          </label>
        ))}
      </fieldset>
      {chosen !== advised || rationale ? (
        <Field
          label={t('advice.rationale')}
          error={error}
          required={chosen !== advised}
          hint={t('advice.rationaleHint')}
        >
          {(props) => (
            <textarea
              {...props}
              name="rationale"
              rows={2}
              value={rationale}
              onChange={(e) => onRationale(e.target.value)}
            />
          )}
        </Field>
      ) : null}
    </section>
  );
}
