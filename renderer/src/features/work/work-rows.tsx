/** One line per kind of work on Mijn werk: what it is, a link to where it is done, and when. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PolicyRow, WorklistRow } from '../../../../shared/contract/liability';
import type { PromiseRecord, UnappreciatedResident } from '../../../../shared/contract/reciprocity';
import type { Draft, InitiativeRow, Visit } from '../../../../shared/domain/entities';
import { formatDate } from '../../components/format';

function useDay() {
  const { i18n } = useTranslation();
  return (date: string, withTime = false) => formatDate(date, i18n.language, withTime);
}

export function RequirementRow({ row }: { row: WorklistRow }) {
  const { t } = useTranslation();
  const day = useDay();
  return (
    <li>
      <span className={`req req--${row.state}`}>{t(`requirementState.${row.state}`)}</span>
      <Link to={`/initiatieven/${row.initiativeId}`}>{row.title}</Link>
      <span className="muted">
        {t(`requirementKindShort.${row.kind}`)}
        {row.until ? ` · ${day(row.until)}` : ''}
      </span>
    </li>
  );
}

export function PolicyExpiryRow({ policy, today }: { policy: PolicyRow; today: string }) {
  const { t } = useTranslation();
  const day = useDay();
  const state = policy.validTo! < today ? 'verlopen' : 'verloopt_binnenkort';
  return (
    <li>
      <span className={`req req--${state}`}>{t(`requirementState.${state}`)}</span>
      <Link to="/verzekeringen">
        {policy.insurer} · {policy.policyNumber}
      </Link>
      <span className="muted">
        {policy.municipality ?? t(`policyKind.${policy.kind}`)} · {day(policy.validTo!)}
      </span>
    </li>
  );
}

export function PromiseRow({ promise: p }: { promise: PromiseRecord }) {
  const { t } = useTranslation();
  const day = useDay();
  return (
    <li>
      <span className={`badge badge--${p.state}`}>{t(`promise.state.${p.state}`)}</span>
      <Link to={p.initiativeId ? `/initiatieven/${p.initiativeId}` : `/complexen/${p.complexId}`}>{p.what}</Link>
      <span className="muted">
        {p.complexCode} · {p.residentName ?? p.toGroup} · {t('promise.dueShort', { date: day(p.dueDate) })}
      </span>
    </li>
  );
}

export function AppreciationDueRow({ resident: r }: { resident: UnappreciatedResident }) {
  const { t } = useTranslation();
  const day = useDay();
  return (
    <li>
      <Link to={`/complexen/${r.complexId}`}>{r.name}</Link>
      <span className="muted">
        {r.complexCode} ·{' '}
        {r.lastAppreciation ? t('appreciation.last', { date: day(r.lastAppreciation) }) : t('appreciation.never')}
      </span>
    </li>
  );
}

/** A draft of a visit; only its own author may resume or discard it. */
export function DraftRow({
  draft,
  onResume,
  onDiscard,
}: {
  draft: Draft;
  onResume: (() => void) | null;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const day = useDay();
  return (
    <li>
      <span>
        {(draft.payload as { complexLabel?: string }).complexLabel || t('work.draftUntitled')} ·{' '}
        {day(draft.updatedAt, true)}
      </span>
      {onResume ? (
        <span className="button-row">
          <button type="button" className="button button--secondary" onClick={onResume}>
            {t('work.resume')}
          </button>
          <button type="button" className="button button--secondary" onClick={onDiscard}>
            {t('work.discard')}
          </button>
        </span>
      ) : null}
    </li>
  );
}

export function StaleRow({ initiative }: { initiative: InitiativeRow }) {
  const { t } = useTranslation();
  const day = useDay();
  return (
    <li>
      <Link to={`/initiatieven/${initiative.id}`}>{initiative.title}</Link>
      <span className="muted">
        {initiative.complexCode} · {t('work.lastChange', { date: day(initiative.updatedAt) })}
      </span>
    </li>
  );
}

export function VisitRow({ visit }: { visit: Visit }) {
  const day = useDay();
  return (
    <li>
      <Link to={`/complexen/${visit.complexId}`}>
        {visit.complexCode} · {visit.complexName}
      </Link>
      <span className="muted">
        {day(visit.visitDate)}
        {visit.note ? ` · ${visit.note}` : ''}
      </span>
    </li>
  );
}
