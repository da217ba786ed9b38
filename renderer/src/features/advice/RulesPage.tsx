import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../../shared/contract/session';
import { APPROACHES, RULES, ruleSetting, type RuleSetting } from '../../../../shared/domain/recommendation';
import { Alert } from '../../components/Alert';
import { formatDate } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { useCall, useCommand } from '../../hooks/queries';
import { useFormErrors } from '../../hooks/use-form-errors';
import { evidenceLine, EvidenceSummary, telling } from '../reciprocity/EvidenceSummary';
import { practiceTypesRequired } from '../../../../shared/domain/recommendation/conditions';
import { describeCondition } from './describe-condition';
import { sourceInWords } from '../../../../shared/domain/recommendation/sources';

type Rule = (typeof RULES)[number];

/**
 * The rule settings being edited. They open for editing only once the rule set in force is here, and take it over
 * once per version: typing before it arrived (or a refetch while editing) would otherwise be overwritten.
 */
function useRuleSettings() {
  const ruleSet = useCall('advice:rules');
  const [settings, setSettings] = useState<Record<string, RuleSetting>>({});
  const [loadedVersion, setLoadedVersion] = useState<number | null>(null);
  useEffect(() => {
    if (!ruleSet.data || ruleSet.data.version === loadedVersion) return;
    setSettings(Object.fromEntries(RULES.map((rule) => [rule.id, ruleSetting(ruleSet.data!, rule.id)])));
    setLoadedVersion(ruleSet.data.version);
  }, [ruleSet.data, loadedVersion]);
  const change = (id: string, patch: Partial<RuleSetting>) =>
    setSettings((s) => ({ ...s, [id]: { ...s[id]!, ...patch } }));
  return { settings, loaded: loadedVersion !== null, change };
}

/** Beside a rule about a practice type: what this corporation's closed cases say of the approach it favours there. */
function useOwnRecord() {
  const evidence = useCall('evidence:table');
  return (rule: Rule) => {
    const types = practiceTypesRequired(rule.when);
    const favoured = APPROACHES.filter((a) => (rule.effect[a] ?? 0) > 0);
    return telling(evidence.data ?? []).filter(
      (c) => types.includes(c.practiceType) && favoured.some((a) => a === c.approach),
    );
  };
}

/** Saving a new version of the rules and recomputing open advice, each reporting what it did in one message. */
function useRuleActions() {
  const { t } = useTranslation();
  const update = useCommand('advice:updateRules');
  const recompute = useCommand('advice:recompute');
  const [message, setMessage] = useState<string | null>(null);
  const form = useFormErrors();

  function save(settings: Record<string, RuleSetting>, note: string) {
    setMessage(null);
    update.mutate(
      { settings, note },
      {
        onSuccess: (saved) => setMessage(t('rules.saved', { version: saved.version })),
        onError: (error) => form.fromError(error),
      },
    );
  }

  function runRecompute() {
    setMessage(null);
    recompute.mutate(
      {},
      {
        onSuccess: (result) =>
          setMessage(
            t('rules.recomputed', { changed: result.changed, checked: result.checked, version: result.ruleSetVersion }),
          ),
        onError: (error) => form.fromError(error),
      },
    );
  }
  return { save, runRecompute, saving: update.isPending, recomputing: recompute.isPending, message, form };
}

/** "Hoe komt het advies tot stand": every rule with its reason and source; a teamleider can weigh or switch rules. */
export function RulesPage({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const ruleSet = useCall('advice:rules');
  const { settings, loaded, change } = useRuleSettings();
  const [note, setNote] = useState('');
  const { save, runRecompute, saving, recomputing, message, form } = useRuleActions();
  const isLead = session.currentStaff?.role === 'teamleider';
  const editable = isLead && loaded;
  const ownRecord = useOwnRecord();

  return (
    <>
      <PageHeader
        title={t('rules.title')}
        subtitle={
          ruleSet.data
            ? t('rules.version', {
                version: ruleSet.data.version,
                by: ruleSet.data.createdByName ?? t('rules.study'),
                at: formatDate(ruleSet.data.createdAt, i18n.language, true),
              })
            : undefined
        }
        actions={
          isLead ? (
            <button type="button" className="button button--secondary" onClick={runRecompute} disabled={recomputing}>
              {recomputing ? t('rules.recomputing') : t('rules.recompute')}
            </button>
          ) : null
        }
      />
      <p className="muted">{isLead ? t('rules.introLead') : t('rules.intro')}</p>
      {message ? <Alert kind="success">{message}</Alert> : null}
      {form.errors.form ? <Alert kind="error">{form.errors.fields.settings ?? form.errors.form}</Alert> : null}
      <RulesTable settings={settings} editable={editable} ownRecord={ownRecord} onChange={change} />
      {isLead ? (
        <div className="form panel">
          <label className="field">
            <span>{t('rules.note')}</span>
            <input value={note} onChange={(e) => setNote(e.target.value)} name="note" />
          </label>
          <div className="form__actions">
            <button type="button" className="button" onClick={() => save(settings, note)} disabled={saving}>
              {t('rules.save')}
            </button>
          </div>
        </div>
      ) : null}
      <EvidenceSummary />
    </>
  );
}

/** One rule: when it applies, why (with its source), this corporation's own record, its effect, on/off, weight. */
function RuleRow({
  rule,
  setting,
  editable,
  ownRecord,
  onChange,
}: {
  rule: Rule;
  setting: RuleSetting;
  editable: boolean;
  ownRecord: ReturnType<typeof telling>;
  onChange: (patch: Partial<RuleSetting>) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const when = describeCondition(rule.when, t);
  return (
    <tr className={setting.enabled ? '' : 'rules-table__off'}>
      <th scope="row">
        <p className="rules-table__when">{when}</p>
        <p>{rule.reason[language]}</p>
        <cite>{sourceInWords(rule.source, language)}</cite>
        {ownRecord.map((c) => (
          <p key={`${c.practiceType}|${c.approach}`} className="rules-table__record">
            {t('evidence.ownRecord')}: {evidenceLine(t, c)}
          </p>
        ))}
      </th>
      <td>
        {APPROACHES.filter((a) => rule.effect[a]).map((a) => (
          <div key={a}>
            {t(`approach.${a}`)} {rule.effect[a]! > 0 ? '+' : ''}
            {rule.effect[a]}
          </div>
        ))}
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={t('rules.onFor', { rule: when })}
          checked={setting.enabled}
          disabled={!editable}
          onChange={(e) => onChange({ enabled: e.target.checked })}
        />
      </td>
      <td>
        <input
          type="number"
          className="rules-table__weight"
          aria-label={t('rules.weightFor', { rule: when })}
          min={0}
          max={10}
          step={0.5}
          value={setting.weight}
          disabled={!editable}
          onChange={(e) => onChange({ weight: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
        />
      </td>
    </tr>
  );
}

/** Every rule of the advice, one row each. */
function RulesTable({
  settings,
  editable,
  ownRecord,
  onChange,
}: {
  settings: Record<string, RuleSetting>;
  editable: boolean;
  ownRecord: (rule: Rule) => ReturnType<typeof telling>;
  onChange: (id: string, patch: Partial<RuleSetting>) => void;
}) {
  const { t } = useTranslation();
  return (
    <table className="rules-table">
      <caption className="visually-hidden">{t('rules.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('rules.rule')}</th>
          <th scope="col">{t('rules.effect')}</th>
          <th scope="col">{t('rules.on')}</th>
          <th scope="col">{t('rules.weight')}</th>
        </tr>
      </thead>
      <tbody>
        {RULES.map((rule) => (
          <RuleRow
            key={rule.id}
            rule={rule}
            setting={settings[rule.id] ?? { enabled: true, weight: 1 }}
            editable={editable}
            ownRecord={ownRecord(rule)}
            onChange={(patch) => onChange(rule.id, patch)}
          />
        ))}
      </tbody>
    </table>
  );
}
