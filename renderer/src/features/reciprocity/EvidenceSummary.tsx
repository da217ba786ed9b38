import { useTranslation } from 'react-i18next';
import { vocab } from '../../components/format';
import { useCall } from '../../hooks/queries';

/** The own record in sentences, for beside the rules: "Faciliteren bij Zelf beter: 28 van 35 geslaagd". */
export function EvidenceSummary() {
  const { t } = useTranslation();
  const evidence = useCall('evidence:table');
  const cells = (evidence.data ?? []).filter((c) => c.approach !== 'onbekend' && c.cases > c.unknown);
  return (
    <section className="panel" aria-labelledby="evidence-summary">
      <h2 id="evidence-summary">{t('evidence.rulesTitle')}</h2>
      {evidence.isLoading ? <p className="muted" role="status">{t('common.loading')}</p> : null}
      {evidence.data && cells.length === 0 ? <p className="muted">{t('evidence.noneYet')}</p> : null}
      <ul>
        {cells.map((c) => {
          const params = { approach: vocab(t, 'approach', c.approach), type: vocab(t, 'practiceType', c.practiceType), achieved: c.achieved, known: c.cases - c.unknown };
          return <li key={`${c.practiceType}|${c.approach}`}>{c.tooFewToConclude ? t('evidence.lineTooFew', { ...params, count: params.known }) : t('evidence.line', params)}</li>;
        })}
      </ul>
    </section>
  );
}
