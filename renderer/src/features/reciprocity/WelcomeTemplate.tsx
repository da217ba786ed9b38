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

/**
 * The saved template is taken over until the user starts editing: a refetch (another window saved) must not
 * overwrite what is being typed. `saved()` makes the form follow the saved template again.
 */
function useTemplateRows(saved: WelcomeStep[] | undefined) {
  const [rows, setRows] = useState<Row[]>([]);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (saved && !editing) setRows(toRows(saved));
  }, [saved, editing]);
  const edit = (next: Row[]) => {
    setEditing(true);
    setRows(next);
  };
  return {
    rows,
    change: (i: number, patch: Partial<Row>) => edit(rows.map((r, j) => (j === i ? { ...r, ...patch } : r))),
    remove: (i: number) => edit(rows.filter((_, j) => j !== i)),
    add: () => edit([...rows, { offsetDays: '', title: '' }]),
    saved: () => setEditing(false),
  };
}

/** One contact moment: after how many days, and what; editable for a teamleider. */
function StepRow({
  row,
  n,
  canEdit,
  onChange,
  onRemove,
}: {
  row: Row;
  n: number;
  canEdit: boolean;
  onChange: (patch: Partial<Row>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  if (!canEdit)
    return (
      <tr>
        <td>{row.offsetDays}</td>
        <td>{row.title}</td>
      </tr>
    );
  return (
    <tr>
      <td>
        <input
          aria-label={t('welcome.template.daysOf', { n })}
          inputMode="numeric"
          size={5}
          value={row.offsetDays}
          onChange={(e) => onChange({ offsetDays: e.target.value })}
        />
      </td>
      <td>
        <input
          aria-label={t('welcome.template.titleOf', { n })}
          value={row.title}
          onChange={(e) => onChange({ title: e.target.value })}
        />
      </td>
      <td>
        <button type="button" className="link-button" onClick={onRemove}>
          {t('common.remove')}
        </button>
      </td>
    </tr>
  );
}

/** The team's welcome template: which contact moments follow a move-in. A teamleider changes it; others read it. */
export function WelcomeTemplate({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const steps = useCall('welcome:steps');
  const save = useCommand('welcome:setSteps');
  const form = useFormErrors();
  const template = useTemplateRows(steps.data);
  const [saved, setSaved] = useState(false);

  function submit() {
    setSaved(false);
    const parsed = form.validate(welcomeStepsInput, {
      steps: template.rows.map((r) => ({ offsetDays: parseNumberInput(r.offsetDays), title: r.title })),
    });
    if (!parsed) return;
    save.mutate(parsed, {
      onSuccess: () => {
        setSaved(true);
        template.saved();
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
          {template.rows.map((row, i) => (
            <StepRow
              key={i}
              row={row}
              n={i + 1}
              canEdit={canEdit}
              onChange={(patch) => template.change(i, patch)}
              onRemove={() => template.remove(i)}
            />
          ))}
        </tbody>
      </table>
      {canEdit ? (
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={template.add}>
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
