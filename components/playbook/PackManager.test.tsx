/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import sample from '../../docs/sample-content-pack.json';
import { parsePack, type ContentPack } from '../../lib/playbook/pack';
import { PackManager } from './PackManager';

afterEach(cleanup);

const sampleText = JSON.stringify(sample);
function samplePack(): ContentPack {
  const result = parsePack(sampleText);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.pack;
}

function choose(text: string, name = 'pack.json') {
  const input = screen.getByLabelText('Import a content pack (JSON file)') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('PackManager', () => {
  it('imports a valid pack file and says what it added', async () => {
    const onInstall = vi.fn();
    render(<PackManager packs={[]} onInstall={onInstall} onRemove={vi.fn()} />);
    expect(screen.getByText('No content pack is installed.')).toBeTruthy();
    choose(sampleText);
    await waitFor(() => expect(onInstall).toHaveBeenCalledOnce());
    expect(onInstall.mock.calls[0]![0]).toEqual(samplePack());
    expect((await screen.findByRole('status')).textContent).toBe(
      'Installed “Sample Parliament: house rules for social media”: 3 tips, 1 example',
    );
  });

  it('refuses a broken file whole and lists every problem by field', async () => {
    const onInstall = vi.fn();
    const broken = structuredClone(sample);
    broken.tips[0]!.text.en.body = 'x'.repeat(300);
    (broken.tips[1] as { platforms: unknown }).platforms = ['x', 'myspace'];
    render(<PackManager packs={[]} onInstall={onInstall} onRemove={vi.fn()} />);
    choose(JSON.stringify(broken), 'house-rules.json');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('“house-rules.json” was not imported. Problems found: 2')).toBeTruthy();
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'tips[0].text.en.body (tip "sample-sitting-days-sign-off"): is too long: 300 characters, at most 280',
      expect.stringMatching(
        /^tips\[1\]\.platforms\[1\] \(tip "sample-no-votes-before-result"\): "myspace" is not allowed/,
      ),
    ]);
    expect(onInstall).not.toHaveBeenCalled();
  });

  it('refuses a file that is not JSON', async () => {
    const onInstall = vi.fn();
    render(<PackManager packs={[]} onInstall={onInstall} onRemove={vi.fn()} />);
    choose('not json at all', 'notes.txt');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/^the file is not valid JSON/)).toBeTruthy();
    expect(onInstall).not.toHaveBeenCalled();
  });

  it('treats a pack with an installed id as an update', async () => {
    const onInstall = vi.fn();
    render(<PackManager packs={[samplePack()]} onInstall={onInstall} onRemove={vi.fn()} />);
    choose(sampleText);
    expect((await screen.findByRole('status')).textContent).toMatch(/^Updated “Sample Parliament/);
    expect(onInstall).toHaveBeenCalledOnce();
  });

  it('says so when the panel cannot save the pack', async () => {
    const onInstall = vi.fn().mockRejectedValue(new Error('Storage is full'));
    render(<PackManager packs={[]} onInstall={onInstall} onRemove={vi.fn()} />);
    choose(sampleText);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The pack could not be saved: Storage is full',
    );
  });

  it('lists installed packs and removes one after confirmation', () => {
    const onRemove = vi.fn();
    render(<PackManager packs={[samplePack()]} onInstall={vi.fn()} onRemove={onRemove} />);
    const item = screen.getByRole('listitem');
    expect(within(item).getByText('Sample Parliament: house rules for social media')).toBeTruthy();
    expect(within(item).getByText('3 tips, 1 example')).toBeTruthy();
    fireEvent.click(
      within(item).getByRole('button', { name: 'Remove Sample Parliament: house rules for social media' }),
    );
    expect(onRemove).not.toHaveBeenCalled();
    const yes = within(item).getByRole('button', { name: 'Yes, remove' });
    expect(document.activeElement).toBe(yes);
    fireEvent.click(within(item).getByRole('button', { name: 'Cancel' }));
    expect(within(item).queryByRole('button', { name: 'Yes, remove' })).toBeNull();
    fireEvent.click(within(item).getByRole('button', { name: /^Remove / }));
    fireEvent.click(within(item).getByRole('button', { name: 'Yes, remove' }));
    expect(onRemove).toHaveBeenCalledWith('sample-parliament-house-rules');
  });
});
