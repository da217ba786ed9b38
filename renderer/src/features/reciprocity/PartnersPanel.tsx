import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PARTNER_ROLES, type Partner } from '../../../../shared/contract/wijk';
import type { Initiative } from '../../../../shared/domain/entities';
import { Alert } from '../../components/Alert';
import { useCall, useCommand } from '../../hooks/queries';
import { RecordSelect, VocabSelect } from '../../components/Selects';
import { useDraft } from '../../hooks/use-draft';
import { Panel } from '../../components/Panel';

type OnError = (e: { body: { messageKey: string; params?: Record<string, string | number> } }) => void;

/** Choosing a partner of the wijk and its role, and linking it to the initiative. */
function LinkPartner({
  initiative,
  available,
  onError,
  onLinked,
}: {
  initiative: Initiative;
  available: Partner[];
  onError: OnError;
  onLinked: () => void;
}) {
  const { t } = useTranslation();
  const link = useCommand('partners:link');
  const {
    values: choice,
    patch,
    bind,
  } = useDraft({
    partnerId: '',
    role: initiative.origin === 'partner' ? 'initiatiefnemer' : 'uitvoering',
  });
  const linkChosen = () =>
    link.mutate(
      {
        initiativeId: initiative.id,
        partnerId: choice.partnerId,
        role: PARTNER_ROLES.find((r) => r === choice.role) ?? 'uitvoering',
      },
      {
        onSuccess: () => {
          patch({ partnerId: '' });
          onLinked();
        },
        onError,
      },
    );
  return (
    <div className="button-row">
      <RecordSelect
        aria-label={t('partner.choose')}
        {...bind('partnerId')}
        records={available}
        label={(p) => `${p.name} (${t(`partnerKind.${p.kind}`)})`}
        empty={t('partner.choose')}
      />
      <VocabSelect aria-label={t('partner.role')} {...bind('role')} values={PARTNER_ROLES} group="partnerRole" />
      <button
        type="button"
        className="button button--secondary"
        disabled={!choice.partnerId || link.isPending}
        onClick={linkChosen}
      >
        {t('partner.link')}
      </button>
    </div>
  );
}

/** The social partners on an initiative, with their role; an initiative that came from a partner names which one. */
export function PartnersPanel({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const complex = useCall('complexes:get', { id: initiative.complexId });
  const wijk = complex.data?.wijk ?? '';
  const linked = useCall('partners:ofInitiative', { initiativeId: initiative.id });
  const partners = useCall('partners:list', { wijk });
  const unlink = useCommand('partners:unlink');
  const [error, setError] = useState<string | null>(null);
  const onError: OnError = (e) => setError(t(e.body.messageKey, e.body.params));
  const namesOrigin = linked.data?.some((p) => p.role === 'initiatiefnemer');
  const available = partners.data?.filter((p) => !linked.data?.some((l) => l.partnerId === p.id)) ?? [];

  return (
    <Panel id="partners-title" title={t('partner.panel')}>
      {initiative.origin === 'partner' && linked.data && !namesOrigin ? (
        <p className="notice" role="note">
          {t('partner.nameOrigin')}
        </p>
      ) : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      {linked.data?.length === 0 ? <p className="muted">{t('partner.noneLinked')}</p> : null}
      <ul className="work-list">
        {linked.data?.map((p) => (
          <li key={p.partnerId}>
            <span>
              <strong>{p.name}</strong> · {t(`partnerKind.${p.kind}`)} · {t(`partnerRole.${p.role}`)}
            </span>
            <button
              type="button"
              className="link-button"
              onClick={() => unlink.mutate({ initiativeId: initiative.id, partnerId: p.partnerId }, { onError })}
            >
              {t('partner.unlink')}
            </button>
          </li>
        ))}
      </ul>
      {available.length > 0 ? (
        <LinkPartner initiative={initiative} available={available} onError={onError} onLinked={() => setError(null)} />
      ) : (
        <p className="muted">
          {t('partner.noneInWijk', { wijk: wijk || '—' })} <Link to="/partners">{t('partner.manage')}</Link>
        </p>
      )}
    </Panel>
  );
}
