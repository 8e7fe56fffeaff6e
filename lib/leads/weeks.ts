/**
 * ISO 8601 weeks: Monday to Sunday, numbered within the "week-numbering year" that owns the
 * week's Thursday (so 29 Dec 2025 is in 2026-W01 and 1 Jan 2021 in 2020-W53).
 *
 * Which zone a week is counted in: **the viewer's**, i.e. the time zone of the browser showing the
 * page (`localZone`). A lead reading "the week of 3 Nov" means their own Monday-to-Sunday; an item
 * logged at 23:30 Sunday in Moscow is counted in that Sunday's week by a lead in Moscow and in the
 * next one by a lead in Vladivostok. Items keep their exact instant, so nothing is lost either way,
 * and every function here takes the zone as a parameter so tests pin it explicitly.
 *
 * Weeks are keyed by the epoch day number (days since 1970-01-01 in the zone) of their Monday: a
 * plain integer, cheap to compute per item and to use as a Map key; the ISO year and number are
 * derived once per week for labels.
 */
export const DAY_MS = 86_400_000;

export interface Zone {
  id: string;
  /** Minutes to add to UTC to get the zone's wall clock at instant `ms` (Moscow: +180). */
  offsetMinutes(ms: number): number;
}

/** The viewer's zone, as the browser knows it (DST included). */
export const localZone: Zone = {
  id: 'local',
  offsetMinutes: (ms) => -new Date(ms).getTimezoneOffset(),
};

export const utcZone: Zone = fixedZone(0);

export function fixedZone(minutes: number): Zone {
  return { id: `UTC${minutes >= 0 ? '+' : '-'}${Math.abs(minutes)}m`, offsetMinutes: () => minutes };
}

/** A named IANA zone, e.g. `Asia/Vladivostok` — for tests and for a lead who wants another zone. */
export function ianaZone(timeZone: string): Zone {
  const dtf = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return {
    id: timeZone,
    offsetMinutes(ms) {
      const parts: Record<string, number> = {};
      for (const p of dtf.formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
      const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
      return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
    },
  };
}

/** Days since 1970-01-01 on the zone's calendar. */
export function dayOf(ms: number, zone: Zone): number {
  return Math.floor((ms + zone.offsetMinutes(ms) * 60_000) / DAY_MS);
}

/** The Monday (as an epoch day) of the ISO week holding `day`. 1970-01-01 was a Thursday. */
export function mondayOf(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

export function weekOf(ms: number, zone: Zone): number {
  return mondayOf(dayOf(ms, zone));
}

export interface IsoWeek {
  year: number;
  week: number;
  /** Epoch day of the Monday. */
  monday: number;
}

export function isoWeek(monday: number): IsoWeek {
  const thursday = new Date((monday + 3) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1) / DAY_MS;
  return { year, week: Math.floor((monday + 3 - jan1) / 7) + 1, monday };
}

/** `2025-W45` — also what the CSV `week` column holds. */
export function weekLabel(monday: number): string {
  const w = isoWeek(monday);
  return `${w.year}-W${String(w.week).padStart(2, '0')}`;
}

/** The Monday of ISO week `week` of `year`. */
export function mondayOfIsoWeek(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4) / DAY_MS;
  return mondayOf(jan4) + (week - 1) * 7;
}

export function weeksBetween(firstMonday: number, lastMonday: number): number[] {
  const out: number[] = [];
  for (let m = firstMonday; m <= lastMonday; m += 7) out.push(m);
  return out;
}

/** Calendar parts of an epoch day. */
export function ymd(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `2025-11-03` — the value of `<input type="date">`. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The epoch day of a `YYYY-MM-DD` string, or undefined if it is not a real date. */
export function parseIsoDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return ms / DAY_MS;
}

/**
 * The instant a wall-clock time in `zone` denotes. Around a DST change a wall time can be missing
 * or doubled; the second pass settles on the offset in force at the result, which is what a
 * spreadsheet user typing that time would mean in all but the doubled hour.
 */
export function instantOf(wallMs: number, zone: Zone): number {
  const first = wallMs - zone.offsetMinutes(wallMs) * 60_000;
  return wallMs - zone.offsetMinutes(first) * 60_000;
}

/** `YYYY-MM-DD HH:MM:SS` in `zone`: the date-time form Excel and Sheets read as a date in any locale. */
export function spreadsheetDateTime(ms: number, zone: Zone): string {
  const d = new Date(ms + zone.offsetMinutes(ms) * 60_000);
  const iso = d.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/**
 * The two date columns of a big export, without a Date object per item: the calendar part is cached
 * per day, the clock part is arithmetic. Same output as `spreadsheetDateTime` and `toISOString`.
 */
export function dateTimeWriter(zone: Zone): { local(ms: number): string; utc(ms: number): string } {
  const days = new Map<number, string>();
  const dayText = (day: number) => {
    let s = days.get(day);
    if (s === undefined) days.set(day, (s = isoDate(day)));
    return s;
  };
  const clock = (inDay: number) => {
    const s = Math.floor(inDay / 1000);
    return `${pad2(Math.floor(s / 3600))}:${pad2(Math.floor(s / 60) % 60)}:${pad2(s % 60)}`;
  };
  return {
    local(ms) {
      const wall = ms + zone.offsetMinutes(ms) * 60_000;
      const day = Math.floor(wall / DAY_MS);
      return `${dayText(day)} ${clock(wall - day * DAY_MS)}`;
    },
    utc(ms) {
      const day = Math.floor(ms / DAY_MS);
      const inDay = ms - day * DAY_MS;
      return `${dayText(day)}T${clock(inDay)}.${pad3(inDay % 1000)}Z`;
    },
  };
}
