import type { ReactNode } from 'react';

/** One panel of "Mijn werk": a heading, a line when there is nothing, otherwise one list item per entry. */
export function WorkSection<T>({ id, title, items, empty, children }: {
  id: string;
  title: string;
  items: T[];
  empty: string;
  children: (item: T) => ReactNode;
}) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {items.length === 0 ? <p className="muted">{empty}</p> : <ul className="work-list">{items.map(children)}</ul>}
    </section>
  );
}
