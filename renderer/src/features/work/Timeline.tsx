import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../components/format';
import { formatEuro } from '../../../../shared/domain/money';
import { useCall } from '../../hooks/queries';
import { useDisplayContext } from '../../hooks/use-display';
import { displayValue } from '../../../../shared/i18n/display';
import { Panel } from '../../components/Panel';

/** The newest entries shown at first: a complex of ten years has hundreds, and the page is for today's work. */
const FIRST_SHOWN = 20;

/** One chronological view of a complex or an initiative: visits, status changes, follow-ups, advice. */
export function Timeline({ complexId, initiativeId }: { complexId?: string; initiativeId?: string }) {
  const { t, i18n } = useTranslation();
  const entries = useCall('timeline:get', initiativeId ? { initiativeId } : { complexId });
  const [all, setAll] = useState(false);
  const shown = all ? entries.data : entries.data?.slice(0, FIRST_SHOWN);
  const display = useDisplayContext();
  // Every parameter is worded by the one display module; the field says what it is (a status, an approach…).
  const FIELD_OF: Record<string, string> = { from: 'status', to: 'status', advised: 'approach', chosen: 'approach' };
  const words = (params: Record<string, string>) => ({
    ...Object.fromEntries(
      Object.entries(params).map(([key, value]) => [
        key,
        value === '' ? '' : displayValue(FIELD_OF[key] ?? key, value, display),
      ]),
    ),
    amount: params.cents ? formatEuro(Number(params.cents), i18n.language) : '',
  });
  return (
    <Panel id="timeline-all" title={t('timeline.all')}>
      {entries.data?.length === 0 ? <p className="muted">{t('timeline.empty')}</p> : null}
      <ol className="timeline">
        {shown?.map((entry) => (
          <li key={`${entry.kind}-${entry.id}`} className={`timeline__item timeline__item--${entry.kind}`}>
            <p>
              <strong>{t(entry.key, words(entry.params))}</strong>
              {entry.link ? (
                <>
                  {' '}
                  · <Link to={`/initiatieven/${entry.link.id}`}>{t('timeline.open')}</Link>
                </>
              ) : null}
            </p>
            <p className="muted">
              {entry.byName} · <time dateTime={entry.at}>{formatDate(entry.at, i18n.language, true)}</time>
            </p>
          </li>
        ))}
      </ol>
      {!all && entries.data && entries.data.length > FIRST_SHOWN ? (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          {t('timeline.showAll', { count: entries.data.length })}
        </button>
      ) : null}
    </Panel>
  );
}
