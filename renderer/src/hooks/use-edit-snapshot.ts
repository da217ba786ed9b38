import { useEffect, useState } from 'react';

/**
 * The version of a record a form started from. Live refreshes must not swap the record under a user who is
 * typing (that would silently drop their edits); only an explicit reload takes the latest version.
 */
export function useEditSnapshot<T>(latest: T | undefined, refetch: () => Promise<unknown>) {
  const [snapshot, setSnapshot] = useState<{ value: T; key: number } | null>(null);
  useEffect(() => {
    if (latest !== undefined && snapshot === null) setSnapshot({ value: latest, key: 0 });
  }, [latest, snapshot]);
  const [reloading, setReloading] = useState(false);
  useEffect(() => {
    if (reloading && latest !== undefined) {
      setSnapshot((s) => ({ value: latest, key: (s?.key ?? 0) + 1 }));
      setReloading(false);
    }
  }, [reloading, latest]);
  return {
    snapshot,
    reload: () => {
      void refetch().then(() => setReloading(true));
    },
  };
}
