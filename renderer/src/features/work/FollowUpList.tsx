import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FollowUp } from '../../../../shared/domain/entities';
import { formatDate } from '../../components/format';
import { useUndo } from '../../components/undo';
import { useCommand } from '../../hooks/queries';

/**
 * Follow-ups with their due date, what they are about, and a done checkbox. Ticking one off says so and offers
 * to undo it; a welcome moment takes a short note of what happened along.
 */
export function FollowUpList({ items, empty }: { items: FollowUp[]; empty: string }) {
  const { t, i18n } = useTranslation();
  const setDone = useCommand('followUps:setDone');
  const [notes, setNotes] = useState<Record<string, string>>({});
  const undo = useUndo();

  function toggle(item: FollowUp, done: boolean) {
    setDone.mutate(
      { id: item.id, version: item.version, done, note: notes[item.id] ?? '' },
      {
        onSuccess: (saved) =>
          undo.offer(
            done
              ? { message: t('followUp.doneMessage', { title: saved.title }), undo: () => toggle(saved, false) }
              : null,
          ),
      },
    );
  }

  return (
    <>
      {undo.notice}
      {items.length === 0 ? <p className="muted">{empty}</p> : null}
      <ul className="work-list">
        {items.map((item) => (
          <li key={item.id} className={item.done ? 'work-list__done' : ''}>
            <label>
              <input type="checkbox" checked={item.done} onChange={(e) => toggle(item, e.target.checked)} />
              <span>{item.title}</span>
            </label>
            {item.welcomeStep !== null && !item.done ? (
              <input
                className="work-list__note"
                aria-label={t('followUp.noteFor', { title: item.title })}
                placeholder={t('followUp.note')}
                maxLength={500}
                value={notes[item.id] ?? ''}
                onChange={(e) => setNotes({ ...notes, [item.id]: e.target.value })}
              />
            ) : null}
            <span className="muted">
              {t('followUp.due', { date: formatDate(item.dueDate, i18n.language) })} · {item.ownerName}
              {item.initiativeId ? (
                <>
                  {' '}
                  · <Link to={`/initiatieven/${item.initiativeId}`}>{item.initiativeTitle}</Link>
                </>
              ) : null}
              {item.complexId ? (
                <>
                  {' '}
                  · <Link to={`/complexen/${item.complexId}`}>{item.complexCode}</Link>
                </>
              ) : null}
              {item.residentId ? (
                <>
                  {' '}
                  · <Link to={`/bewoners/${item.residentId}`}>{item.residentName}</Link>
                </>
              ) : null}
              {item.done && item.doneNote ? ` · ${item.doneNote}` : null}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
