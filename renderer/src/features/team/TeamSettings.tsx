import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { formatTime } from '../../components/format';
import { useCall, useCommand } from '../../hooks/queries';
import { type FormErrors, useFormErrors } from '../../hooks/use-form-errors';
import { useDraft } from '../../hooks/use-draft';
import { methods } from '../../../../shared/contract/methods';
import type { MergeReport } from '../../../../shared/contract/team-protocol';
import { ApiError } from '../../bridge/api';
import { MergeReportTable } from './MergeReport';
import { TeamAccounts } from './TeamAccounts';

/** Instellingen → Team: link this laptop to a team server, or see where it stands and sync now. */
export function TeamSettings() {
  const { t, i18n } = useTranslation();
  const status = useCall('team:status', {});
  const sync = useCommand('team:sync');
  // The report of a merge just made stays on screen after the link, until the user leaves the page.
  const [merged, setMerged] = useState<MergeReport | null>(null);
  const data = status.data;
  if (!data) return null;
  if (data.mode === 'solo') return <ConnectForm onMerged={setMerged} />;
  return (
    <>
      {merged ? (
        <section className="panel" aria-labelledby="team-merged">
          <h2 id="team-merged">{t('team.merge.done')}</h2>
          <MergeReportTable report={merged} caption={t('team.merge.done')} />
        </section>
      ) : null}
      <section className="panel" aria-labelledby="team">
        <h2 id="team">{t('team.title')}</h2>
        <dl className="details">
          <div>
            <dt>{t('team.server')}</dt>
            <dd>
              <code>{data.serverUrl}</code>
            </dd>
          </div>
          <div>
            <dt>{t('team.account')}</dt>
            <dd>
              {data.account.name} · {t(`role.${data.account.role}`)}
              {data.account.wijken.length ? ` · ${data.account.wijken.join(', ')}` : ''}
            </dd>
          </div>
          <div>
            <dt>{t('team.lastSync')}</dt>
            <dd>{data.lastSyncAt ? formatTime(data.lastSyncAt, i18n.language) : t('team.status.never')}</dd>
          </div>
          <div>
            <dt>{t('team.waiting')}</dt>
            <dd>{t('team.waitingCount', { count: data.pending })}</dd>
          </div>
        </dl>
        <p>{t('team.roleNote')}</p>
        {data.lastError ? <Alert kind="error">{data.lastError.message}</Alert> : null}
        <div className="form__actions">
          <button type="button" className="button" disabled={sync.isPending} onClick={() => sync.mutate({})}>
            {sync.isPending ? t('team.syncing') : t('team.syncNow')}
          </button>
          {data.refused > 0 ? (
            <Link to="/niet-verwerkt">{t('team.status.refused', { count: data.refused })}</Link>
          ) : null}
        </div>
      </section>
      {data.account.role === 'teamleider' ? <TeamAccounts /> : null}
    </>
  );
}

/** Both this laptop and the team have data: what a merge would do, before anything happens. */
function MergeConfirm({
  report,
  errors,
  merging,
  onMerge,
  onCancel,
}: {
  report: MergeReport;
  errors: FormErrors;
  merging: boolean;
  onMerge: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="form panel" aria-labelledby="team-merge">
      <h2 id="team-merge">{t('team.merge.title')}</h2>
      <p>{t('team.merge.intro')}</p>
      <FormAlert errors={errors} />
      <MergeReportTable report={report} caption={t('team.merge.title')} />
      <div className="form__actions">
        <button type="button" className="button" disabled={merging} onClick={onMerge}>
          {merging ? t('team.merge.merging') : t('team.merge.confirm')}
        </button>
        <button type="button" className="button button--secondary" disabled={merging} onClick={onCancel}>
          {t('team.merge.cancel')}
        </button>
      </div>
    </section>
  );
}

/** Links this laptop to a team server: at first start (instead of working alone) or later in Instellingen. */
export function ConnectForm({ onMerged }: { onMerged?: (report: MergeReport) => void }) {
  const { t } = useTranslation();
  const { values, patch, bind } = useDraft({ serverUrl: '', login: '', password: '' });
  const connect = useCommand('team:connect');
  const preview = useCommand('team:previewMerge');
  const form = useFormErrors();
  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(methods['team:connect'].input, values);
    if (!input) return;
    connect.mutate(input, {
      onError: (error) => {
        if (error instanceof ApiError && error.body.messageKey === 'err.team.mergeFirst')
          preview.mutate(values, { onError: (e) => form.fromError(e) });
        else form.fromError(error);
      },
      onSuccess: () => patch({ password: '' }),
    });
  }
  function merge() {
    connect.mutate(
      { ...values, merge: true },
      {
        onError: (error) => form.fromError(error),
        onSuccess: (status) => {
          if (status.mode === 'team' && status.merged) onMerged?.(status.merged);
        },
      },
    );
  }
  if (preview.data)
    return (
      <MergeConfirm
        report={preview.data}
        errors={form.errors}
        merging={connect.isPending}
        onMerge={merge}
        onCancel={() => preview.reset()}
      />
    );
  return (
    <form className="form panel" onSubmit={submit} noValidate aria-labelledby="team-connect">
      <h2 id="team-connect">{t('team.connect')}</h2>
      <p>{t('team.connectIntro')}</p>
      <FormAlert errors={form.errors} />
      <div className="form__grid">
        <Field label={t('team.serverUrl')} error={form.errors.fields.serverUrl} required>
          {(props) => (
            <input
              {...props}
              name="serverUrl"
              {...bind('serverUrl')}
              type="url"
              inputMode="url"
              placeholder="https://samenspel.corporatie.nl"
            />
          )}
        </Field>
        <Field label={t('team.login')} error={form.errors.fields.login} required>
          {(props) => <input {...props} name="login" {...bind('login')} autoComplete="username" />}
        </Field>
        <Field label={t('team.password')} error={form.errors.fields.password} required>
          {(props) => (
            <input {...props} name="password" {...bind('password')} type="password" autoComplete="current-password" />
          )}
        </Field>
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={connect.isPending || preview.isPending}>
          {preview.isPending
            ? t('team.merge.previewing')
            : connect.isPending
              ? t('team.connecting')
              : t('team.connectButton')}
        </button>
      </div>
    </form>
  );
}
