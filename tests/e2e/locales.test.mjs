/**
 * The panel's languages and layout, in real Chromium: Arabic lays out right to left, Spanish and
 * Arabic show their own words, every view fits a 320 px wide panel without scrolling sideways, and
 * the dark colour scheme gives a dark page. Set SHOTS_DIR to keep screenshots of each case.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchWithExtension } from './helpers/extension.mjs';

const SHOTS = process.env.SHOTS_DIR;
/** A draft with findings and an unbreakable link, so the checks and tips have something to show. */
const DRAFT =
  'VOTE NOW!!! The committee on the budget (PAC) sits today at 14:00 #budget2025 #Parliament #committee ' +
  'https://www.example.org/committees/public-accounts/sittings/2025/03/14/agenda-and-papers-for-the-public-sitting';

/** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
let ext;
before(async () => {
  ext = await launchWithExtension();
  ext.context.setDefaultTimeout(8000);
});
after(async () => ext?.close());

async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `rostrum-${name}.png`), fullPage: false });
}

/** The language picker, whatever language its label is in. */
const languageSelect = (page) => page.locator('select:has(option[value="ar"])');

/** Opens the panel in `locale`, with a typed draft so every part of the draft view shows. */
async function panelIn(locale, size) {
  const panel = await ext.openPanel(undefined, size);
  // Each test starts in English; the options are the languages' own names ("العربية", "español").
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale);
  await panel.getByLabel('Language').selectOption({ label: name });
  await panel.waitForFunction((l) => document.documentElement.lang === l, locale);
  await panel.locator('textarea').first().fill(DRAFT);
  await panel.locator('.finding').first().waitFor();
  return panel;
}

/** Widest the page gets: the document's scroll width, and any element sticking out of the viewport. */
async function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > width + 0.5 || r.left < -0.5);
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    return { scrollWidth: document.documentElement.scrollWidth, out };
  });
}

describe('Interface languages', () => {
  test('Arabic lays the panel out right to left, in Arabic', async () => {
    const panel = await panelIn('ar');
    assert.equal(await panel.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(await panel.evaluate(() => document.documentElement.lang), 'ar');
    assert.deepEqual(await panel.getByRole('tab').allTextContents(), ['المسودة', 'الدليل', 'السجل']);
    await panel
      .getByText('لم يُعثر على مشكلات')
      .or(panel.getByRole('heading', { name: 'الفحوص' }))
      .first()
      .waitFor();
    await panel.getByLabel('اللغة').waitFor();
    // The tab strip starts on the right.
    const [first, last] = await Promise.all([
      panel.getByRole('tab', { name: 'المسودة' }).boundingBox(),
      panel.getByRole('tab', { name: 'السجل' }).boundingBox(),
    ]);
    assert.ok(first.x > last.x, 'the first tab is to the right of the last');
    await shot(panel, 'ar-draft');
    await panel.getByRole('tab', { name: 'الدليل' }).click();
    await panel.getByLabel('البحث في الدليل').waitFor();
    await shot(panel, 'ar-playbook');
    // Playbook content has no Arabic: it is shown in English, cleanly.
    assert.ok((await panel.locator('.playbook__tip-title').count()) > 10);
    await languageSelect(panel).selectOption('en');
    await panel.close();
  });

  test('Spanish shows its own words, left to right', async () => {
    const panel = await panelIn('es');
    assert.equal(await panel.evaluate(() => document.documentElement.dir), 'ltr');
    assert.equal(await panel.evaluate(() => document.documentElement.lang), 'es');
    assert.deepEqual(await panel.getByRole('tab').allTextContents(), ['Borrador', 'Guía', 'Registro']);
    await panel.getByRole('heading', { name: 'Comprobaciones' }).waitFor();
    await panel.getByRole('tab', { name: 'Registro' }).click();
    await panel
      .getByRole('heading', { name: 'Registro de campaña' })
      .or(panel.getByText('Aún no hay publicaciones registradas.'))
      .first()
      .waitFor();
    await languageSelect(panel).selectOption('en');
    await panel.close();
  });
});

describe('Layout', () => {
  // 320 px: the narrowest side panel; 200 px: a 400 px panel at 200% zoom.
  for (const [locale, width] of [
    ['en', 320],
    ['ar', 320],
    ['en', 200],
  ]) {
    test(`every view fits ${width} px without sideways scrolling (${locale})`, async () => {
      const panel = await panelIn(locale, { width, height: 800 });
      const names = locale === 'ar' ? ['المسودة', 'الدليل', 'السجل'] : ['Draft', 'Playbook', 'Log'];
      if (locale === 'en') {
        await panel.getByRole('button', { name: 'Log this post' }).click();
        await panel.getByText('Logged.').waitFor();
      }
      for (const [i, name] of names.entries()) {
        await panel.getByRole('tab', { name }).click();
        await panel.locator(`#view-${['draft', 'playbook', 'log'][i]}`).waitFor();
        // Widths are final once the web fonts are in; layout itself is synchronous on read.
        await panel.evaluate(() => document.fonts.ready);
        const { scrollWidth, out } = await overflow(panel);
        await shot(panel, `${width}-${locale}-${i}`);
        assert.ok(scrollWidth <= width, `${name}: scrollWidth ${scrollWidth} (${out.join(', ')})`);
      }
      // A tip's page and the case studies, with their long titles and source links.
      await panel.getByRole('tab', { name: names[1] }).click();
      await panel.locator('.playbook__tip button, .playbook__tip a').first().click();
      await panel.locator('.tip-detail').waitFor();
      let { scrollWidth, out } = await overflow(panel);
      await shot(panel, `${width}-${locale}-tip`);
      assert.ok(scrollWidth <= width, `tip: scrollWidth ${scrollWidth} (${out.join(', ')})`);
      await panel.locator('.subnav button').nth(1).click();
      await panel.locator('.case-studies').waitFor();
      ({ scrollWidth, out } = await overflow(panel));
      await shot(panel, `${width}-${locale}-cases`);
      assert.ok(scrollWidth <= width, `case studies: scrollWidth ${scrollWidth} (${out.join(', ')})`);
      await languageSelect(panel).selectOption('en');
      await panel.close();
    });
  }

  test('the dark colour scheme gives a dark page with light text', async () => {
    const panel = await panelIn('en');
    const colours = () =>
      panel.evaluate(() => {
        const lum = (css) => {
          const [r, g, b] = css
            .match(/[\d.]+/g)
            .slice(0, 3)
            .map(Number);
          const lin = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
          return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
        };
        const style = getComputedStyle(document.body);
        const bg = lum(style.backgroundColor);
        const fg = lum(style.color);
        return { bg, contrast: (Math.max(bg, fg) + 0.05) / (Math.min(bg, fg) + 0.05) };
      });
    const light = await colours();
    assert.ok(light.bg > 0.8, `light background luminance ${light.bg}`);
    await panel.emulateMedia({ colorScheme: 'dark' });
    const dark = await colours();
    assert.ok(dark.bg < 0.05, `dark background luminance ${dark.bg}`);
    assert.ok(dark.contrast >= 4.5, `dark text contrast ${dark.contrast}`);
    await shot(panel, 'dark-draft');
    await languageSelect(panel).selectOption('ar');
    await shot(panel, 'dark-ar');
    await languageSelect(panel).selectOption('en');
    await panel.close();
  });
});
