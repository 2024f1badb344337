export interface PlatformSwitchesProps {
  legend: string;
  /** Every site with its label, in the panel's order. */
  platforms: ReadonlyArray<{ id: string; label: string }>;
  /** Sites switched off. */
  off: readonly string[];
  onSwitch(platform: string, on: boolean): void;
  /** Id of the text that explains the switches. */
  describedBy?: string;
}

/** One checkbox per site, ticked where something is on: used for Rostrum itself and for its badge. */
export function PlatformSwitches({ legend, platforms, off, onSwitch, describedBy }: PlatformSwitchesProps) {
  return (
    <fieldset aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {platforms.map((p) => (
        <label key={p.id} class="choice">
          <input
            type="checkbox"
            checked={!off.includes(p.id)}
            onChange={(e) => onSwitch(p.id, e.currentTarget.checked)}
          />
          {p.label}
        </label>
      ))}
    </fieldset>
  );
}
