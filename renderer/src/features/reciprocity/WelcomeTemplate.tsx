import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { welcomeStepsInput } from '../../../../shared/contract/reciprocity';
import type { WelcomeStep } from '../../../../shared/domain/reciprocity';
import { FormAlert } from '../../components/FormAlert';
import { parseNumberInput } from '../../components/form-values';
import { useCall, useCommand } from '../../hooks/queries';
import { useFormErrors } from '../../hooks/use-form-errors';

type Row = { offsetDays: string; title: string };
const toRows = (steps: WelcomeStep[]): Row[] =>
  steps.map((s) => ({ offsetDays: String(s.offsetDays), title: s.title }));

/** The team's welcome template: which contact moments follow a move-in. A teamleider changes it; others read it. */
export function WelcomeTemplate({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const steps = useCall('welcome:steps');
  const save = useCommand('welcome:setSteps');
  const form = useFormErrors();
  const [rows, setRows] = useState<Row[]>([]);
  const [saved, setSaved] = useState(false);
  // The saved template is taken over until the user starts editing: a refetch (another window saved) must not
  // overwrite what is being typed. Saving makes the form follow the saved template again.
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (steps.data && !editing) setRows(toRows(steps.data));
  }, [steps.data, editing]);
  const edit = (next: Row[]) => {
    setEditing(true);
    setRows(next);
  };
  const change = (i: number, patch: Partial<Row>) => edit(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  function submit() {
    setSaved(false);
    const parsed = form.validate(welcomeStepsInput, {
      steps: rows.map((r) => ({ offsetDays: parseNumberInput(r.offsetDays), title: r.title })),
    });
    if (!parsed) return;
    save.mutate(parsed, {
      onSuccess: () => {
        setSaved(true);
        setEditing(false);
        form.clear();
      },
      onError: (e) => form.fromError(e),
    });
  }

  return (
    <section className="panel" aria-labelledby="welcome-template">
      <h2 id="welcome-template">{t('welcome.template')}</h2>
      <p className="muted">{t('welcome.template.intro')}</p>
      <FormAlert errors={form.errors} />
      {saved ? <p role="status">{t('welcome.template.saved')}</p> : null}
      <table className="rules-table">
        <caption className="visually-hidden">{t('welcome.template')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('welcome.template.days')}</th>
            <th scope="col">{t('welcome.template.title')}</th>
            {canEdit ? (
              <th scope="col">
                <span className="visually-hidden">{t('common.remove')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td>
                {canEdit ? (
                  <input
                    aria-label={t('welcome.template.daysOf', { n: i + 1 })}
                    inputMode="numeric"
                    size={5}
                    value={row.offsetDays}
                    onChange={(e) => change(i, { offsetDays: e.target.value })}
                  />
                ) : (
                  row.offsetDays
                )}
              </td>
              <td>
                {canEdit ? (
                  <input
                    aria-label={t('welcome.template.titleOf', { n: i + 1 })}
                    value={row.title}
                    onChange={(e) => change(i, { title: e.target.value })}
                  />
                ) : (
                  row.title
                )}
              </td>
              {canEdit ? (
                <td>
                  <button type="button" className="link-button" onClick={() => edit(rows.filter((_, j) => j !== i))}>
                    {t('common.remove')}
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {canEdit ? (
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => edit([...rows, { offsetDays: '', title: '' }])}
          >
            {t('welcome.template.add')}
          </button>
          <button type="button" className="button" onClick={submit} disabled={save.isPending}>
            {t('welcome.template.save')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
