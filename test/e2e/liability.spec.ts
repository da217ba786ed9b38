import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { testClock } from '../fixtures/backend';
import { expect, expectAccessible, openForm, openRoute, PDF, test } from './fixtures';

const clock = testClock('2026-06-01T10:00:00.000Z');
test.use({ appOptions: { initialize: true, clock } });

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

test('a VNG policy covers an initiative; an agreement is filed, printed, signed and expires into Mijn werk', async ({
  page,
  app,
}, testInfo) => {
  const complex = await app.ok('complexes:create', {
    code: 'C6001',
    name: 'Lindehof',
    homes: 40,
    buildingType: 'portiekflat',
    place: 'Zaanwijk',
    municipality: 'Zaanwijk',
  });
  const me = (await app.ok('session:get')).currentStaff!;
  const { initiative } = await app.ok('initiatives:create', {
    complexId: complex.id,
    title: 'Trappenhuis schilderen',
    origin: 'bewoners',
    practiceType: 'probleem_oplossen',
    wijkbeheerderId: me.id,
    facts: {
      ownership: 'mentaal_eigenaar',
      group: 'nieuwe_groep',
      motives: [],
      supportAsked: [],
      risks: ['werken_op_hoogte'],
      sharedProblem: true,
      fitsPolicyAgenda: false,
      residentsMotiveKnown: true,
      exclusionRisk: false,
      agreementsInPlace: false,
    },
  });
  await app.ok('residents:create', { complexId: complex.id, name: 'Piet Verf', ageBand: '21_plus' });

  await openRoute(page, app, '/verzekeringen');
  await page.getByRole('button', { name: 'Nieuwe polis' }).click();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Vul de verzekeraar in.')).toBeVisible();
  await page.getByLabel('Verzekeraar').fill('Centraal Beheer');
  await page.getByLabel('Polisnummer').fill('VNG-2026-01');
  await page.getByLabel('Gemeente (voor VNG-polissen)').fill('Zaanwijk');
  await page.getByLabel('Geldig vanaf').fill('2026-01-01');
  await page.getByLabel('Geldig tot').fill('2026-12-31');
  await page.getByLabel('Werken op hoogte').check();
  await page.getByLabel('Verzekerd bedrag').fill('2500000');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Centraal Beheer VNG-2026-01')).toBeVisible();
  await expectAccessible(page, 'policies page');
  // A saved policy can be corrected: the form opens with what was saved, a bad date gets its message at the field.
  await page.getByRole('button', { name: 'Polis VNG-2026-01 bewerken' }).click();
  const editing = page.getByRole('form', { name: 'Polis bewerken' });
  await expect(editing.getByLabel('Verzekerd bedrag')).toHaveValue('2500000,00');
  await editing.getByLabel('Geldig tot').fill('2025-06-30');
  await editing.getByRole('button', { name: 'Opslaan' }).click();
  await expect(editing.getByText("'Geldig tot' ligt vóór 'geldig vanaf'.")).toBeVisible();
  expect((await app.ok('policies:list', {}))[0]).toMatchObject({ validTo: '2026-12-31', version: 1 });
  await editing.getByLabel('Geldig tot').fill('2027-12-31');
  await editing.getByRole('button', { name: 'Opslaan' }).click();
  await expect(editing).toBeHidden();
  await expect(page.getByRole('listitem').filter({ hasText: 'Centraal Beheer VNG-2026-01' })).toContainText('2027');
  expect((await app.ok('policies:list', {}))[0]).toMatchObject({ validTo: '2027-12-31', version: 2 });
  // Archived, it stays in the register marked as such; put back, it covers again.
  const register = page.getByRole('listitem').filter({ hasText: 'Centraal Beheer VNG-2026-01' });
  await page.getByRole('button', { name: 'Polis VNG-2026-01 archiveren' }).click();
  await expect(register).toContainText('gearchiveerd');
  await page.getByRole('button', { name: 'Polis VNG-2026-01 terugzetten' }).click();
  await expect(register).not.toContainText('gearchiveerd');

  await openRoute(page, app, `/initiatieven/${initiative.id}`);
  const liability = page.getByRole('region', { name: 'Aansprakelijkheid en verzekering' });
  await expect(liability.getByRole('row', { name: /Werken op hoogte/ })).toContainText(
    'Centraal Beheer VNG-2026-01 (vrijwilligersverzekering gemeente, secundair)',
  );
  await expect(liability.getByRole('row', { name: /Werken op hoogte/ })).not.toContainText('gat in dekking');

  await openForm(liability, 'Nieuwe vrijwilligersovereenkomst');
  const form = liability.getByRole('form', { name: 'Nieuwe vrijwilligersovereenkomst' });
  await form.getByLabel('Vrijwilliger').selectOption({ label: 'Piet Verf' });
  await form.getByLabel('Startdatum').fill('2026-05-01');
  await form.getByLabel('Einddatum').fill('2026-04-01');
  await form.getByLabel('Taken').fill('Trappenhuis schilderen, ladder tot 2 meter');
  await form.getByRole('button', { name: 'Overeenkomst vastleggen' }).click();
  await expect(form.getByText('De overeenkomst eindigt vóór ze begint.')).toBeVisible();
  await form.getByLabel('Einddatum').fill('2026-07-15');
  await form.getByLabel('Verzekering').selectOption({ label: 'Centraal Beheer VNG-2026-01' });
  await form.getByRole('button', { name: 'Overeenkomst vastleggen' }).click();
  await expect(liability.getByText('Concept · Trappenhuis schilderen, ladder tot 2 meter')).toBeVisible();
  await expect(liability.getByText('Ontbreekt').first()).toBeVisible();
  await expectAccessible(page, 'initiative page with liability');

  await liability.getByRole('link', { name: 'Overeenkomst (afdrukken / PDF)' }).click();
  await expect(page.getByRole('heading', { name: 'Vrijwilligersovereenkomst', exact: true })).toBeVisible();
  const pdfPath = join(testInfo.outputDir, 'overeenkomst.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdfPath, format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  if (hasPdftotext) {
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('Vrijwilligersovereenkomst');
    expect(text).toContain('Piet Verf');
    expect(text).toContain('Trappenhuis schilderen, ladder tot 2 meter');
    expect(text).toContain('Centraal Beheer VNG-2026-01');
    expect(text).toContain('Geen arbeidsovereenkomst');
    expect(text).not.toContain('Nieuw bezoek');
  }
  await page.goBack();

  const agreement = liability.getByRole('listitem').filter({ hasText: 'Piet Verf' });
  await agreement
    .getByLabel(/Getekende scan/)
    .setInputFiles({ name: 'getekend.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(agreement.getByText('getekend.pdf is opgeslagen.')).toBeVisible();
  await agreement.getByRole('button', { name: 'Getekend vastleggen' }).click();
  await expect(liability.getByText('Overeenkomsten en verzekering zijn op orde.')).toBeVisible();
  // The scan downloads under the resident's name, not under its id.
  const scan = page.waitForEvent('download');
  await agreement.getByRole('link', { name: 'getekende versie' }).click();
  expect((await scan).suggestedFilename()).toBe('Getekende overeenkomst Piet Verf.pdf');

  await openRoute(page, app, '/mijn-werk');
  await expect(page.getByRole('region', { name: 'Dossiers die verlopen (30 dagen)' })).toContainText(
    'Niets verloopt binnenkort.',
  );
  clock.advance(20 * 86_400_000);
  await page.reload();
  const expiring = page.getByRole('region', { name: 'Dossiers die verlopen (30 dagen)' });
  await expect(expiring).toContainText('Verloopt binnenkort');
  await expect(expiring).toContainText('Trappenhuis schilderen');

  await openRoute(page, app, '/dossiers');
  await expect(page.getByRole('gridcell', { name: 'Trappenhuis schilderen' }).first()).toBeVisible();
  await expectAccessible(page, 'worklist');
});
