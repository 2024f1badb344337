/**
 * The campaign log's whole flow in real Chromium: plan a campaign, log posts from X's composer, filter
 * the log, enter metrics, read the dashboard, export, wipe, import, and find everything back.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { launchWithExtension, waitFor } from './helpers/extension.mjs';

/** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
let ext;
before(async () => {
  ext = await launchWithExtension();
  ext.context.setDefaultTimeout(8000);
});
after(async () => ext?.close());

/** Replaces what is in X's composer (Draft.js) by `text`, typed as a person would. */
async function typeDraft(page, text) {
  const composer = page.locator('[data-testid="tweetTextarea_0"]').first();
  await composer.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** Saves what a button downloads and returns its text. */
async function downloaded(panel, button) {
  const [download] = await Promise.all([panel.waitForEvent('download'), button.click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
}

describe('campaign log, end to end', () => {
  test('plan, log, filter, measure, export, wipe, import, and find everything back', async () => {
    const page = await ext.context.newPage();
    await page.goto('https://x.com/home?e2e=campaign-log');
    await typeDraft(page, 'Budget debate live from 14:00 today #Budget2027');
    const tabId = await ext.tabIdOf(page);
    const panel = await ext.openPanel(tabId);
    await panel.getByTestId('draft-text').filter({ hasText: 'Budget debate' }).waitFor();

    // Plan: a campaign with an objective, an audience and a target.
    await panel.getByRole('button', { name: 'New campaign' }).click();
    await panel.getByLabel('Campaign name').fill('Budget week');
    await panel.getByLabel('Objective').selectOption('inform');
    await panel.getByLabel('Audience').fill('Voters following the budget');
    await panel.getByLabel('Hashtags').fill('#Budget2027');
    await panel.getByLabel('Start date').fill('2026-11-01');
    await panel.getByLabel('End date').fill('2026-12-31');
    await panel.getByRole('group', { name: 'Targets' }).getByLabel('Engagements').fill('200');
    await panel.getByRole('button', { name: 'Create campaign' }).click();
    await waitFor(async () => (await panel.getByLabel('Active campaign').inputValue()) !== '', {
      message: 'the new campaign to become active',
    });

    // Execute: two posts, the first tagged, the second kept as a draft.
    await panel.getByLabel('Tags for this post').fill('live, plenary');
    await panel.getByRole('button', { name: 'Log this post' }).click();
    await panel.getByRole('status').filter({ hasText: 'Logged.' }).waitFor();
    assert.equal(await panel.getByLabel('Tags for this post').inputValue(), '', 'tags clear after logging');

    await typeDraft(page, 'Read the committee report on the budget: parliament.example/report');
    await panel.getByTestId('draft-text').filter({ hasText: 'committee report' }).waitFor();
    await panel.getByLabel('Status').selectOption('draft');
    await panel.getByRole('button', { name: 'Log this post' }).click();
    await panel.getByRole('status').filter({ hasText: 'Logged.' }).waitFor();

    // Review: both are listed; the text filter narrows the list.
    await panel.getByRole('tab', { name: 'Log' }).click();
    await panel.getByText('2 posts logged').waitFor();
    await panel.getByLabel('Search words').fill('committee');
    await panel.getByText('1 post matches').waitFor();
    await panel.getByText('Read the committee report').waitFor();
    assert.equal(await panel.getByText('Budget debate live').count(), 0, 'the other post is filtered out');
    await panel.getByLabel('Search words').fill('');
    await panel.getByText('2 posts logged').waitFor();

    // Measure: metrics on the published post, then the campaign's dashboard.
    const row = panel.getByRole('article', { name: /Budget debate live/ });
    await row.getByRole('button', { name: 'Edit' }).click();
    await panel.getByLabel('Impressions').fill('1500');
    await panel.getByLabel('Engagements').fill('120');
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByLabel('Impressions').waitFor({ state: 'detached' });

    await panel.getByRole('button', { name: 'Dashboard' }).first().click();
    await panel.getByRole('heading', { name: /Budget week/ }).waitFor();
    const dashboard = await panel.locator('.campaign-dashboard').innerText();
    assert.match(dashboard, /120/, 'the engagements entered');
    assert.match(dashboard, /200/, 'the engagements target');
    const report = await downloaded(panel, panel.getByRole('button', { name: 'Export report (Markdown)' }));
    assert.match(report.name, /\.md$/);
    assert.match(report.text, /Budget week/);
    await panel.getByRole('button', { name: 'Close dashboard' }).click();

    // Export, then wipe.
    const json = await downloaded(panel, panel.getByRole('button', { name: 'Export everything (JSON)' }));
    const exported = JSON.parse(json.text);
    assert.equal(exported.entries.length, 2);
    assert.equal(exported.campaigns.length, 1);
    const csv = await downloaded(panel, panel.getByRole('button', { name: 'Export to spreadsheet (CSV)' }));
    assert.ok(csv.text.startsWith('\uFEFF'), 'CSV starts with a byte-order mark for Excel');
    assert.match(csv.text, /Budget debate live/);

    await panel.getByRole('button', { name: 'Delete the whole log…' }).click();
    await panel.getByRole('button', { name: 'Delete everything' }).click();
    await panel.getByText('No posts logged yet.').waitFor();
    await panel.getByText('No campaigns yet.').waitFor();

    // Import: a preview first, then everything back, metrics and campaign included.
    await panel.getByLabel('Import a JSON export').setInputFiles({
      name: json.name,
      mimeType: 'application/json',
      buffer: Buffer.from(json.text),
    });
    await panel.getByRole('heading', { name: 'Check the import' }).waitFor();
    await panel.getByRole('button', { name: 'Import', exact: true }).click();
    await panel.getByText('2 posts logged').waitFor();
    await panel.getByText('Budget week').first().waitFor();
    const again = await downloaded(panel, panel.getByRole('button', { name: 'Export everything (JSON)' }));
    const back = JSON.parse(again.text);
    const byId = (list) => Object.fromEntries(list.map((x) => [x.id, x]));
    assert.deepEqual(byId(back.entries), byId(exported.entries), 'every entry comes back as it was');
    assert.deepEqual(byId(back.campaigns), byId(exported.campaigns), 'the campaign comes back as it was');
    assert.ok(
      back.entries.some((e) => e.metrics.engagements === 120 && e.tags.includes('live')),
      'metrics and tags survive the round trip',
    );
    assert.ok(back.entries.some((e) => e.status === 'draft'));
    assert.ok(
      back.entries.every((e) => e.findings.length > 0 || e.tips.length > 0),
      'findings and tips logged',
    );

    await panel.close();
    await page.close();
  });
});
