/** @vitest-environment happy-dom */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../lib/i18n';
import { AboutSettings } from './AboutSettings';

afterEach(() => {
  cleanup();
  setLocale('en');
});

describe('AboutSettings', () => {
  it('shows the version and says plainly that nothing leaves the browser, but for Mastodon limits', () => {
    render(<AboutSettings version="1.2.3" />);
    const section = screen.getByRole('region', { name: 'About and privacy' });
    expect(screen.getByTestId('version').textContent).toBe('Version 1.2.3');
    expect(section.textContent).toContain('Nothing leaves your browser');
    expect(section.textContent).toContain('Mastodon');
    expect(screen.getByRole('heading', { name: 'Privacy in short', level: 3 })).toBeTruthy();
    // No home page in the manifest: no link is made up.
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('links to the full policy when the manifest names a home page', () => {
    render(<AboutSettings version="1.2.3" homepageUrl="https://example.org/rostrum" />);
    const link = screen.getByRole('link', { name: 'Full privacy policy and source code' });
    expect(link.getAttribute('href')).toBe('https://example.org/rostrum');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('speaks the interface language', () => {
    setLocale('fr');
    render(<AboutSettings version="1.2.3" />);
    expect(screen.getByRole('region', { name: 'À propos et confidentialité' })).toBeTruthy();
  });
});
