import { createContext, type ReactNode, useContext, useState } from 'react';

/**
 * A page whose panels fold: `page` names where the user's choice is remembered, `closed` the panels that start
 * folded. The initiative page uses it to put the summary and the day's work first and the history below.
 */
export const FoldingPanels = createContext<{ page: string; closed: readonly string[] } | null>(null);

const storageKey = (page: string) => `samenspel.panels.${page}`;

function remembered(page: string): Record<string, boolean> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(storageKey(page)) ?? '{}');
    return typeof value === 'object' && value !== null ? (value as Record<string, boolean>) : {};
  } catch {
    return {};
  }
}

/** Opened or folded, as the user left it on this page, else as the page starts it. */
function useOpen(name: string) {
  const folding = useContext(FoldingPanels);
  const [open, setOpen] = useState(() =>
    folding ? (remembered(folding.page)[name] ?? !folding.closed.includes(name)) : true,
  );
  const toggle = () => {
    setOpen(!open);
    if (folding)
      localStorage.setItem(storageKey(folding.page), JSON.stringify({ ...remembered(folding.page), [name]: !open }));
  };
  return { foldable: folding !== null, open, toggle };
}

/**
 * A titled panel. Inside `FoldingPanels` its heading is a button that folds it (the content stays mounted, so
 * a half-typed form inside survives folding). `name` is the stable key its state is remembered by.
 */
export function Panel({
  id,
  name = id,
  title,
  children,
}: {
  id: string;
  name?: string;
  title: ReactNode;
  children: ReactNode;
}) {
  const { foldable, open, toggle } = useOpen(name);
  return (
    <section className={foldable ? 'panel panel--foldable' : 'panel'} aria-labelledby={id}>
      <h2 id={id}>
        {foldable ? (
          <button
            type="button"
            className="panel__toggle"
            aria-expanded={open}
            aria-controls={`${id}-body`}
            onClick={toggle}
          >
            <span className="panel__chevron" aria-hidden="true">
              ▸
            </span>
            {title}
          </button>
        ) : (
          title
        )}
      </h2>
      {foldable ? (
        <div id={`${id}-body`} hidden={!open}>
          {children}
        </div>
      ) : (
        children
      )}
    </section>
  );
}
