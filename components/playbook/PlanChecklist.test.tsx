/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_PLAN, isPlanItemDone, PLAN_ITEMS, PlanChecklist, type PlanValue } from './PlanChecklist';

afterEach(cleanup);

const FULL: PlanValue = {
  objective: 'explain',
  objectiveDetail: 'Twice as many people follow the budget debate online.',
  audience: 'Students 18–24',
  keyMessage: 'The budget is decided in parliament, and you can watch it.',
  channels: ['instagram', 'youtube'],
  resources: 'Two writers, one designer',
  calendar: 'Debate 12 March; vote 19 March',
  targets: 'Video views from 2,000 to 4,000',
};

/** The checklist as a form holds it: the parent keeps the value. */
function Harness({ onValue }: { onValue: (v: PlanValue) => void }) {
  const [value, setValue] = useState<PlanValue>(EMPTY_PLAN);
  return (
    <PlanChecklist
      value={value}
      onChange={(next) => {
        setValue(next);
        onValue(next);
      }}
    />
  );
}

describe('PlanChecklist', () => {
  it('has the seven items of a campaign plan, each labelled', () => {
    render(<PlanChecklist value={EMPTY_PLAN} onChange={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'Campaign plan checklist' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('0 of 7 done');
    expect(screen.getByRole('group', { name: /Objective/ })).toBeTruthy();
    for (const label of ['Audience', 'Key message', 'Resources', 'Calendar', 'Targets']) {
      expect(screen.getByRole('textbox', { name: label })).toBeTruthy();
    }
    expect(within(screen.getByRole('group', { name: /Channels/ })).getAllByRole('checkbox')).toHaveLength(8);
  });

  it('is controlled: it reports each edit and shows what it is given', () => {
    const onValue = vi.fn();
    render(<Harness onValue={onValue} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Audience' }), { target: { value: 'Teachers' } });
    expect(onValue).toHaveBeenLastCalledWith({ ...EMPTY_PLAN, audience: 'Teachers' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind of objective' }), {
      target: { value: 'consult' },
    });
    expect(onValue).toHaveBeenLastCalledWith({ ...EMPTY_PLAN, audience: 'Teachers', objective: 'consult' });
    expect(screen.getByRole('status').textContent).toBe('1 of 7 done');
  });

  it('keeps channels in the panel order, whatever order they are ticked in', () => {
    const onValue = vi.fn();
    render(<Harness onValue={onValue} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'YouTube' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'X' }));
    expect(onValue).toHaveBeenLastCalledWith({ ...EMPTY_PLAN, channels: ['x', 'youtube'] });
    fireEvent.click(screen.getByRole('checkbox', { name: 'X' }));
    expect(onValue).toHaveBeenLastCalledWith({ ...EMPTY_PLAN, channels: ['youtube'] });
  });

  it('counts an item done once it has content; the objective needs a kind and words', () => {
    expect(PLAN_ITEMS.filter((item) => isPlanItemDone(FULL, item))).toHaveLength(7);
    expect(isPlanItemDone({ ...FULL, objectiveDetail: '  ' }, 'objective')).toBe(false);
    expect(isPlanItemDone({ ...FULL, objective: null }, 'objective')).toBe(false);
    render(<PlanChecklist value={FULL} onChange={vi.fn()} />);
    expect(screen.getByRole('status').textContent).toBe('7 of 7 done');
    expect(screen.getAllByText('Done')).toHaveLength(7);
  });

  it('links each item to its playbook topic when asked', () => {
    const onOpenTopic = vi.fn();
    render(<PlanChecklist value={EMPTY_PLAN} onChange={vi.fn()} onOpenTopic={onOpenTopic} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tips on: Channels' }));
    expect(onOpenTopic).toHaveBeenCalledWith('platform-choice');
    fireEvent.click(screen.getByRole('button', { name: 'Tips on: Resources' }));
    expect(onOpenTopic).toHaveBeenCalledWith('staffing');
  });

  it('shows only the items a form asks for, and counts only those', () => {
    render(<PlanChecklist value={FULL} onChange={vi.fn()} items={['audience', 'channels']} />);
    expect(screen.getByRole('status').textContent).toBe('2 of 2 done');
    expect(screen.queryByRole('textbox', { name: 'Targets' })).toBeNull();
    expect(screen.queryByRole('group', { name: /Objective/ })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Audience' })).toBeTruthy();
  });

  it('can be shown read-only', () => {
    render(<PlanChecklist value={FULL} onChange={vi.fn()} disabled />);
    expect((screen.getByRole('textbox', { name: 'Audience' }) as HTMLTextAreaElement).disabled).toBe(true);
  });
});
