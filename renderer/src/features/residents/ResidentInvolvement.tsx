import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../components/format';
import { useCall } from '../../hooks/queries';

function Part({ title, children }: { title: string; children: ReactNode[] }) {
  if (children.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="work-list">{children}</ul>
    </>
  );
}

/**
 * Where a resident takes part: initiatives (with the role), visits on which she was met, promises made to her and
 * appreciation she received. The same facts as the AVG inzage, on the page where a wijkbeheerder looks first.
 */
export function ResidentInvolvement({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const data = useCall('residents:export', { id }).data;
  const day = (date: string) => formatDate(date, i18n.language);
  const empty =
    data && [data.initiatives, data.visits, data.promises, data.appreciations].every((list) => list.length === 0);
  return (
    <section className="panel" aria-labelledby="involvement-title">
      <h2 id="involvement-title">{t('resident.involvement')}</h2>
      {!data ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : empty ? (
        <p className="muted">{t('resident.involvementNone')}</p>
      ) : (
        <>
          <Part title={t('nav.initiatives')}>
            {data.initiatives.map((i) => (
              <li key={`${i.id}-${i.role}`}>
                <Link to={`/initiatieven/${i.id}`}>{i.title}</Link>
                <span>{t(`personRole.${i.role}`)}</span>
              </li>
            ))}
          </Part>
          <Part title={t('resident.visitsMet')}>
            {data.visits.map((v) => (
              <li key={v.id}>
                <span>{day(v.visitDate)}</span>
                <span>{v.complexCode}</span>
              </li>
            ))}
          </Part>
          <Part title={t('promise.panel')}>
            {data.promises.map((p) => (
              <li key={`${p.what}-${p.promisedOn}`}>
                <span>{p.what}</span>
                <span className="muted">{t('promise.dueShort', { date: day(p.dueDate) })}</span>
              </li>
            ))}
          </Part>
          <Part title={t('resident.appreciations')}>
            {data.appreciations.map((a) => (
              <li key={`${a.kind}-${a.givenOn}`}>
                <span>{t(`appreciation.kind.${a.kind}`)}</span>
                <span className="muted">{day(a.givenOn)}</span>
              </li>
            ))}
          </Part>
        </>
      )}
    </section>
  );
}
