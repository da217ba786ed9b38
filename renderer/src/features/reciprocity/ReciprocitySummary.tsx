import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCall } from '../../hooks/queries';

/** Wederkerigheid on the Overzicht: the team's figures at a glance, with the way to the whole page. */
export function ReciprocitySummary() {
  const { t } = useTranslation();
  const overview = useCall('reciprocity:overview');
  const data = overview.data;
  if (!data) return null;
  const percent = data.promisesKeptOnTimePercent;
  const tiles: [string, string][] = [
    [t('reciprocity.tile.newTenants'), `${data.welcome.newTenants}`],
    [t('reciprocity.tile.welcomed'), `${data.welcome.welcomed} / ${data.welcome.aftercareCompleted}`],
    [t('reciprocity.tile.overdue'), `${data.welcome.overdue}`],
    [t('reciprocity.tile.promisesOnTime'), percent === null ? '—' : `${percent}%`],
    [t('reciprocity.tile.unappreciated'), `${data.appreciation.activeWithout}`],
    [t('reciprocity.tile.exclusion'), `${data.exclusion.initiatives} / ${data.exclusion.residentsReached}`],
  ];
  return (
    <section className="panel" aria-labelledby="reciprocity-summary">
      <h2 id="reciprocity-summary">{t('nav.reciprocity')}</h2>
      <p className="muted">
        {t('reciprocity.summaryNote')} <Link to="/wederkerigheid">{t('reciprocity.open')}</Link>
      </p>
      <ul className="tiles">
        {tiles.map(([label, value]) => (
          <li key={label} className="tile">
            <span className="tile__value">{value}</span>
            <span className="tile__label">{label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
