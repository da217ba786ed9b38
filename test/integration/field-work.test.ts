import { readFileSync } from 'node:fs';
import { filesHolding } from '../fixtures/files';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleComplex, startInitializedBackend, testClock, type TestBackend } from '../fixtures/backend';

let backend: TestBackend;
afterEach(() => backend?.dispose());

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
let clock = testClock('2026-03-10T10:00:00.000Z');

async function setup() {
  clock = testClock('2026-03-10T10:00:00.000Z');
  const started = await startInitializedBackend({ clock });
  backend = started.backend;
  const complex = await backend.ok('complexes:create', sampleComplex({ wijk: 'Centrum' }));
  return { me: started.me, complex };
}

const count = (table: string) => (backend.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('residents and consent (AVG)', () => {
  it('refuses contact details without consent, keeps them with consent, removes them on withdrawal', async () => {
    const { complex } = await setup();
    const refused = await backend.invoke('residents:create', {
      complexId: complex.id,
      name: 'Anouk Visser',
      phone: '06 12345678',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'phone', messageKey: 'err.resident.consentRequired' }] },
    });
    expect(count('residents')).toBe(0);

    const resident = await backend.ok('residents:create', {
      complexId: complex.id,
      name: 'Anouk Visser',
      phone: '06 12345678',
      email: 'anouk@example.nl',
      consentPurpose: 'Contact over de binnentuin',
    });
    expect(resident).toMatchObject({
      phone: '06 12345678',
      hasConsent: true,
      consent: { purpose: 'Contact over de binnentuin', byName: 'Wendy Wijkbeheer' },
    });

    const withdrawn = await backend.ok('residents:withdrawConsent', { id: resident.id, version: resident.version });
    expect(withdrawn).toMatchObject({ phone: null, email: null, consent: null, hasConsent: false });
    expect(() => backend.db.prepare("UPDATE residents SET phone = '0612' WHERE id = ?").run(resident.id)).toThrow(
      /CHECK/,
    );
  });

  it('warns about a likely duplicate (same name, same complex) and adds it only when confirmed', async () => {
    const { complex } = await setup();
    const first = await backend.ok('residents:create', { complexId: complex.id, name: 'Kees Bakker' });
    const again = await backend.invoke('residents:create', { complexId: complex.id, name: 'kees bakker' });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', messageKey: 'err.resident.duplicate', params: { id: first.id, name: 'Kees Bakker' } },
    });
    expect(
      (await backend.invoke('residents:create', { complexId: complex.id, name: 'Kees Bakker', confirmDuplicate: true }))
        .ok,
    ).toBe(true);
  });

  it('exports all about a resident and erases them; history stays, the audit log never held the data', async () => {
    const { complex } = await setup();
    const resident = await backend.ok('residents:create', {
      complexId: complex.id,
      name: 'Fatima El Amrani',
      email: 'f@example.nl',
      consentPurpose: 'Bewonerscommissie',
      profile: { talents: ['tuinieren'] },
    });
    const { initiative } = await backend.ok('initiatives:create', {
      complexId: complex.id,
      title: 'Binnentuin',
      origin: 'bewoners',
      practiceType: 'zelf_beter',
    });
    await backend.ok('people:link', { initiativeId: initiative.id, residentId: resident.id, role: 'initiatiefnemer' });
    await backend.ok('visits:create', {
      complexId: complex.id,
      visitDate: '2026-03-10',
      residentIds: [resident.id],
      initiativeIds: [initiative.id],
    });

    const exported = await backend.ok('residents:export', { id: resident.id });
    expect(exported).toMatchObject({
      resident: { name: 'Fatima El Amrani', email: 'f@example.nl' },
      initiatives: [{ title: 'Binnentuin', role: 'initiatiefnemer' }],
      visits: [{ visitDate: '2026-03-10' }],
    });

    const erased = await backend.ok('residents:erase', { id: resident.id, version: resident.version });
    expect(erased).toMatchObject({ name: 'verwijderde bewoner', email: null, erased: true, profile: { talents: [] } });
    expect(await backend.ok('people:list', { initiativeId: initiative.id })).toEqual([
      { residentId: resident.id, name: 'verwijderde bewoner', role: 'initiatiefnemer' },
    ]);
    const log = JSON.stringify(backend.db.prepare('SELECT changes FROM audit_log').all());
    expect(log).not.toContain('Fatima');
    expect(log).not.toContain('f@example.nl');
    const audit = await backend.ok('audit:list', { entityId: resident.id });
    expect(audit[0]!.changes).toEqual({ erased: { from: false, to: true } });
  });

  it('after an erase no byte of the name or phone number is left in any file of the data folder', async () => {
    ({ backend } = await startInitializedBackend());
    const complex = await backend.ok('complexes:create', sampleComplex());
    const resident = await backend.ok('residents:create', {
      complexId: complex.id,
      name: 'Gerda Uniekenaam',
      phone: '06 98765432',
      consentPurpose: 'contact',
    });
    for (let i = 0; i < 3; i++)
      await backend.ok('residents:update', {
        id: resident.id,
        version: resident.version + i,
        complexId: complex.id,
        name: 'Gerda Uniekenaam',
        phone: '06 98765432',
        houseNumber: String(i),
      });
    await backend.ok('residents:erase', { id: resident.id, version: resident.version + 3 });
    // While the app is still running (the write-ahead log is open), and after it closed.
    expect(filesHolding(backend.dataDir, ['Uniekenaam', '98765432'])).toEqual([]);
    backend.close();
    expect(filesHolding(backend.dataDir, ['Uniekenaam', '98765432'])).toEqual([]);
  });

  it('suggests residents with consent whose talents fit, same complex first, and says why', async () => {
    const { complex } = await setup();
    const neighbour = await backend.ok('complexes:create', sampleComplex({ code: 'C2002', wijk: 'Centrum' }));
    const gardener = await backend.ok('residents:create', {
      complexId: complex.id,
      name: 'Piet Groen',
      email: 'p@example.nl',
      consentPurpose: 'Matching',
      profile: { talents: ['tuinieren'] },
    });
    const nearby = await backend.ok('residents:create', {
      complexId: neighbour.id,
      name: 'Noor Bloem',
      phone: '0612345678',
      consentPurpose: 'Matching',
      profile: { interests: ['tuinieren'] },
    });
    await backend.ok('residents:create', {
      complexId: complex.id,
      name: 'Zonder Toestemming',
      profile: { talents: ['tuinieren'] },
    });
    await backend.ok('residents:create', {
      complexId: complex.id,
      name: 'Schilder',
      email: 's@example.nl',
      consentPurpose: 'Matching',
      profile: { talents: ['schilderen'] },
    });
    const { initiative } = await backend.ok('initiatives:create', {
      complexId: complex.id,
      title: 'Binnentuin onderhouden',
      origin: 'bewoners',
      practiceType: 'zelf_beter',
      sharedObject: 'binnentuin',
    });
    const matches = await backend.ok('residents:matches', { initiativeId: initiative.id });
    expect(matches.map((m) => m.id)).toEqual([gardener.id, nearby.id]);
    expect(matches[0]).toMatchObject({ sameComplex: true, reasons: [{ kind: 'talent', talent: 'tuinieren' }] });
    expect(matches[1]).toMatchObject({
      sameComplex: false,
      complexCode: 'C2002',
      reasons: [{ kind: 'interest', talent: 'tuinieren' }],
    });
  });
});

describe('visits, follow-ups, drafts and Mijn werk', () => {
  it('logs a visit with a new resident, a new initiative, a follow-up and a photo, in one transaction', async () => {
    const { me, complex } = await setup();
    const photo = await backend.ok('attachments:upload', {
      purpose: 'visit-photo',
      dataBase64: PNG.toString('base64'),
    });
    expect(photo.mime).toBe('image/png');
    const draft = await backend.ok('drafts:save', { kind: 'visit', payload: { note: 'halverwege' } });
    const visit = await backend.ok('visits:create', {
      complexId: complex.id,
      visitDate: '2026-03-10',
      note: 'Tuinploeg wil beginnen',
      newResidents: [{ name: 'Bram Bos' }],
      newInitiatives: [{ title: 'Moestuin in de binnentuin', practiceType: 'zelf_beter', origin: 'bewoners' }],
      followUps: [{ title: 'Over een half jaar opnieuw contact', dueDate: '2026-09-10', ownerId: me.id }],
      photoIds: [photo.id],
      draftId: draft.id,
    });
    expect(visit).toMatchObject({
      residents: [{ name: 'Bram Bos' }],
      initiatives: [{ title: 'Moestuin in de binnentuin' }],
      photos: [{ id: photo.id }],
      authorName: 'Wendy Wijkbeheer',
    });
    const [initiative] = await backend.ok('initiatives:list', {});
    expect(initiative).toMatchObject({
      title: 'Moestuin in de binnentuin',
      status: 'aangemaakt',
      advisedApproach: 'faciliteren',
    });
    expect(await backend.ok('followUps:list', { initiativeId: initiative!.id })).toMatchObject([
      { title: 'Over een half jaar opnieuw contact', ownerName: 'Wendy Wijkbeheer' },
    ]);
    // The person met is on the initiative started in the same visit (no more "Nog niemand gekoppeld").
    expect(await backend.ok('people:list', { initiativeId: initiative!.id })).toMatchObject([
      { name: 'Bram Bos', role: 'initiatiefnemer' },
    ]);
    expect(await backend.ok('drafts:list')).toEqual([]);
    const row = backend.db.prepare('SELECT sha256 FROM attachments').get() as { sha256: string };
    expect(readFileSync(`${backend.dataDir}/files/${row.sha256.slice(0, 2)}/${row.sha256}`)).toEqual(PNG);
  });

  it('refuses a visit in the future, without complex, and stores nothing', async () => {
    const { complex } = await setup();
    expect(await backend.invoke('visits:create', { complexId: complex.id, visitDate: '2026-03-11' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'visitDate', messageKey: 'err.visit.future' }] },
    });
    expect(await backend.invoke('visits:create', { visitDate: '2026-03-10' } as never)).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'complexId', messageKey: 'err.visit.complex' }] },
    });
    const bad = await backend.invoke('visits:create', {
      complexId: complex.id,
      visitDate: '2026-03-10',
      newInitiatives: [{ title: 'Ok', practiceType: 'zelf_beter', origin: 'bewoners' }],
      followUps: [{ title: 'x', dueDate: '2026-13-01', ownerId: complex.id }],
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(count('visits') + count('initiatives')).toBe(0);
  });

  it('refuses an image that is not JPEG or PNG by its bytes, and one over 20 MB', async () => {
    await setup();
    const html = Buffer.from('<html><script>alert(1)</script></html>').toString('base64');
    expect(await backend.invoke('attachments:upload', { purpose: 'visit-photo', dataBase64: html })).toMatchObject({
      ok: false,
      error: { issues: [{ messageKey: 'err.attachment.notImage' }] },
    });
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0xff);
    big[0] = 0xff;
    big[1] = 0xd8;
    big[2] = 0xff;
    expect(
      await backend.invoke('attachments:upload', { purpose: 'visit-photo', dataBase64: big.toString('base64') }),
    ).toMatchObject({ ok: false, error: { issues: [{ messageKey: 'err.attachment.tooLarge' }] } });
    expect(count('attachments')).toBe(0);
  });

  it('refuses a follow-up without due date or owner', async () => {
    const { complex } = await setup();
    expect(await backend.invoke('followUps:create', { title: 'Bellen', complexId: complex.id } as never)).toMatchObject(
      {
        ok: false,
        error: {
          code: 'VALIDATION',
          issues: [
            { path: 'dueDate', messageKey: 'err.followUp.dueDate' },
            { path: 'ownerId', messageKey: 'err.followUp.owner' },
          ],
        },
      },
    );
  });

  it("Mijn werk: overdue and coming follow-ups, drafts, stale work, visits; a teamleider sees others'", async () => {
    const { me, complex } = await setup();
    await backend.ok('followUps:create', {
      title: 'Vrijwilligers bedanken',
      dueDate: '2026-03-01',
      ownerId: me.id,
      complexId: complex.id,
    });
    await backend.ok('followUps:create', {
      title: 'Terugkoppelen klacht',
      dueDate: '2026-03-15',
      ownerId: me.id,
      complexId: complex.id,
    });
    await backend.ok('followUps:create', {
      title: 'Ver weg',
      dueDate: '2026-06-01',
      ownerId: me.id,
      complexId: complex.id,
    });
    await backend.ok('drafts:save', { kind: 'visit', payload: { note: 'concept' } });
    await backend.ok('initiatives:create', {
      complexId: complex.id,
      title: 'Oud',
      origin: 'bewoners',
      practiceType: 'anders',
      wijkbeheerderId: me.id,
    });
    const now = await backend.ok('work:overview');
    expect(now.overdue.map((f) => f.title)).toEqual(['Vrijwilligers bedanken']);
    expect(now.upcoming.map((f) => f.title)).toEqual(['Terugkoppelen klacht']);
    expect(now.drafts).toHaveLength(1);
    expect(now.stale).toEqual([]);
    clock.advance(91 * 86_400_000);
    const later = await backend.ok('work:overview');
    expect(later.overdue.map((f) => f.title)).toEqual(['Vrijwilligers bedanken', 'Terugkoppelen klacht', 'Ver weg']);
    expect(later.stale.map((i) => i.title)).toEqual(['Oud']);

    const lead = await backend.ok('staff:create', { name: 'Teun', role: 'teamleider' });
    const colleague = await backend.ok('staff:create', { name: 'Collega', role: 'wijkbeheerder' });
    expect(await backend.invoke('work:overview', { staffId: lead.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await backend.ok('settings:update', { currentStaffId: lead.id });
    expect((await backend.ok('work:overview', { staffId: me.id })).overdue).toHaveLength(3);
    expect((await backend.ok('work:overview', { staffId: colleague.id })).overdue).toHaveLength(0);
  });

  it("an initiative's and its complex's timeline show visits, status changes, follow-ups and advice", async () => {
    const { me, complex } = await setup();
    const { initiative } = await backend.ok('initiatives:create', {
      complexId: complex.id,
      title: 'Trappenhuis',
      origin: 'bewoners',
      practiceType: 'probleem_oplossen',
    });
    await backend.ok('visits:create', {
      complexId: complex.id,
      visitDate: '2026-03-10',
      initiativeIds: [initiative.id],
      note: 'Kleur gekozen',
    });
    await backend.ok('followUps:create', {
      title: 'Verf bestellen',
      dueDate: '2026-03-20',
      ownerId: me.id,
      initiativeId: initiative.id,
    });
    const kinds = (await backend.ok('timeline:get', { initiativeId: initiative.id })).map((e) => e.kind).sort();
    expect(kinds).toEqual(['advice', 'followUp', 'status', 'visit']);
    const complexTimeline = await backend.ok('timeline:get', { complexId: complex.id });
    expect(complexTimeline.find((e) => e.kind === 'status')).toMatchObject({
      key: 'timeline.created',
      link: { kind: 'initiative', id: initiative.id },
    });
  });
});
