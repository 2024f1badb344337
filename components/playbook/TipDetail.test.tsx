/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../lib/i18n';
import { facts, tips } from './test-fixtures';
import { TipDetail } from './TipDetail';

afterEach(() => {
  cleanup();
  setLocale('en');
});

const [planAim, graphics, ownAdvice, packTip] = tips as [
  (typeof tips)[0],
  (typeof tips)[0],
  (typeof tips)[0],
  (typeof tips)[0],
];

describe('TipDetail', () => {
  it('shows the title, body, why and an example to follow and one to avoid', () => {
    render(<TipDetail tip={graphics} facts={facts} />);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Make a graphic for each key moment' }),
    ).toBeTruthy();
    expect(
      screen.getByText('Make a graphic for each key moment: the short version for the panel.'),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Why' })).toBeTruthy();
    expect(screen.getByText('Committee posts were shared more once each inquiry had graphics.')).toBeTruthy();
    expect(screen.getByText('Do').nextElementSibling?.textContent).toBe(
      'Launch: a card with the question and the deadline.',
    );
    expect(screen.getByText("Don't").nextElementSibling?.textContent).toBe('A wall of text.');
    expect(screen.getByText(/Execute · Visuals · All platforms · Parliament's account/)).toBeTruthy();
  });

  it('shows each source with its kind, its readable label and a link that opens safely', () => {
    render(<TipDetail tip={planAim} facts={facts} />);
    const sources = screen.getByRole('heading', { name: 'Sources' }).parentElement!;
    expect(within(sources).getByText("Written in Rostrum's own words from these sources:")).toBeTruthy();
    const items = within(sources).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'About the IPU Social media guide (2021): INTER PARES news page on the IPU Social media guide, 2021 (opens in a new tab) (research notes PB-03)',
      'IPU publication: IPU Social Media Guidelines for Parliaments, 2013 (summary by NDI Tech) (research notes PL-01)',
    ]);
    const link = within(items[0]!).getByRole('link');
    expect(link.getAttribute('href')).toBe(
      'https://www.inter-pares.eu/en/news/social-media-guide-parliaments-and-parliamentarians',
    );
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    // A source without a link is shown as text, never as a dead link.
    expect(within(items[1]!).queryByRole('link')).toBeNull();
  });

  it("labels a tip with no source as Rostrum's own advice", () => {
    render(<TipDetail tip={ownAdvice} facts={facts} />);
    expect(screen.getByText("Rostrum's own advice")).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByText(/own words from these sources/)).toBeNull();
  });

  it("labels a pack tip as the parliament's own, with the pack's references", () => {
    render(<TipDetail tip={packTip} facts={facts} packName="House rules" />);
    expect(
      screen.getByText("From the content pack “House rules”: this parliament's own advice, not Rostrum's."),
    ).toBeTruthy();
    expect(screen.queryByText("Rostrum's own advice")).toBeNull();
    expect(screen.getByRole('link', { name: /House handbook, 2025/ }).getAttribute('href')).toBe(
      'https://example.org/h',
    );
    expect(screen.getByText('Reference:')).toBeTruthy();
  });

  it('goes back with a button and takes focus when opened', () => {
    const onBack = vi.fn();
    render(<TipDetail tip={graphics} facts={facts} onBack={onBack} autoFocus />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
    fireEvent.click(screen.getByRole('button', { name: 'Back to the playbook' }));
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('speaks French when the panel does', () => {
    setLocale('fr');
    render(<TipDetail tip={planAim} facts={facts} />);
    expect(screen.getByText(/^À propos du guide de l'UIP sur les médias sociaux \(2021\)/)).toBeTruthy();
    expect(screen.getByText(/Planifier · Objectifs · Toutes les plateformes/)).toBeTruthy();
  });
});
