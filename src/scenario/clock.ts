/**
 * Clock times and weekdays as a scenario writes them ("07:30", "mon") and as the rest of the
 * simulator reads them: minutes after midnight UTC and day numbers as Date.getUTCDay() counts
 * them. The schema (schema.ts) turns the text into these numbers while loading, so the model
 * and the metrics compare numbers and never parse text.
 */

/** Minutes after midnight UTC, 0–1440 (1440 only as the end of a band that runs to midnight, "24:00"). */
export type MinuteOfDay = number;

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay(). */
export type WeekdayIndex = number;

/** The weekday names a scenario uses, Monday first (the order of the schema's default lists). */
export const WEEKDAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

const WEEKDAY_INDEX: Readonly<Record<WeekdayName, WeekdayIndex>> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

export function weekdayIndex(name: WeekdayName): WeekdayIndex {
  return WEEKDAY_INDEX[name];
}

/** Minutes after midnight of a time the schema has already checked as "HH:MM" (hours up to 24). */
export function minuteOfDay(clock: string): MinuteOfDay {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}
