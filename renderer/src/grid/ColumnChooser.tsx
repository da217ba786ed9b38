import type { ColDef } from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';
import { type RefObject, useRef, useState } from 'react';
import { useInWindow } from '../hooks/use-in-window';
import { useTranslation } from 'react-i18next';

/** A menu of checkboxes to show or hide columns; the grid remembers the choice through its state. */
export function ColumnChooser<T>({
  gridRef,
  columns,
}: {
  gridRef: RefObject<AgGridReact<T> | null>;
  columns: ColDef<T>[];
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLFieldSetElement>(null);
  useInWindow(menu, open);
  const [, redraw] = useState(0);
  const api = gridRef.current?.api;
  return (
    <div className="column-chooser">
      <button type="button" className="button button--secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('grid.columns')}
      </button>
      {open && api ? (
        <fieldset ref={menu} className="column-chooser__menu">
          <legend className="visually-hidden">{t('grid.columns')}</legend>
          {columns.map((column) => {
            const colId = String(column.colId ?? column.field);
            const visible = api.getColumn(colId)?.isVisible() ?? true;
            return (
              <label key={colId}>
                <input
                  type="checkbox"
                  checked={visible}
                  onChange={() => {
                    api.setColumnsVisible([colId], !visible);
                    redraw((n) => n + 1);
                  }}
                />
                {column.headerName}
              </label>
            );
          })}
        </fieldset>
      ) : null}
    </div>
  );
}
