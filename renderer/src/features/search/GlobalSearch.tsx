import { type KeyboardEvent, useDeferredValue, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SEARCH_GROUPS, type SearchHit } from '../../../../shared/contract/search';
import { useCall } from '../../hooks/queries';

const ROUTE: Record<(typeof SEARCH_GROUPS)[number], (id: string) => string> = {
  complexes: (id) => `/complexen/${id}`,
  initiatives: (id) => `/initiatieven/${id}`,
  residents: (id) => `/bewoners/${id}`,
  budgets: () => '/budgetten',
  policies: () => '/verzekeringen',
};

type Hit = { group: (typeof SEARCH_GROUPS)[number]; hit: SearchHit };

/** The hits under their group's name; the active one is marked, a click opens one. */
function SearchResults({ hits, active, onOpen }: { hits: Hit[]; active: number; onOpen: (index: number) => void }) {
  const { t } = useTranslation();
  return (
    <div id="search-results" role="listbox" aria-label={t('search.results')}>
      {SEARCH_GROUPS.map((group) => {
        const items = hits.filter((h) => h.group === group);
        if (items.length === 0) return null;
        return (
          <div key={group} role="group" aria-label={t(`search.group.${group}`)}>
            <p className="search-dialog__group" aria-hidden="true">
              {t(`search.group.${group}`)}
            </p>
            {items.map((item) => {
              const index = hits.indexOf(item);
              const { hit } = item;
              return (
                <div
                  key={hit.id}
                  id={`search-hit-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className={`search-dialog__hit${index === active ? ' search-dialog__hit--active' : ''}`}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    onOpen(index);
                  }}
                >
                  <strong>{hit.label}</strong>{' '}
                  <span className="muted">
                    {hit.detail}
                    {hit.status ? ` · ${t(`status.${hit.status}`)}` : ''}
                  </span>
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}

/** Ctrl+K: search everything from anywhere, keyboard only. Arrows move, Enter opens, Escape closes. */
export function GlobalSearch({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const results = useCall(
    'search:global',
    { query: deferred },
    { enabled: deferred.length > 0, placeholderData: (previous) => previous },
  );
  const [active, setActive] = useState(0);
  useEffect(() => dialog.current?.showModal(), []);
  useEffect(() => setActive(0), [deferred]);

  const hits: Hit[] =
    deferred && results.data
      ? SEARCH_GROUPS.flatMap((group) => results.data![group].map((hit) => ({ group, hit })))
      : [];
  const open = (index: number) => {
    const target = hits[index];
    if (!target) return;
    onClose();
    void navigate(ROUTE[target.group](target.hit.id));
  };
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (event.key === 'Enter') open(active);
    else return;
    event.preventDefault();
  }

  return (
    <dialog ref={dialog} className="search-dialog" aria-labelledby="search-title" onCancel={onClose} onClose={onClose}>
      <h2 id="search-title" className="visually-hidden">
        {t('search.title')}
      </h2>
      <input
        type="search"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls="search-results"
        aria-activedescendant={hits.length ? `search-hit-${active}` : undefined}
        aria-label={t('search.title')}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
        autoFocus
      />
      <SearchResults hits={hits} active={active} onOpen={open} />
      {deferred && results.data && hits.length === 0 ? (
        <p className="muted" role="status">
          {t('search.none', { query: deferred })}
        </p>
      ) : null}
      <p className="muted search-dialog__keys">{t('search.keys')}</p>
    </dialog>
  );
}
