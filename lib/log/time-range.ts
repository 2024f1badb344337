/**
 * Times a record may carry, in ms since the Unix epoch: from 1970 to the start of 2200. `Date` holds
 * far more (±8.64e15), but a post logged outside this range is a damaged or hostile value, and one such
 * value must not break a view or an export of the whole log.
 */
export const MIN_TIME = 0;
export const MAX_TIME = Date.UTC(2200, 0, 1);
/** The calendar years of that range, for dates stored as YYYY-MM-DD. */
export const MIN_YEAR = 1970;
export const MAX_YEAR = 2199;

/** True when `time` is a whole number of ms in the range above. */
export function inTimeRange(time: number): boolean {
  return Number.isSafeInteger(time) && time >= MIN_TIME && time < MAX_TIME;
}

/** The time in ISO 8601 (UTC), or '' when it is out of range: never throws, whatever was stored. */
export function isoTime(time: number): string {
  return inTimeRange(time) ? new Date(time).toISOString() : '';
}
