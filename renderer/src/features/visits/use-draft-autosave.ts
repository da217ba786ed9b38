import { useEffect, useRef, useState } from 'react';
import { call } from '../../bridge/api';

/**
 * Autosaves a form's state as a draft in the database a moment after typing stops, so nothing typed is lost
 * when the app is closed or crashes. Returns the draft's id once it has one.
 */
export function useDraftAutosave(payload: object, initialId: string | undefined, enabled: boolean, delayMs = 700) {
  const [draftId, setDraftId] = useState(initialId);
  const idRef = useRef(initialId);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!enabled) return;
    const timer = window.setTimeout(() => {
      void call('drafts:save', {
        ...(idRef.current ? { id: idRef.current } : {}),
        kind: 'visit',
        payload: payload as Record<string, unknown>,
      })
        .then((saved) => {
          idRef.current = saved.id;
          setDraftId(saved.id);
        })
        .catch(() => {
          // A failed autosave is retried by the next keystroke; the form itself still holds everything.
        });
    }, delayMs);
    return () => window.clearTimeout(timer);
  }, [payload, enabled, delayMs]);
  return draftId;
}
