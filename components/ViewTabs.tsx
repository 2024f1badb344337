import { useRef } from 'preact/hooks';

export interface ViewTab<V extends string> {
  id: V;
  label: string;
}

export interface ViewTabsProps<V extends string> {
  tabs: ViewTab<V>[];
  current: V;
  onSelect: (view: V) => void;
  label: string;
}

/** The panel's views as an ARIA tab list: arrow keys move between tabs, Home and End jump. */
export function ViewTabs<V extends string>({ tabs, current, onSelect, label }: ViewTabsProps<V>) {
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const move = (index: number) => {
    const next = (index + tabs.length) % tabs.length;
    onSelect(tabs[next]!.id);
    refs.current[next]?.focus();
  };
  return (
    <div class="view-tabs" role="tablist" aria-label={label}>
      {tabs.map((tab, i) => (
        <button
          key={tab.id}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${tab.id}`}
          aria-selected={tab.id === current}
          aria-controls={`view-${tab.id}`}
          tabIndex={tab.id === current ? 0 : -1}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(e) => {
            // In a right-to-left layout the next tab is to the left.
            const step = getComputedStyle(e.currentTarget).direction === 'rtl' ? -1 : 1;
            if (e.key === 'ArrowRight') move(i + step);
            else if (e.key === 'ArrowLeft') move(i - step);
            else if (e.key === 'Home') move(0);
            else if (e.key === 'End') move(tabs.length - 1);
            else return;
            e.preventDefault();
          }}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
