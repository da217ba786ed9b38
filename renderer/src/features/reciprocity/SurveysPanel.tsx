import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { surveyCreateInput, type Survey, type SurveyTopic } from '../../../../shared/contract/wijk';
import { SURVEY_METHODS, topTopics } from '../../../../shared/domain/reciprocity';
import { PRACTICE_TYPES } from '../../../../shared/domain/vocabulary';
import type { Complex } from '../../../../shared/domain/entities';
import { FormAlert } from '../../components/FormAlert';
import { Field } from '../../components/Field';
import { formatDate, localToday } from '../../components/format';
import { parseNumberInput } from '../../components/form-values';
import { useCall, useCommand } from '../../hooks/queries';
import { VocabSelect } from '../../components/Selects';
import { useDraft } from '../../hooks/use-draft';
import { useFormErrors } from '../../hooks/use-form-errors';

/** One topic: how many named it, what became of it, and starting an initiative from it. */
function TopicRow({ topic, complexId }: { topic: SurveyTopic; complexId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useCommand('surveys:startInitiative');
  const [practiceType, setPracticeType] = useState('gemeenschap');
  return (
    <li>
      <span>
        <strong>{topic.topic}</strong> · {t('survey.named', { count: topic.count })}
      </span>
      {topic.initiatives.map((i) => (
        <span key={i.id} className="muted">
          {' '}
          · <Link to={`/initiatieven/${i.id}`}>{i.title}</Link> ({t(`status.${i.status}`)})
        </span>
      ))}
      <span className="button-row">
        <VocabSelect
          aria-label={t('survey.typeFor', { topic: topic.topic })}
          value={practiceType}
          onChange={(e) => setPracticeType(e.target.value)}
          values={PRACTICE_TYPES}
          group="practiceType"
        />
        <button
          type="button"
          className="button button--secondary"
          disabled={start.isPending}
          onClick={() =>
            start.mutate(
              {
                topicId: topic.id,
                complexId,
                title: topic.topic,
                practiceType: practiceType as (typeof PRACTICE_TYPES)[number],
              },
              { onSuccess: (r) => void navigate(`/initiatieven/${r.id}`) },
            )
          }
        >
          {t('survey.startInitiative')}
        </button>
      </span>
    </li>
  );
}

function SurveyItem({ survey, complexId }: { survey: Survey; complexId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="welcome-plan">
      <div>
        <strong>{t(`surveyMethod.${survey.method}`)}</strong> · {formatDate(survey.heldOn, i18n.language)} ·{' '}
        {t('survey.respondents', { count: survey.respondents })}
        {survey.complexId ? null : <span className="muted"> · {t('survey.wijkWide', { wijk: survey.wijk })}</span>}
      </div>
      <ul className="work-list">
        {survey.topics.map((topic) => (
          <TopicRow key={topic.id} topic={topic} complexId={complexId} />
        ))}
      </ul>
    </li>
  );
}

type TopicDraft = { topic: string; count: string };
const emptyDraft = () => ({
  method: 'enquete',
  heldOn: localToday(),
  respondents: '',
  topics: [{ topic: '', count: '' }] as TopicDraft[],
});

/** What residents raised, each with how many raised it; one more line on request. */
function TopicFields({
  topics,
  error,
  onChange,
}: {
  topics: TopicDraft[];
  error?: string;
  onChange: (topics: TopicDraft[]) => void;
}) {
  const { t } = useTranslation();
  const setTopic = (i: number, patch: Partial<TopicDraft>) =>
    onChange(topics.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  return (
    <fieldset className="checks">
      <legend>{t('survey.topics')}</legend>
      {topics.map((d, i) => (
        <div key={i} className="button-row">
          <input
            aria-label={t('survey.topicOf', { n: i + 1 })}
            value={d.topic}
            onChange={(e) => setTopic(i, { topic: e.target.value })}
          />
          <input
            aria-label={t('survey.countOf', { n: i + 1 })}
            inputMode="numeric"
            size={5}
            value={d.count}
            onChange={(e) => setTopic(i, { count: e.target.value })}
          />
        </div>
      ))}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" className="link-button" onClick={() => onChange([...topics, { topic: '', count: '' }])}>
        {t('survey.addTopic')}
      </button>
    </fieldset>
  );
}

/** A new peiling: how, when, how many took part, and the topics they raised. */
function SurveyForm({ complexId }: { complexId: string }) {
  const { t } = useTranslation();
  const create = useCommand('surveys:create');
  const form = useFormErrors();
  const { values: draft, setValues: setDraft, patch, bind } = useDraft(emptyDraft);

  function submit(event: FormEvent) {
    event.preventDefault();
    const topics = draft.topics
      .filter((d) => d.topic.trim() || d.count.trim())
      .map((d) => ({ topic: d.topic, count: parseNumberInput(d.count) }));
    const parsed = form.validate(surveyCreateInput, {
      complexId,
      method: draft.method,
      heldOn: draft.heldOn,
      respondents: parseNumberInput(draft.respondents),
      topics,
    });
    if (!parsed) return;
    create.mutate(parsed, {
      onSuccess: () => {
        setDraft(emptyDraft());
        form.clear();
      },
      onError: (e) => form.fromError(e),
    });
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('survey.add')}>
      <FormAlert errors={form.errors} />
      <div className="form__grid">
        <Field label={t('survey.method')} error={form.errors.fields.method} required>
          {(props) => (
            <VocabSelect
              {...props}
              name="surveyMethod"
              {...bind('method')}
              values={SURVEY_METHODS}
              group="surveyMethod"
            />
          )}
        </Field>
        <Field label={t('survey.heldOn')} error={form.errors.fields.heldOn} required>
          {(props) => <input {...props} type="date" name="heldOn" {...bind('heldOn')} />}
        </Field>
        <Field label={t('survey.respondentsLabel')} error={form.errors.fields.respondents} required>
          {(props) => <input {...props} inputMode="numeric" name="respondents" {...bind('respondents')} />}
        </Field>
      </div>
      <TopicFields topics={draft.topics} error={form.errors.fields.topics} onChange={(topics) => patch({ topics })} />
      <div className="form__actions">
        <button type="submit" className="button button--secondary" disabled={create.isPending}>
          {t('survey.add')}
        </button>
      </div>
    </form>
  );
}

/** Buurtpeilingen: what residents of this complex (and its wijk) asked for, the top topics, and what became of them. */
export function SurveysPanel({ complex }: { complex: Complex }) {
  const { t } = useTranslation();
  const surveys = useCall('surveys:list', { complexId: complex.id });
  const top = topTopics(surveys.data?.flatMap((s) => s.topics) ?? []);
  return (
    <section className="panel" aria-labelledby="surveys-title">
      <h2 id="surveys-title">{t('survey.panel')}</h2>
      {top.length > 0 ? (
        <p>
          <strong>{t('survey.top')}:</strong> {top.map((x) => `${x.topic} (${x.count})`).join(', ')}
        </p>
      ) : null}
      {surveys.data?.length === 0 ? <p className="muted">{t('survey.none')}</p> : null}
      <ul className="work-list">
        {surveys.data?.map((s) => (
          <SurveyItem key={s.id} survey={s} complexId={complex.id} />
        ))}
      </ul>
      <SurveyForm complexId={complex.id} />
    </section>
  );
}
