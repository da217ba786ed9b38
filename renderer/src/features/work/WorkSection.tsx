import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Mijn werk shows the first few of a long list; the page behind `more` has them all. */
const SHOWN = 10;

/**
 * One panel of "Mijn werk": a heading, a line when there is nothing, otherwise one list item per entry (at most
 * ten when `more` names the page with the rest).
 */
export function WorkSection<T>({
  id,
  title,
  items,
  empty,
  more,
  children,
}: {
  id: string;
  title: string;
  items: T[];
  empty: string;
  more?: string;
  children: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const shown = more ? items.slice(0, SHOWN) : items;
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {items.length === 0 ? <p className="muted">{empty}</p> : <ul className="work-list">{shown.map(children)}</ul>}
      {more && items.length > shown.length ? (
        <p>
          <Link to={more}>{t('work.more', { count: items.length - shown.length })}</Link>
        </p>
      ) : null}
    </section>
  );
}
