import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Session } from '../../../../shared/contract/session';
import type { BudgetRow } from '../../../../shared/contract/money';
import { formatEuro } from '../../../../shared/domain/money';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { useCall, useCommand } from '../../hooks/queries';
import { useFormErrors } from '../../hooks/use-form-errors';
import { BudgetBars } from './BudgetBars';
import { BudgetForm } from './BudgetForm';
import { budgetColumns } from './budget-columns';
import { DataGrid } from '../../grid/DataGrid';

function BudgetCard({ budget, isLead }: { budget: BudgetRow; isLead: boolean }) {
  const { t, i18n } = useTranslation();
  const close = useCommand('budgets:setClosed');
  const overrun = useCommand('budgets:overrun');
  const form = useFormErrors();
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const title =
    budget.scope === 'complex'
      ? `${budget.complexCode} · ${budget.name}`
      : `${budget.name} (${budget.wijk ?? t('budget.scope.corporatie')})`;
  return (
    <section className="panel" aria-label={title}>
      <h3>
        {budget.complexId ? <Link to={`/complexen/${budget.complexId}`}>{title}</Link> : title}{' '}
        {budget.closed ? <span className="badge">{t('budget.closed')}</span> : null}
      </h3>
      <p className="muted">
        {budget.perHomeCents !== null
          ? t('budget.perHomeLine', { amount: formatEuro(budget.perHomeCents, i18n.language) })
          : null}
        {budget.maxPerApplicationCents !== null
          ? ` ${t('budget.capLine', { amount: formatEuro(budget.maxPerApplicationCents, i18n.language) })}`
          : null}
      </p>
      <BudgetBars budget={budget} />
      {isLead ? (
        <details>
          <summary>{t('budget.leadActions')}</summary>
          {/* The overrun's fields have no room for a message of their own: the amount's is the banner's. */}
          {form.errors.form ? <Alert kind="error">{form.errors.fields.amountCents ?? form.errors.form}</Alert> : null}
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => close.mutate({ id: budget.id, version: budget.version, closed: !budget.closed })}
            >
              {budget.closed ? t('budget.reopen') : t('budget.close')}
            </button>
            <label className="inline-check">
              {t('budget.overrunAmount')}
              <input value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" />
            </label>
            <label className="inline-check">
              {t('budget.overrunReason')}
              <input value={reason} onChange={(e) => setReason(e.target.value)} />
            </label>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                const cents = form.amounts({ amountCents: amount });
                if (!cents) return;
                overrun.mutate(
                  { budgetId: budget.id, amountCents: cents.amountCents!, reason },
                  {
                    onError: (e) => form.fromError(e),
                    onSuccess: () => {
                      setAmount('');
                      setReason('');
                      form.clear();
                    },
                  },
                );
              }}
            >
              {t('budget.overrun')}
            </button>
          </div>
        </details>
      ) : null}
    </section>
  );
}

/** The budget year: next year back to seven years ago. */
function YearChoice({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const newest = new Date().getFullYear() + 1;
  return (
    <label className="inline-check">
      {t('budget.year')}
      <select value={year} onChange={(e) => onChange(Number(e.target.value))}>
        {Array.from({ length: 8 }, (_, i) => newest - i).map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Budgets per year: the funds as cards (a handful), the complex budgets as a searchable, sortable grid (2,000 at a
 * corporation's scale), and the card of the one picked in the grid (or just made) above it.
 */
export function BudgetsPage({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  const [adding, setAdding] = useState(false);
  const [pickedId, setPickedId] = useState<string | null>(null);
  const budgets = useCall('budgets:list', { year });
  const isLead = session.currentStaff?.role === 'teamleider';
  const funds = budgets.data?.filter((b) => b.scope !== 'complex');
  const complexBudgets = budgets.data?.filter((b) => b.scope === 'complex');
  const picked = complexBudgets?.find((b) => b.id === pickedId);
  const columns = useMemo(() => budgetColumns(t, i18n.language), [t, i18n.language]);
  const loading = (
    <p className="muted" role="status">
      {t('common.loading')}
    </p>
  );
  return (
    <>
      <PageHeader
        title={t('nav.budgets')}
        actions={
          <>
            <YearChoice year={year} onChange={setYear} />
            <button type="button" className="button" onClick={() => setAdding(true)}>
              {t('budget.new')}
            </button>
          </>
        }
      />
      {adding ? (
        <BudgetForm
          year={year}
          onDone={(made) => {
            setAdding(false);
            if (made) setPickedId(made.id);
          }}
        />
      ) : null}
      <h2>{t('budget.funds')}</h2>
      {!funds ? (
        loading
      ) : funds.length === 0 ? (
        <p className="muted">{t('budget.noFunds')}</p>
      ) : (
        funds.map((b) => <BudgetCard key={b.id} budget={b} isLead={isLead} />)
      )}
      <h2>{t('budget.complexBudgets')}</h2>
      {!complexBudgets ? (
        loading
      ) : complexBudgets.length === 0 ? (
        <p className="muted">{t('budget.none')}</p>
      ) : (
        <>
          {picked ? (
            <BudgetCard key={picked.id} budget={picked} isLead={isLead} />
          ) : (
            <p className="muted">{t('budget.pickHint')}</p>
          )}
          <DataGrid
            gridId="budgets"
            label={t('budget.complexBudgets')}
            rows={complexBudgets}
            columns={columns}
            getRowId={(row) => row.id}
            onOpen={(row) => setPickedId(row.id)}
            height="60vh"
          />
        </>
      )}
    </>
  );
}
