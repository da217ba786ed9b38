import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../../../shared/domain/recommendation';
import { sourceInWords } from '../../../../shared/domain/recommendation/sources';

/** The advice, live: approach, confidence, scores, the reasons with their sources, next steps and warnings. */
export function RecommendationCard({ recommendation, title }: { recommendation: Recommendation; title?: string }) {
  const { t, i18n } = useTranslation();
  const { approach, confidence, scores, reasons, actions, warnings } = recommendation;
  return (
    // tabIndex: the card scrolls on its own, so keyboard users must be able to focus it.
    <aside className="advice-card" aria-labelledby="advice-title" aria-live="polite" tabIndex={0}>
      <h2 id="advice-title">{title ?? t('advice.title')}</h2>
      <p className="advice-card__approach">
        <span className={`approach approach--${approach}`}>{t(`approach.${approach}`)}</span>
        <span className={`confidence confidence--${confidence}`}>
          {t('advice.confidence', { level: t(`confidence.${confidence}`) })}
        </span>
      </p>
      <p className="muted">{t(`approach.explain.${approach}`)}</p>
      <dl className="advice-card__scores">
        {(Object.keys(scores) as (keyof typeof scores)[]).map((key) => (
          <div key={key}>
            <dt>{t(`approach.${key}`)}</dt>
            <dd>{scores[key]}</dd>
          </div>
        ))}
      </dl>
      {warnings.length > 0 ? (
        <>
          <h3>{t('advice.warnings')}</h3>
          <ul className="advice-card__warnings">
            {warnings.map((warning) => (
              <li key={warning.code} data-code={warning.code}>
                {warning.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('advice.reasons')}</h3>
      <ul className="advice-card__reasons">
        {reasons.map((reason) => (
          <li key={reason.ruleId}>
            {reason.text} <cite>({sourceInWords(reason.source, i18n.language === 'en' ? 'en' : 'nl')})</cite>
          </li>
        ))}
      </ul>
      <h3>{t('advice.actions')}</h3>
      <ul>
        {actions.map((action) => (
          <li key={action.id}>{action.text}</li>
        ))}
      </ul>
    </aside>
  );
}
