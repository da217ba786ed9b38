import { type FormEvent, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { similarTitles } from '../../../../shared/domain/similar';
import { isOpen } from '../../../../shared/domain/status';
import { MAX_TITLE } from '../../../../shared/contract/initiatives';
import type { InitiativeDetail } from '../../../../shared/contract/initiatives';
import type { Initiative, InitiativeRow } from '../../../../shared/domain/entities';
import { ORIGINS, PRACTICE_TYPES } from '../../../../shared/domain/vocabulary';
import {
  recommend,
  UNKNOWN_STORED_FACTS,
  type Approach,
  type Recommendation,
  type StoredFacts,
} from '../../../../shared/domain/recommendation';
import { ApproachChoice } from '../advice/ApproachChoice';
import { KenmerkenFields } from '../advice/KenmerkenFields';
import { RecommendationCard } from '../advice/RecommendationCard';
import { ApiError } from '../../bridge/api';
import { FormAlert } from '../../components/FormAlert';
import { InitiativeBasics } from './InitiativeBasics';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { emptyToNull } from '../../components/form-values';
import { useCall, useCommand } from '../../hooks/queries';
import { useDraft } from '../../hooks/use-draft';
import { useFormErrors } from '../../hooks/use-form-errors';

interface Draft {
  complexId: string;
  title: string;
  description: string;
  sharedObject: string;
  origin: string;
  practiceType: string;
  startDate: string;
  endDate: string;
  wijkbeheerderId: string;
  facts: StoredFacts;
  /** Null while the wijkbeheerder follows the advice, so the choice moves with it. */
  chosen: Approach | null;
  rationale: string;
}

function draftOf(initiative: Initiative | undefined, complexId: string, rationale: string): Draft {
  return {
    complexId: initiative?.complexId ?? complexId,
    title: initiative?.title ?? '',
    description: initiative?.description ?? '',
    sharedObject: initiative?.sharedObject ?? '',
    origin: initiative?.origin ?? '',
    practiceType: initiative?.practiceType ?? '',
    startDate: initiative?.startDate ?? '',
    endDate: initiative?.endDate ?? '',
    wijkbeheerderId: initiative?.wijkbeheerderId ?? '',
    facts: initiative?.facts ?? UNKNOWN_STORED_FACTS,
    chosen: initiative && initiative.chosenApproach !== initiative.advisedApproach ? initiative.chosenApproach : null,
    rationale,
  };
}

/** The same message the backend gives, shown before a round trip. */
const rationaleMissing = (advised: Approach) =>
  new ApiError({
    code: 'VALIDATION',
    messageKey: 'err.validation',
    message: '',
    issues: [{ path: 'rationale', messageKey: 'err.advice.rationaleRequired', message: '', params: { advised } }],
  });

/** The advice for what the form says now, as the wijkbeheerder types; none until origin and type are known. */
function useLiveAdvice(draft: Draft) {
  const { i18n } = useTranslation();
  const ruleSet = useCall('advice:rules');
  return useMemo(() => {
    const origin = ORIGINS.find((o) => o === draft.origin);
    const practiceType = PRACTICE_TYPES.find((p) => p === draft.practiceType);
    if (!origin || !practiceType || !ruleSet.data) return null;
    const facts = { ...draft.facts, origin, practiceType };
    return recommend(facts, { ruleSet: ruleSet.data, language: i18n.language === 'en' ? 'en' : 'nl' });
  }, [draft.facts, draft.origin, draft.practiceType, ruleSet.data, i18n.language]);
}

/** Open initiatives of the same complex whose title is nearly the one being typed (a new initiative only). */
function useLookalikes(draft: Draft, isNew: boolean) {
  const siblings = useCall(
    'initiatives:list',
    { complexId: draft.complexId || undefined, limit: 500 },
    { enabled: isNew && Boolean(draft.complexId) },
  );
  if (!isNew || draft.title.trim().length < 3) return [];
  return (siblings.data ?? []).filter((i) => isOpen(i.status) && similarTitles(i.title, draft.title)).slice(0, 3);
}

function LookalikeNotice({ lookalikes }: { lookalikes: InitiativeRow[] }) {
  const { t } = useTranslation();
  if (lookalikes.length === 0) return null;
  return (
    <div className="notice" role="note">
      <p>{t('initiative.lookalike')}</p>
      <ul>
        {lookalikes.map((i) => (
          <li key={i.id}>
            <Link to={`/initiatieven/${i.id}`}>{i.title}</Link>{' '}
            <span className="muted">({t(`status.${i.status}`)})</span>
          </li>
        ))}
      </ul>
      <p className="muted">{t('initiative.lookalikeHint')}</p>
    </div>
  );
}

/**
 * The complex of the initiative. Choosing one for a new initiative shows at once who will look after it (the
 * complex's wijkbeheerder) and, when the complex has one common object, that object; both stay the user's to
 * change. Opened from a complex page, the complex is known, so its suggestions apply once the complexes are loaded.
 */
function useComplexChoice(isNew: boolean, draft: Draft, setDraft: (update: (d: Draft) => Draft) => void) {
  const complexes = useCall('complexes:list', {});
  function chooseComplex(id: string) {
    const next = complexes.data?.find((c) => c.id === id);
    setDraft((d) => ({
      ...d,
      complexId: id,
      ...(isNew
        ? {
            wijkbeheerderId: next?.wijkbeheerderId ?? '',
            sharedObject: d.sharedObject || (next?.sharedObjects.length === 1 ? next.sharedObjects[0]! : ''),
          }
        : {}),
    }));
  }
  const prefilled = useRef(false);
  useEffect(() => {
    if (!isNew || prefilled.current || !complexes.data || !draft.complexId) return;
    prefilled.current = true;
    chooseComplex(draft.complexId);
  });
  return { complex: complexes.data?.find((c) => c.id === draft.complexId), chooseComplex };
}

/** What the form sends: empty fields as absent or null, the choice of approach, and the version when editing. */
function inputOf(draft: Draft, chosen: Approach | undefined, initiative: Initiative | undefined) {
  const { chosen: _chosen, ...fields } = draft;
  return {
    ...fields,
    complexId: draft.complexId || undefined,
    origin: draft.origin || undefined,
    practiceType: draft.practiceType || undefined,
    sharedObject: emptyToNull(draft.sharedObject),
    startDate: emptyToNull(draft.startDate),
    endDate: emptyToNull(draft.endDate),
    wijkbeheerderId: emptyToNull(draft.wijkbeheerderId),
    chosenApproach: chosen,
    ...(initiative ? { id: initiative.id, version: initiative.version } : {}),
  };
}

/**
 * Saving: a choice against the advice needs its rationale first; the server's refusals land on the form's fields;
 * a saved initiative opens on its own page.
 */
function useSaveInitiative(
  initiative: Initiative | undefined,
  form: ReturnType<typeof useFormErrors>,
  {
    draft,
    chosen,
    recommendation,
  }: { draft: Draft; chosen: Approach | undefined; recommendation: Recommendation | null },
) {
  const navigate = useNavigate();
  const create = useCommand('initiatives:create');
  const update = useCommand('initiatives:update');
  function submit(event: FormEvent) {
    event.preventDefault();
    const values = inputOf(draft, chosen, initiative);
    if (recommendation && chosen !== recommendation.approach && !draft.rationale.trim()) {
      form.fromError(rationaleMissing(recommendation.approach));
      return;
    }
    const done = {
      onSuccess: (saved: InitiativeDetail) => void navigate(`/initiatieven/${saved.initiative.id}`),
      onError: (error: unknown) => form.fromError(error),
    };
    if (initiative) void update.submit(values, form, done);
    else void create.submit(values, form, done);
  }
  return { submit, saving: create.isPending || update.isPending };
}

/** The advice beside the form, or what it still needs before it can advise. */
function AdviceAside({ recommendation }: { recommendation: Recommendation | null }) {
  const { t } = useTranslation();
  return recommendation ? (
    <RecommendationCard recommendation={recommendation} />
  ) : (
    <aside className="advice-card muted" aria-label={t('advice.title')}>
      {t('advice.needsBasics')}
    </aside>
  );
}

/** Create or edit an initiative with its Kenmerken; the advice card beside it updates as facts change. */
export function InitiativeForm({
  initiative,
  complexId = '',
  rationale = '',
  onReload,
}: {
  initiative?: Initiative;
  complexId?: string;
  /** The rationale of the latest choice, so editing other fields keeps a deviation explained. */
  rationale?: string | undefined;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const { values: draft, setValues: setDraft, bind } = useDraft<Draft>(() => draftOf(initiative, complexId, rationale));
  const recommendation = useLiveAdvice(draft);
  const chosen = draft.chosen ?? recommendation?.approach;
  const form = useFormErrors();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const { complex, chooseComplex } = useComplexChoice(!initiative, draft, setDraft);
  const lookalikes = useLookalikes(draft, !initiative);
  const { submit, saving } = useSaveInitiative(initiative, form, { draft, chosen, recommendation });

  const e = form.errors.fields;
  return (
    <div className="form-with-card">
      <form
        className="form"
        onSubmit={submit}
        noValidate
        aria-label={initiative ? t('initiative.edit') : t('initiative.new')}
      >
        <FormAlert errors={form.errors} onReload={onReload} />
        <Field
          label={t('initiative.title')}
          error={e.title}
          required
          hint={t('initiative.titleHint', { max: MAX_TITLE })}
        >
          {(props) => <input {...props} name="title" {...bind('title')} />}
        </Field>
        <LookalikeNotice lookalikes={lookalikes} />
        <InitiativeBasics
          draft={draft}
          bind={bind}
          errors={e}
          complex={complex}
          isNew={!initiative}
          onComplex={chooseComplex}
        />
        <Field label={t('initiative.description')} error={e.description}>
          {(props) => <textarea {...props} name="description" rows={6} {...bind('description')} />}
        </Field>
        <KenmerkenFields facts={draft.facts} onChange={(facts) => set('facts', facts)} errors={e} />
        {recommendation && chosen ? (
          <ApproachChoice
            advised={recommendation.approach}
            chosen={chosen}
            rationale={draft.rationale}
            onChoose={(approach) => set('chosen', approach === recommendation.approach ? null : approach)}
            onRationale={(text) => set('rationale', text)}
            error={e.rationale}
          />
        ) : null}
        <FormActions saving={saving} />
      </form>
      <AdviceAside recommendation={recommendation} />
    </div>
  );
}
