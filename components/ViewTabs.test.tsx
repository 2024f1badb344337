/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { ViewTabs } from './ViewTabs';

function Harness() {
  const [view, setView] = useState<'a' | 'b' | 'c'>('a');
  return (
    <ViewTabs
      label="Views"
      current={view}
      onSelect={setView}
      tabs={[
        { id: 'a', label: 'Draft' },
        { id: 'b', label: 'Playbook' },
        { id: 'c', label: 'Log' },
      ]}
    />
  );
}

afterEach(cleanup);

describe('ViewTabs', () => {
  it('moves between tabs with the arrow keys, Home and End, and keeps one tab in the tab order', () => {
    render(<Harness />);
    const draft = screen.getByRole('tab', { name: 'Draft' });
    expect(draft.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(draft, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Playbook' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Playbook' }), { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Log' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Log' }), { key: 'ArrowRight' });
    expect(draft.getAttribute('aria-selected')).toBe('true');
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1]);
  });

  it('in a right-to-left layout, the left arrow goes to the next tab', () => {
    document.documentElement.dir = 'rtl';
    document.documentElement.style.direction = 'rtl';
    try {
      render(<Harness />);
      const draft = screen.getByRole('tab', { name: 'Draft' });
      fireEvent.keyDown(draft, { key: 'ArrowLeft' });
      expect(screen.getByRole('tab', { name: 'Playbook' }).getAttribute('aria-selected')).toBe('true');
    } finally {
      document.documentElement.dir = '';
      document.documentElement.style.direction = '';
    }
  });
});
