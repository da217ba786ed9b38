import { describe, expect, it } from 'vitest';
import { sampleComplex } from '../fixtures/backend';
import { filesHolding } from '../fixtures/files';
import { type Laptop, teamWorld } from '../fixtures/team';

const { teamServer, server, serverDb, account, laptop, sync } = teamWorld();

describe('team edition: who may do and see what, decided by the server', () => {
  it('roles come from the server: a tampered laptop is still refused, and nobody picks a role locally', async () => {
    await teamServer();
    await account('Tara Teamleider', 'tara', 'teamleider');
    const wim = await laptop('wim-not-yet').catch(() => undefined);
    expect(wim).toBeUndefined();
    await account('Wim Wijkbeheer', 'wim', 'wijkbeheerder', ['Centrum']);
    const w = await laptop('wim');
    const me = (await w.ok('session:get', {})).currentStaff!;
    // Someone edits the laptop's own database to make himself teamleider; the server does not care.
    w.db.prepare("UPDATE staff SET role = 'teamleider' WHERE id = ?").run(me.id);
    const ruleSets = () => serverDb().prepare('SELECT count(*) AS n FROM rule_sets').get();
    const before = ruleSets();
    const rules = await w.ok('advice:rules', {});
    const off = Object.fromEntries(
      Object.entries(rules.settings).map(([id, rule]) => [id, { ...rule, enabled: false }]),
    );
    const refused = await w.invoke('advice:updateRules', { settings: off, note: 'ik mag alles' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(ruleSets()).toEqual(before);
    const lead = (await w.ok('staff:list', {})).find((s) => s.role === 'teamleider' && s.id !== me.id)!;
    expect(await w.invoke('settings:update', { currentStaffId: lead.id })).toMatchObject({
      ok: false,
      error: { messageKey: 'err.team.roleFromServer' },
    });
    expect(await w.invoke('staff:create', { name: 'Nep', role: 'teamleider' })).toMatchObject({
      ok: false,
      error: { messageKey: 'err.team.serverManaged' },
    });
  });

  it("refuses forged tokens, another laptop's device and deactivated accounts, without applying anything", async () => {
    await teamServer();
    const tara = await account('Tara Teamleider', 'tara', 'teamleider');
    await account('Wim Wijkbeheer', 'wim', 'wijkbeheerder', ['Centrum']);
    const [lead, wim] = [await laptop('tara'), await laptop('wim')];
    const forged = await fetch(`${server().url}/v1/push`, {
      method: 'POST',
      headers: { Authorization: 'Bearer a.b.9999999999999.c', 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(forged.status).toBe(401);
    // A teamleider cannot lock herself out.
    expect(
      await lead.invoke('team:updateAccount', {
        staffId: tara.staffId,
        name: tara.name,
        role: 'teamleider',
        wijken: [],
        active: false,
      }),
    ).toMatchObject({ ok: false, error: { messageKey: 'err.team.selfLockout' } });
    const wimDevice = (wim.db.prepare('SELECT device_id FROM sync_state').get() as { device_id: string }).device_id;
    const token = (await lead.team.client()!.account()).token;
    const other = await fetch(`${server().url}/v1/push`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        deviceId: wimDevice,
        commands: [
          { seq: 1, method: 'complexes:create', input: sampleComplex(), ids: [], madeAt: new Date().toISOString() },
        ],
      }),
    });
    expect(other.status).toBe(403);
    expect(
      await fetch(`${server().url}/v1/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ login: 'tara', password: 'fout-wachtwoord' }),
      }).then((r) => r.status),
    ).toBe(401);

    await lead.ok('team:updateAccount', {
      staffId: (await wim.ok('session:get', {})).currentStaff!.id,
      name: 'Wim Wijkbeheer',
      role: 'wijkbeheerder',
      wijken: ['Centrum'],
      active: false,
    });
    // Wim works on (his laptop does not know yet); the server refuses his changes from now on.
    await wim.ok('complexes:create', sampleComplex({ code: 'C9001' }));
    await sync(wim);
    expect(await wim.ok('team:status', {})).toMatchObject({ pending: 1, lastError: { code: 'UNAUTHORIZED' } });
    expect(serverDb().prepare("SELECT count(*) AS n FROM complexes WHERE code = 'C9001'").get()).toEqual({ n: 0 });
  });

  it('a wijkbeheerder gets residents of her wijken only; an erase reaches every laptop, leaves no trace', async () => {
    const { dataDir: serverDir } = await teamServer();
    await account('Tara Teamleider', 'tara', 'teamleider');
    await account('Noor Noord', 'noor', 'wijkbeheerder', ['Noord']);
    await account('Zeno Zuid', 'zeno', 'wijkbeheerder', ['Zuid']);
    const [lead, noor, zeno] = [await laptop('tara'), await laptop('noor'), await laptop('zeno')];
    const north = await lead.ok('complexes:create', sampleComplex({ code: 'N1', wijk: 'Noord' }));
    await sync(lead, noor);
    const resident = await noor.ok('residents:create', {
      complexId: north.id,
      name: 'Henk Zeldzaamnaam',
      phone: '06 12345678',
      consentPurpose: 'contact over de moestuin',
    });
    await sync(noor, lead, zeno);
    expect((await lead.ok('residents:list', {})).map((r) => r.name)).toEqual(['Henk Zeldzaamnaam']);
    expect(await zeno.ok('residents:list', {})).toEqual([]);
    expect(await zeno.ok('complexes:list', {})).toHaveLength(1);

    await lead.ok('residents:erase', { id: resident.id, version: resident.version });
    await sync(noor, zeno, lead);
    expect((await noor.ok('residents:get', { id: resident.id })).name).not.toContain('Zeldzaamnaam');
    for (const l of [noor, lead]) {
      l.close();
      expect(filesHolding(l.dataDir, ['Zeldzaamnaam', '12345678']).map((f) => f.slice(l.dataDir.length))).toEqual([]);
    }
    expect(filesHolding(serverDir, ['Zeldzaamnaam', '12345678'])).toEqual([]);
    const inStore = await server().store.pool.query(
      "SELECT count(*)::int AS n FROM team_personal WHERE data::text LIKE '%Zeldzaamnaam%'",
    );
    expect(inStore.rows).toEqual([{ n: 0 }]);
  });

  it('when her wijken or role change, a laptop drops residents she may not see and gets the others', async () => {
    await teamServer();
    await account('Tara Teamleider', 'tara', 'teamleider');
    const noorAccount = await account('Noor Noord', 'noor', 'wijkbeheerder', ['Noord', 'Zuid']);
    const [lead, noor] = [await laptop('tara'), await laptop('noor')];
    const resident = async (code: string, wijk: string, name: string) => {
      const complex = await lead.ok('complexes:create', sampleComplex({ code, wijk }));
      await lead.ok('residents:create', {
        complexId: complex.id,
        name,
        phone: '06 12121212',
        consentPurpose: 'contact',
      });
    };
    await resident('N1', 'Noord', 'Nina Noordnaam');
    await resident('Z1', 'Zuid', 'Zoe Zuidnaam');
    await resident('O1', 'Oost', 'Otto Oostnaam');
    await sync(lead, noor);
    const names = async () => (await noor.ok('residents:list', {})).map((r) => r.name).sort();
    expect(await names()).toEqual(['Nina Noordnaam', 'Zoe Zuidnaam']);

    const change = (role: typeof noorAccount.role, wijken: string[]) =>
      lead.ok('team:updateAccount', {
        staffId: noorAccount.staffId,
        name: noorAccount.name,
        role,
        wijken,
        active: true,
      });
    await change('wijkbeheerder', ['Noord', 'Oost']);
    await sync(noor);
    expect(await names()).toEqual(['Nina Noordnaam', 'Otto Oostnaam']);
    expect(await noor.ok('complexes:list', {})).toHaveLength(3);

    await change('teamleider', []);
    await sync(noor);
    expect(await names()).toEqual(['Nina Noordnaam', 'Otto Oostnaam', 'Zoe Zuidnaam']);
    await change('medewerker', []);
    await sync(noor);
    expect(await names()).toEqual([]);
    noor.close();
    expect(filesHolding(noor.dataDir, ['Noordnaam', 'Zuidnaam', 'Oostnaam', '12121212'])).toEqual([]);
  });

  it('a signed scan reaches only those who see the resident, and leaves a laptop whose wijk is gone', async () => {
    await teamServer();
    await account('Tara Teamleider', 'tara', 'teamleider');
    const noorAccount = await account('Noor Noord', 'noor', 'wijkbeheerder', ['Noord']);
    await account('Zeno Zuid', 'zeno', 'wijkbeheerder', ['Zuid']);
    const [lead, noor, zeno] = [await laptop('tara'), await laptop('noor'), await laptop('zeno')];
    const complex = await lead.ok('complexes:create', sampleComplex({ code: 'N1', wijk: 'Noord' }));
    const resident = await lead.ok('residents:create', { complexId: complex.id, name: 'Vera Vrijwilliger' });
    const { initiative } = await lead.ok('initiatives:create', {
      complexId: complex.id,
      title: 'Lampjes galerij',
      origin: 'bewoners',
      practiceType: 'zelf_beter',
    });
    const pdf = Buffer.from('%PDF-1.4\n% getekend door Vera Vrijwilliger\ntrailer <<>>\n%%EOF');
    const scan = await lead.ok('attachments:upload', { purpose: 'document', dataBase64: pdf.toString('base64') });
    await lead.ok('agreements:create', {
      initiativeId: initiative.id,
      residentId: resident.id,
      tasks: 'Lampjes ophangen',
      startOn: '2026-06-01',
      status: 'getekend',
      signedDocumentId: scan.id,
    });
    await sync(lead, noor, zeno);
    const sha256 = (lead.db.prepare('SELECT sha256 FROM attachments WHERE id = ?').get(scan.id) as { sha256: string })
      .sha256;
    const has = async (l: Laptop) => (await l.attachment(scan.id)!.read()) !== null;
    expect([await has(noor), await has(zeno)]).toEqual([true, false]);
    // Asking for it by its hash does not help either.
    expect(await zeno.team.client()!.file(sha256)).toBeNull();

    const { staffId, name, role } = noorAccount;
    await lead.ok('team:updateAccount', { staffId, name, role, wijken: ['Zuid'], active: true });
    await sync(noor);
    expect(await has(noor)).toBe(false);
    // Given the wijk (back), the laptop fetches the scan with the agreement, though the attachment row came long ago.
    await lead.ok('team:updateAccount', { staffId, name, role, wijken: ['Noord'], active: true });
    await sync(noor);
    expect(await has(noor)).toBe(true);
  });
});
