import type { ReactNode } from 'react';

/**
 * A form the page offers without unfolding it: its title opens it. Folded, it stays mounted, so what was typed
 * survives. Keeps a record's page short: what is there first, the forms to add more when asked for.
 */
export function Disclosure({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="disclosure">
      <summary>{title}</summary>
      {children}
    </details>
  );
}
