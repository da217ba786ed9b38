import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/create-backend';
import { DATABASE_FILE, openDatabase } from '../../electron/backend/db/connection';
import { migrate, MIGRATIONS } from '../../electron/backend/db/migrations';
import { adviceRepository } from '../../electron/backend/db/repositories/advice';
import { memorySettingsStore } from '../../electron/backend/settings-store';
import { RULES, UNKNOWN_STORED_FACTS } from '../../shared/domain/recommendation';
import { sampleComplex, startInitializedBackend, tempDir, type TestBackend } from '../fixtures/backend';

let backend: TestBackend;
afterEach(() => backend?.dispose());

const hoseFacts = {
  ...UNKNOWN_STORED_FACTS,
  ownership: 'mentaal_eigenaar' as const,
  group: 'individu' as const,
  motives: ['vrije_tijd' as const],
  supportAsked: ['materiaal' as const],
  residentsMotiveKnown: true,
};

async function setup() {
  ({ backend } = await startInitializedBackend());
  const complex = await backend.ok('complexes:create', sampleComplex());
  const base = {
    complexId: complex.id,
    title: 'Tuinslang',
    origin: 'bewoners' as const,
    practiceType: 'zelf_beter' as const,
  };
  return { complex, base };
}

async function becomeTeamleider() {
  const lead = await backend.ok('staff:create', { name: 'Teun Teamleider', role: 'teamleider' });
  await backend.ok('settings:update', { currentStaffId: lead.id });
}

describe('advice on initiatives', () => {
  it('advises on create, follows the advice by default, and keeps a snapshot with facts and full output', async () => {
    const { base } = await setup();
    const { initiative, snapshots } = await backend.ok('initiatives:create', { ...base, facts: hoseFacts });
    expect(initiative).toMatchObject({
      advisedApproach: 'faciliteren',
      chosenApproach: 'faciliteren',
      facts: hoseFacts,
    });
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).toMatchObject({
      cause: 'opslaan',
      advisedApproach: 'faciliteren',
      chosenApproach: 'faciliteren',
      engineVersion: '1.0.0',
      ruleSetVersion: 1,
      createdByName: 'Wendy Wijkbeheer',
    });
    expect(snapshots[0]!.recommendation.reasons.map((r) => r.ruleId)).toContain('type_zelf_beter');
  });

  it('an initiative without Kenmerken still gets advice, with low confidence', async () => {
    const { base } = await setup();
    const { initiative } = await backend.ok('initiatives:create', base);
    expect(initiative.advisedApproach).toBe('faciliteren');
    expect(initiative.adviceConfidence).toBe('laag');
  });

  it('refuses to deviate from the advice without a rationale, and stores nothing', async () => {
    const { base } = await setup();
    const result = await backend.invoke('initiatives:create', {
      ...base,
      facts: hoseFacts,
      chosenApproach: 'stimuleren',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'rationale', messageKey: 'err.advice.rationaleRequired' }] },
    });
    expect(await backend.ok('initiatives:list', {})).toHaveLength(0);
    const ok = await backend.ok('initiatives:create', {
      ...base,
      facts: hoseFacts,
      chosenApproach: 'coproduceren',
      rationale: 'Gemeente doet mee',
    });
    expect(ok.initiative).toMatchObject({ advisedApproach: 'faciliteren', chosenApproach: 'coproduceren' });
    expect(ok.snapshots[0]!.rationale).toBe('Gemeente doet mee');
  });

  it('rejects unknown or missing facts with a specific message', async () => {
    const { base } = await setup();
    const unknown = await backend.invoke('initiatives:create', {
      ...base,
      facts: { ...hoseFacts, ownership: 'baas' as never },
    });
    expect(unknown).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'facts.ownership', messageKey: 'err.facts.ownership' }] },
    });
    const { ownership: _ownership, ...missing } = hoseFacts;
    const absent = await backend.invoke('initiatives:create', { ...base, facts: missing as never });
    expect(absent).toMatchObject({ ok: false, error: { issues: [{ path: 'facts.ownership' }] } });
    const badMotive = await backend.invoke('initiatives:create', {
      ...base,
      facts: { ...hoseFacts, motives: ['hebzucht' as never] },
    });
    expect(badMotive).toMatchObject({ ok: false, error: { issues: [{ messageKey: 'err.facts.motive' }] } });
  });

  it('records a new snapshot only when facts, advice or choice change', async () => {
    const { base } = await setup();
    const created = await backend.ok('initiatives:create', { ...base, facts: hoseFacts });
    const same = await backend.ok('initiatives:update', {
      ...base,
      title: 'Tuinslang 80 m',
      facts: hoseFacts,
      id: created.initiative.id,
      version: 1,
    });
    expect(same.snapshots).toHaveLength(1);
    const changed = await backend.ok('initiatives:update', {
      ...base,
      practiceType: 'geld_besparen',
      facts: { ...hoseFacts, motives: ['geld'], fitsPolicyAgenda: true },
      id: created.initiative.id,
      version: 2,
    });
    expect(changed.initiative.advisedApproach).toBe('coproduceren');
    expect(changed.snapshots).toHaveLength(2);
    expect(changed.snapshots[1]!.advisedApproach).toBe('faciliteren');
    const audit = await backend.ok('audit:list', { entityId: created.initiative.id });
    expect(audit[0]!.changes).toHaveProperty('advisedApproach', { from: 'faciliteren', to: 'coproduceren' });
  });
});

describe('the rule table', () => {
  it("lists version 1 (the study's weights) until a teamleider changes it", async () => {
    await setup();
    expect(await backend.ok('advice:rules')).toMatchObject({ version: 1, settings: {} });
  });

  it('only a teamleider may change weights or recompute', async () => {
    await setup();
    const result = await backend.invoke('advice:updateRules', {
      settings: { type_zelf_beter: { enabled: false, weight: 1 } },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', messageKey: 'err.role.teamleider' } });
    expect(await backend.invoke('advice:recompute')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('rejects a weight outside 0..10, an unknown rule, and switching every rule off; nothing is stored', async () => {
    await setup();
    await becomeTeamleider();
    expect(
      await backend.invoke('advice:updateRules', { settings: { type_zelf_beter: { enabled: true, weight: 11 } } }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ messageKey: 'err.advice.weight' }] } });
    expect(
      await backend.invoke('advice:updateRules', { settings: { type_zelf_beter: { enabled: true, weight: -1 } } }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(
      await backend.invoke('advice:updateRules', { settings: { verzonnen: { enabled: true, weight: 1 } } }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'settings.verzonnen', messageKey: 'err.advice.unknownRule' }] },
    });
    const allOff = Object.fromEntries(RULES.map((rule) => [rule.id, { enabled: false, weight: 1 }]));
    expect(await backend.invoke('advice:updateRules', { settings: allOff })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', messageKey: 'err.advice.allOff' },
    });
    expect((await backend.ok('advice:rules')).version).toBe(1);
  });

  it('a new rule set changes new advice, never old snapshots; Herbereken reports how many changed', async () => {
    const { base } = await setup();
    const first = await backend.ok('initiatives:create', { ...base, facts: { ...hoseFacts, sharedProblem: true } });
    expect(first.initiative.advisedApproach).toBe('faciliteren');
    const other = await backend.ok('initiatives:create', {
      ...base,
      title: 'Trappenhuis',
      practiceType: 'probleem_oplossen',
      facts: { ...hoseFacts, sharedProblem: true, group: 'nieuwe_groep' },
    });
    expect(other.initiative.advisedApproach).toBe('coproduceren');
    await becomeTeamleider();
    const zeroed = Object.fromEntries(
      RULES.filter((rule) => (rule.effect.faciliteren ?? 0) > 0).map((rule) => [
        rule.id,
        { enabled: false, weight: 1 },
      ]),
    );
    const updated = await backend.ok('advice:updateRules', { settings: zeroed, note: 'Proef: faciliteren uit' });
    expect(updated.version).toBe(2);
    const recomputed = await backend.ok('advice:recompute');
    expect(recomputed).toEqual({ checked: 2, changed: 1, ruleSetVersion: 2 });
    const detail = await backend.ok('initiatives:get', { id: first.initiative.id });
    expect(detail.initiative.advisedApproach).not.toBe('faciliteren');
    expect(detail.initiative.chosenApproach).toBe('faciliteren');
    expect(detail.snapshots).toHaveLength(2);
    expect(detail.snapshots[0]).toMatchObject({ cause: 'herberekening', ruleSetVersion: 2 });
    expect(detail.snapshots[1]).toMatchObject({ cause: 'opslaan', ruleSetVersion: 1, advisedApproach: 'faciliteren' });
    const audit = await backend.ok('audit:list', { entityId: '00000000-0000-7000-8000-00000000a1e5' });
    expect(audit[0]!.changes).toHaveProperty('version', { from: 1, to: 2 });
  });

  it('the demo corporation has varied, sensible advice with a few deviations', async () => {
    ({ backend } = await startInitializedBackend({ demo: true }));
    const rows = await backend.ok('initiatives:list', {});
    const advised = new Set(rows.map((r) => r.advisedApproach));
    expect(advised).toEqual(new Set(['faciliteren', 'coproduceren', 'stimuleren']));
    const deviating = rows.filter((r) => r.advisedApproach !== r.chosenApproach).length;
    expect(deviating).toBeGreaterThan(5);
    expect(deviating).toBeLessThan(60);
  });
});

describe('the rule set in force', () => {
  // The engine compiles a rule set once per object; a new object per call recompiled every rule on every save.
  it('is one unchanging object per stored version, and a new version gives a new one', () => {
    const db = openDatabase(tempDir());
    migrate(db, MIGRATIONS);
    const advice = adviceRepository(db);
    expect(advice.currentRuleSet()).toBe(advice.currentRuleSet());
    const at = '2025-01-01T00:00:00.000Z';
    db.prepare(
      "INSERT INTO staff (id, name, role, created_at, updated_at, created_by, updated_by) VALUES ('s1', 'Teun', " +
        "'teamleider', ?, ?, 's1', 's1')",
    ).run(at, at);
    advice.insertRuleSet(
      { version: 2, settings: { type_zelf_beter: { enabled: false, weight: 1 } } },
      'Proef',
      at,
      's1',
    );
    const second = advice.currentRuleSet();
    expect(second).toMatchObject({ version: 2, settings: { type_zelf_beter: { enabled: false } } });
    expect(advice.currentRuleSet()).toBe(second);
    expect(Object.isFrozen(second) && Object.isFrozen(second.settings)).toBe(true);
    db.close();
  });
});

describe('migration 0002-advice', () => {
  it('adds facts and advice to existing initiatives, and the backend gives them their first advice', async () => {
    const dataDir = tempDir();
    const db = openDatabase(dataDir);
    migrate(db, MIGRATIONS, 1);
    const at = '2025-01-01T00:00:00.000Z';
    db.prepare("INSERT INTO staff VALUES ('s1', 'Oud', 'wijkbeheerder', ?, ?, 's1', 's1')").run(at, at);
    db.prepare(
      'INSERT INTO complexes (id, code, name, homes, building_type, created_at, updated_at, created_by, updated_by) ' +
        "VALUES ('c1', 'C1', 'Oud', 10, 'portiekflat', ?, ?, 's1', 's1')",
    ).run(at, at);
    db.prepare(
      'INSERT INTO initiatives (id, complex_id, title, origin, practice_type, created_at, updated_at, created_by, ' +
        "updated_by) VALUES ('i1', 'c1', 'Oud', 'bewoners', 'eigen_woning', ?, ?, 's1', 's1')",
    ).run(at, at);
    db.close();

    const upgraded = createBackend({ dataDir, settings: memorySettingsStore({ currentStaffId: 's1' }), mode: 'test' });
    const row = new Database(join(dataDir, DATABASE_FILE), { readonly: true })
      .prepare('SELECT facts, advised_approach AS advised, chosen_approach AS chosen FROM initiatives')
      .get() as { facts: string; advised: string; chosen: string };
    expect(JSON.parse(row.facts)).toEqual(UNKNOWN_STORED_FACTS);
    expect(row).toMatchObject({ advised: 'faciliteren', chosen: 'faciliteren' });
    upgraded.close();
  });
});
