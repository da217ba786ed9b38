import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FollowUp } from '../../../../shared/domain/entities';
import { formatDate } from '../../components/format';
import { useCommand } from '../../hooks/queries';

/** Follow-ups with their due date, what they are about, and a done checkbox. */
export function FollowUpList({ items, empty }: { items: FollowUp[]; empty: string }) {
  const { t, i18n } = useTranslation();
  const setDone = useCommand('followUps:setDone');
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="work-list">
      {items.map((item) => (
        <li key={item.id} className={item.done ? 'work-list__done' : ''}>
          <label>
            <input type="checkbox" checked={item.done} onChange={(e) => setDone.mutate({ id: item.id, version: item.version, done: e.target.checked })} />
            <span>{item.title}</span>
          </label>
          <span className="muted">
            {t('followUp.due', { date: formatDate(item.dueDate, i18n.language) })} · {item.ownerName}
            {item.initiativeId ? <> · <Link to={`/initiatieven/${item.initiativeId}`}>{item.initiativeTitle}</Link></> : null}
            {!item.initiativeId && item.complexId ? <> · <Link to={`/complexen/${item.complexId}`}>{item.complexCode}</Link></> : null}
            {item.residentId ? <> · <Link to={`/bewoners/${item.residentId}`}>{item.residentName}</Link></> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
