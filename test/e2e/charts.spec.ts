import type { Locator } from '@playwright/test';
import { STATUSES } from '../../shared/domain/status';
import { expect, expectAccessible, openRoute, test } from './fixtures';

interface Label {
  text: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The text drawn in a chart's SVG, with where it stands on the screen. */
async function labels(chart: Locator): Promise<Label[]> {
  return chart.locator('svg text').evaluateAll((nodes) =>
    nodes
      .map((node) => ({ text: node.textContent ?? '', box: node.getBoundingClientRect() }))
      .filter(({ text, box }) => text.trim() !== '' && box.width > 0)
      .map(({ text, box }) => ({ text, top: box.top, bottom: box.bottom, left: box.left, right: box.right })),
  );
}

const overlap = (a: Label, b: Label) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

function overlapping(all: Label[]) {
  const pairs: string[] = [];
  all.forEach((a, i) => all.slice(i + 1).forEach((b) => overlap(a, b) && pairs.push(`${a.text} / ${b.text}`)));
  return pairs;
}

test('with 40 wijken the approach chart names every wijk, busiest first, no label over another', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  const wijken = Array.from({ length: 40 }, (_, i) => `Wijk ${String(i + 1).padStart(2, '0')}`);
  for (const [i, wijk] of wijken.entries()) {
    const complex = await app.ok('complexes:create', {
      code: `C${7000 + i}`,
      name: `Hof ${i}`,
      wijk,
      homes: 20,
      buildingType: 'portiekflat',
    });
    // Wijk 40 gets the most initiatives, wijk 01 the fewest.
    for (let n = 0; n <= Math.floor(i / 10); n++)
      await app.ok('initiatives:create', {
        complexId: complex.id,
        title: `Plan ${i}-${n}`,
        origin: 'bewoners',
        practiceType: 'gemeenschap',
      });
  }
  for (const width of [1440, 800]) {
    await page.setViewportSize({ width, height: 900 });
    await openRoute(page, app, '/overzicht');
    const chart = page.locator('figure.chart', { hasText: 'Initiatieven per aanpak per wijk' });
    await expect(chart.locator('svg')).toBeVisible();
    const drawn = await labels(chart);
    const wijkLabels = drawn.filter((l) => l.text.startsWith('Wijk '));
    expect(wijkLabels.map((l) => l.text).sort()).toEqual(wijken);
    // Top to bottom: the four busiest wijken (31–40) before the others.
    const order = [...wijkLabels].sort((a, b) => a.top - b.top).map((l) => l.text);
    expect(order.slice(0, 10).sort()).toEqual(wijken.slice(30));
    expect(overlapping(drawn), `labels drawn over each other at ${width} px`).toEqual([]);
    await expectAccessible(page, `dashboard with 40 wijken at ${width}`);
    await chart.screenshot({ path: `.test-output/screens/chart-40-wijken-${width}.png` });
  }
});

test('a corporation-sized amount stays inside its tile, in Dutch figures, from 1440 down to 768 px', async ({
  page,
  app,
}) => {
  // A budget is at most € 1.000.000; six of them make the € 5.609.025,00 that once overflowed its tile.
  for (let i = 0; i < 6; i++) {
    const complex = await app.ok('complexes:create', {
      code: `C799${i}`,
      name: `Groothof ${i}`,
      homes: 900,
      buildingType: 'portiekflat',
    });
    await app.ok('budgets:create', {
      scope: 'complex',
      complexId: complex.id,
      year: new Date().getFullYear(),
      name: 'Leefbaarheidsbudget',
      kind: 'vast',
      amountCents: 934_837_50,
    });
  }
  for (const width of [1440, 1024, 800, 768]) {
    await page.setViewportSize({ width, height: 900 });
    await openRoute(page, app, '/overzicht');
    const remaining = page.getByRole('button', { name: /Resterend$/ });
    await expect(remaining).toContainText('€ 5.609.025,00');
    const sticking = await page
      .locator('.tile')
      .evaluateAll((tiles) =>
        tiles
          .filter((tile) =>
            Array.from(tile.children).some(
              (child) => child.getBoundingClientRect().right > tile.getBoundingClientRect().right,
            ),
          )
          .map((tile) => tile.textContent),
      );
    expect(sticking, `tiles whose text sticks out at ${width} px`).toEqual([]);
  }
});

test.describe('on the demo corporation', () => {
  test.use({ appOptions: { initialize: true, demo: true } });

  test("the status chart lists the statuses in the machine's order, each with its count, no label overlapping", async ({
    page,
    app,
  }) => {
    const year = new Date().getFullYear();
    const figures = await app.ok('dashboard:figures', { year });
    for (const width of [1440, 800]) {
      await page.setViewportSize({ width, height: 900 });
      await openRoute(page, app, '/overzicht');
      const chart = page.locator('figure.chart', { hasText: 'Statustrechter' });
      await expect(chart.locator('svg')).toBeVisible();
      const drawn = await labels(chart);
      const names = ['Aangemaakt', 'In behandeling', 'In uitvoering', 'Afgerond', 'Gesloten', 'Geannuleerd'];
      expect(names).toHaveLength(STATUSES.length);
      const statusLabels = drawn.filter((l) => names.includes(l.text)).sort((a, b) => a.top - b.top);
      expect(statusLabels.map((l) => l.text)).toEqual(names);
      // Each bar's count stands on its bar's line, in Dutch figures.
      for (const [i, status] of STATUSES.entries()) {
        const count = new Intl.NumberFormat('nl-NL').format(figures.byStatus[status] ?? 0);
        const line = statusLabels[i]!;
        const value = drawn.find(
          (l) => l.text === count && l.left > line.right && l.top < line.bottom && line.top < l.bottom,
        );
        expect(value, `the count of ${status} beside its bar`).toBeDefined();
      }
      expect(overlapping(drawn), `labels drawn over each other at ${width} px`).toEqual([]);
    }
  });
});
