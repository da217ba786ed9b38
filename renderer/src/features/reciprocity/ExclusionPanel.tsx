import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Complex } from '../../../../shared/domain/entities';
import { EXCLUSION_REASONS, type ExclusionReason } from '../../../../shared/domain/reciprocity';
import { FormAlert } from '../../components/FormAlert';
import { useCommand } from '../../hooks/queries';
import { useFormErrors } from '../../hooks/use-form-errors';

/** Risk of social exclusion on a complex (003): which residents the effort must not pass by, and why. */
export function ExclusionPanel({ complex }: { complex: Complex }) {
  const { t } = useTranslation();
  const save = useCommand('complexes:setExclusionRisk');
  const form = useFormErrors();
  const [reasons, setReasons] = useState<ExclusionReason[]>(complex.exclusionReasons);
  const [note, setNote] = useState(complex.exclusionNote);
  const [saved, setSaved] = useState(false);
  const toggle = (reason: ExclusionReason, on: boolean) =>
    setReasons(on ? [...reasons, reason] : reasons.filter((r) => r !== reason));

  return (
    <section className="panel" aria-labelledby="exclusion-title">
      <h2 id="exclusion-title">{t('exclusion.panel')}</h2>
      <p className="muted">{t('exclusion.intro')}</p>
      <FormAlert errors={form.errors} />
      {saved ? <p role="status">{t('exclusion.saved')}</p> : null}
      <fieldset className="checks">
        <legend>{t('exclusion.reasons')}</legend>
        {EXCLUSION_REASONS.map((reason) => (
          <label key={reason}>
            <input
              type="checkbox"
              checked={reasons.includes(reason)}
              onChange={(e) => toggle(reason, e.target.checked)}
            />
            {t(`exclusionReason.${reason}`)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('exclusion.note')}</span>
        <input value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="form__actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={save.isPending}
          onClick={() =>
            save.mutate(
              { id: complex.id, version: complex.version, reasons, note },
              {
                onSuccess: () => {
                  setSaved(true);
                  form.clear();
                },
                onError: (e) => form.fromError(e),
              },
            )
          }
        >
          {t('exclusion.save')}
        </button>
      </div>
    </section>
  );
}
