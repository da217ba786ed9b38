import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTime } from '../../components/format';
import { useCall, useCommand } from '../../hooks/queries';

/** Where this laptop stands with the team server, always in the top bar (nothing in solo use). */
export function SyncStatus() {
  const { t, i18n } = useTranslation();
  const status = useCall('team:status', {}, { refetchInterval: 15_000 });
  const sync = useCommand('team:sync');
  const data = status.data;
  if (!data || data.mode === 'solo') return null;
  const time = (iso: string) => formatTime(iso, i18n.language);
  let text: string;
  if (data.refused > 0) text = t('team.status.refused', { count: data.refused });
  else if (data.offlineSince && data.pending > 0) text = t('team.status.waiting', { count: data.pending });
  else if (data.offlineSince) text = t('team.status.offline', { time: time(data.offlineSince) });
  else if (data.lastError) text = t('team.status.error');
  else if (data.pending > 0) text = t('team.status.pending', { count: data.pending });
  else text = data.lastSyncAt ? t('team.status.synced', { time: time(data.lastSyncAt) }) : t('team.status.never');
  const tone = data.refused > 0 || data.lastError ? 'warning' : data.offlineSince ? 'offline' : 'ok';
  return (
    <span className={`sync-status sync-status--${tone}`} role="status">
      {data.refused > 0 ? <Link to="/niet-verwerkt">{text}</Link> : <span>{text}</span>}
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={sync.isPending}
        onClick={() => sync.mutate({})}
      >
        {sync.isPending ? t('team.syncing') : t('team.syncNow')}
      </button>
    </span>
  );
}
