import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { useCall } from '../../hooks/queries';

/** AVG inzage: everything stored about a resident as a readable page, plus the same as a JSON download. */
export function ResidentExportView({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const data = useCall('residents:export', { id });
  return (
    <QueryState query={data}>
      {(exported) => {
        const href = URL.createObjectURL(new Blob([JSON.stringify(exported, null, 2)], { type: 'application/json' }));
        return (
          <section className="panel" aria-labelledby="export-title">
            <h2 id="export-title">
              {t('resident.exportTitle', { date: formatDate(exported.exportedAt, i18n.language, true) })}
            </h2>
            <p>
              <a className="button button--secondary" href={href} download={`bewoner-${id}.json`}>
                {t('resident.downloadJson')}
              </a>
            </p>
            <h3>{t('nav.initiatives')}</h3>
            <ul>
              {exported.initiatives.map((i) => (
                <li key={`${i.id}-${i.role}`}>
                  {i.title} ({t(`personRole.${i.role}`)})
                </li>
              ))}
            </ul>
            <h3>{t('resident.visits')}</h3>
            <ul>
              {exported.visits.map((v) => (
                <li key={v.id}>
                  {formatDate(v.visitDate, i18n.language)} · {v.complexCode}
                </li>
              ))}
            </ul>
            <h3>{t('resident.followUps')}</h3>
            <ul>
              {exported.followUps.map((f) => (
                <li key={f.id}>
                  {f.title} · {formatDate(f.dueDate, i18n.language)}
                </li>
              ))}
            </ul>
            <pre className="export-json">{JSON.stringify(exported.resident, null, 2)}</pre>
          </section>
        );
      }}
    </QueryState>
  );
}
