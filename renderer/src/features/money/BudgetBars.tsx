import { useTranslation } from 'react-i18next';
import type { BudgetRow } from '../../../../shared/contract/money';
import { formatEuro } from '../../../../shared/domain/money';

/** Allocated, spent and remaining as bars, with the figures written out (the bars are decoration for sighted users). */
export function BudgetBars({ budget }: { budget: BudgetRow }) {
  const { t, i18n } = useTranslation();
  const euro = (cents: number) => formatEuro(cents, i18n.language);
  const scale = Math.max(budget.available, budget.allocated, 1);
  const pct = (cents: number) => `${Math.max(0, Math.min(100, (cents / scale) * 100))}%`;
  return (
    <div className="budget-bars">
      <div className="budget-bars__track" aria-hidden="true">
        <div className="budget-bars__allocated" style={{ width: pct(budget.allocated) }} />
        <div className="budget-bars__spent" style={{ width: pct(budget.spent) }} />
      </div>
      <p className="budget-bars__legend">
        <span>
          {t('budget.available')}: <strong>{euro(budget.available)}</strong>
        </span>
        <span className="budget-bars__key budget-bars__key--allocated">
          {t('budget.allocated')}: <strong>{euro(budget.allocated)}</strong>
        </span>
        <span className="budget-bars__key budget-bars__key--spent">
          {t('budget.spent')}: <strong>{euro(budget.spent)}</strong>
        </span>
        <span>
          {t('budget.remaining')}: <strong>{euro(budget.remaining)}</strong>
        </span>
      </p>
    </div>
  );
}
