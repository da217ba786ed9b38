import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { EvidenceCell } from '../../../../shared/domain/reciprocity';
import { vocab } from '../../components/format';
import { useCall } from '../../hooks/queries';

/** One cell of the own record as a sentence: "Faciliteren bij Zelf beter: 28 van 35 geslaagd" (or too few). */
export function evidenceLine(t: TFunction, c: EvidenceCell): string {
  const params = {
    approach: vocab(t, 'approach', c.approach),
    type: vocab(t, 'practiceType', c.practiceType),
    achieved: c.achieved,
    known: c.cases - c.unknown,
  };
  return c.tooFewToConclude ? t('evidence.lineTooFew', { ...params, count: params.known }) : t('evidence.line', params);
}

/** Cells with at least one known result of a known approach: the ones there is something to say about. */
export const telling = (cells: EvidenceCell[]) => cells.filter((c) => c.approach !== 'onbekend' && c.cases > c.unknown);

/** The own record in sentences, for beside the rules: "Faciliteren bij Zelf beter: 28 van 35 geslaagd". */
export function EvidenceSummary() {
  const { t } = useTranslation();
  const evidence = useCall('evidence:table');
  const cells = telling(evidence.data ?? []);
  return (
    <section className="panel" aria-labelledby="evidence-summary">
      <h2 id="evidence-summary">{t('evidence.rulesTitle')}</h2>
      {evidence.isLoading ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : null}
      {evidence.data && cells.length === 0 ? <p className="muted">{t('evidence.noneYet')}</p> : null}
      <ul>
        {cells.map((c) => (
          <li key={`${c.practiceType}|${c.approach}`}>{evidenceLine(t, c)}</li>
        ))}
      </ul>
    </section>
  );
}
