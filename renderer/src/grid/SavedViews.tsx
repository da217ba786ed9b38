import type { GridState } from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';
import { type RefObject, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall, useCommand } from '../hooks/queries';
import { useInWindow } from '../hooks/use-in-window';
import { rememberable } from './grid-state';

/**
 * Named views of a grid (filter, sort, columns): save the current one, for yourself or the team, and open one from the
 * menu.
 */
export function SavedViews<T>({ gridId, gridRef }: { gridId: string; gridRef: RefObject<AgGridReact<T> | null> }) {
  const { t } = useTranslation();
  const views = useCall('views:list', { gridId });
  const save = useCommand('views:save');
  const share = useCommand('views:share');
  const remove = useCommand('views:delete');
  const unshare = useCommand('views:unshare');
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  useInWindow(menu, open);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  return (
    <div className="column-chooser">
      <button type="button" className="button button--secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('views.menu')}
      </button>
      {open ? (
        <div ref={menu} className="column-chooser__menu" role="group" aria-label={t('views.menu')}>
          {views.data?.length === 0 ? <p className="muted">{t('views.none')}</p> : null}
          {views.data?.map((view) => (
            <div key={view.id} className="button-row">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  gridRef.current?.api.setState(view.state as GridState);
                  setOpen(false);
                }}
              >
                {view.name}
                {view.shared
                  ? ` (${view.mine ? t('views.sharedByMe') : t('views.sharedBy', { name: view.ownerName })})`
                  : ''}
              </button>
              {view.mine ? (
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={t('views.delete', { name: view.name })}
                  onClick={() => (view.shared ? unshare : remove).mutate({ id: view.id })}
                >
                  ×
                </button>
              ) : null}
            </div>
          ))}
          <label className="inline-check">
            {t('views.name')}
            <input value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label className="inline-check">
            <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
            {t('views.share')}
          </label>
          <button
            type="button"
            className="button"
            disabled={!name.trim() || !gridRef.current}
            onClick={() => {
              const state = rememberable(gridRef.current!.api.getState());
              // A shared view is a team record (it reaches colleagues' laptops); one's own stays on this laptop.
              (shared ? share : save).mutate(
                { gridId, name, state: state as Record<string, unknown> },
                { onSuccess: () => setName('') },
              );
            }}
          >
            {t('views.save')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
