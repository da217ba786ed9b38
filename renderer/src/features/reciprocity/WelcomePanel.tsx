import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordSelect } from '../../components/Selects';
import { Link } from 'react-router';
import { welcomeStartInput, type WelcomePlan } from '../../../../shared/contract/reciprocity';
import type { Complex } from '../../../../shared/domain/entities';
import { FormAlert } from '../../components/FormAlert';
import { Field } from '../../components/Field';
import { formatDate, localToday } from '../../components/format';
import { useCall, useCommand } from '../../hooks/queries';
import { useDraft } from '../../hooks/use-draft';
import { useFormErrors } from '../../hooks/use-form-errors';
import { FollowUpList } from '../work/FollowUpList';

function PlanItem({ plan }: { plan: WelcomePlan }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="welcome-plan">
      <div>
        <Link to={`/bewoners/${plan.residentId}`}>
          <strong>{plan.residentName}</strong>
        </Link>{' '}
        <span className={`badge badge--${plan.overdue ? 'te_laat' : plan.state}`}>
          {plan.overdue ? t('welcome.overdue') : t(`welcome.state.${plan.state}`)}
        </span>
      </div>
      <span className="muted">
        {t('welcome.movedIn', { date: formatDate(plan.moveInDate, i18n.language) })}
        {plan.buddyName ? ` · ${t('welcome.buddyLine', { name: plan.buddyName })}` : null}
      </span>
      <FollowUpList items={plan.moments} empty={t('welcome.noMoments')} />
    </li>
  );
}

/**
 * Who could be the new tenant's buddy: neighbours who share interests or talents with them first (with what they
 * share), then the other residents with a role in the complex.
 */
function useBuddyChoice(complexId: string, residentId: string) {
  const residents = useCall('residents:list', { complexId });
  const current = residents.data?.filter((r) => !r.erased) ?? [];
  const buddies = useCall('welcome:buddies', { residentId }, { enabled: Boolean(residentId) });
  const suggested = residentId ? (buddies.data ?? []) : [];
  const others = current.filter(
    (r) => r.id !== residentId && r.roles.length > 0 && !suggested.some((b) => b.id === r.id),
  );
  return { current, suggested, others };
}

type BuddyChoice = ReturnType<typeof useBuddyChoice>;

function BuddyOptions({ suggested, others }: Pick<BuddyChoice, 'suggested' | 'others'>) {
  const { t } = useTranslation();
  // Why a neighbour would make a good buddy: "ook interesse in tuinieren".
  const reason = (r: { kind: string; talent: string }) =>
    t(`welcome.buddy.reason.${r.kind}`, { talent: t(`talent.${r.talent}`) });
  return (
    <>
      {suggested.length ? (
        <optgroup label={t('welcome.buddy.suggested')}>
          {suggested.map((b) => (
            <option key={b.id} value={b.id}>
              {`${b.name} — ${b.reasons.map(reason).join(', ')}`}
            </option>
          ))}
        </optgroup>
      ) : null}
      <optgroup label={t('welcome.buddy.others')}>
        {others.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </optgroup>
    </>
  );
}

/** Starts a welcome plan for a new tenant, with a buddy: neighbours who share interests or talents come first. */
function WelcomeStartForm({ complexId, planned }: { complexId: string; planned: Set<string> }) {
  const { t } = useTranslation();
  const start = useCommand('welcome:start');
  const form = useFormErrors();
  const {
    values: draft,
    setValues: setDraft,
    bind,
  } = useDraft({ residentId: '', moveInDate: localToday(), buddyId: '' });
  const { current, suggested, others } = useBuddyChoice(complexId, draft.residentId);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = form.validate(welcomeStartInput, {
      ...draft,
      residentId: draft.residentId || undefined,
      buddyId: draft.buddyId || null,
    });
    if (!parsed) return;
    start.mutate(parsed, {
      onSuccess: () => {
        setDraft({ residentId: '', moveInDate: localToday(), buddyId: '' });
        form.clear();
      },
      onError: (e) => form.fromError(e),
    });
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('welcome.start')}>
      <FormAlert errors={form.errors} />
      <div className="form__grid">
        <Field label={t('welcome.resident')} error={form.errors.fields.residentId} required>
          {(props) => (
            <RecordSelect
              {...props}
              name="welcomeResident"
              {...bind('residentId')}
              records={current.filter((r) => !planned.has(r.id))}
              label={(r) => r.name}
              empty={t('common.choose')}
            />
          )}
        </Field>
        <Field label={t('welcome.moveInDate')} error={form.errors.fields.moveInDate} required>
          {(props) => <input {...props} type="date" name="moveInDate" {...bind('moveInDate')} />}
        </Field>
        <Field label={t('welcome.buddy')} hint={t('welcome.buddy.hint')} error={form.errors.fields.buddyId}>
          {(props) => (
            <select {...props} name="welcomeBuddy" {...bind('buddyId')}>
              <option value="">{t('common.none')}</option>
              <BuddyOptions suggested={suggested} others={others} />
            </select>
          )}
        </Field>
      </div>
      <p className="field__hint">{t('welcome.start.hint')}</p>
      <div className="form__actions">
        <button type="submit" className="button button--secondary" disabled={start.isPending}>
          {t('welcome.start')}
        </button>
      </div>
    </form>
  );
}

/** Welkom nieuwe huurders: the plans of this complex, the kernwaarden to hand over, and starting a plan. */
export function WelcomePanel({ complex }: { complex: Complex }) {
  const { t } = useTranslation();
  const plans = useCall('welcome:list', { complexId: complex.id });
  const figures = useCall('welcome:figures', { complexId: complex.id });
  const f = figures.data;
  return (
    <section className="panel" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{t('welcome.panel')}</h2>
      {f ? (
        <p>
          {t('welcome.figures', {
            newTenants: f.newTenants,
            welcomed: f.welcomed,
            completed: f.aftercareCompleted,
            overdue: f.overdue,
          })}
        </p>
      ) : null}
      <p>
        <strong>{t('complex.coreValues')}:</strong>{' '}
        {complex.coreValues || <span className="muted">{t('welcome.noCoreValues')}</span>}
      </p>
      {plans.isLoading ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : null}
      {plans.data?.length === 0 ? <p className="muted">{t('welcome.none')}</p> : null}
      <ul className="work-list">
        {plans.data?.map((plan) => (
          <PlanItem key={plan.id} plan={plan} />
        ))}
      </ul>
      <WelcomeStartForm complexId={complex.id} planned={new Set(plans.data?.map((p) => p.residentId))} />
    </section>
  );
}
