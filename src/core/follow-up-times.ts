/**
 * When a follow-up actually goes out, in China time: the machine's declared time made
 * absolute with the holiday calendar, then kept inside quiet hours (09:00–21:00) and to one a
 * day per chat. Pure functions of instants (epoch ms) and China dates (YYYY-MM-DD).
 */
import { addWorkingDays } from '../calendar/working-days';
import { chinaDateAt, type FollowUpWhen } from '../../machines';

const HOUR_MS = 60 * 60 * 1000;
const CHINA_OFFSET_MS = 8 * HOUR_MS;
/** Follow-ups go out only from 09:00 to before 21:00 China time. */
export const QUIET_HOURS_END = 9;
export const QUIET_HOURS_START = 21;
/** The hour a follow-up moved to another day is sent at (the machine's morning hour). */
const MOVED_HOUR = 10;

/** The instant of `hour`:00 China time on China date `date`. */
export function chinaTime(date: string, hour: number): number {
  return Date.parse(`${date}T00:00:00Z`) - CHINA_OFFSET_MS + hour * HOUR_MS;
}

const chinaHour = (at: number) => new Date(at + CHINA_OFFSET_MS).getUTCHours();
const nextDate = (date: string) => chinaDateAt(chinaTime(date, 12) + 24 * HOUR_MS);

/** The machine's time as an instant: a date, or the n-th China working day after one. */
export function resolveWhen(when: FollowUpWhen): number {
  const date = 'date' in when ? when.date : addWorkingDays(when.workdaysAfter, when.add).date;
  return chinaTime(date, when.hour);
}

/** `at` if it is inside sending hours, else the next 09:00. */
export function outsideQuietHours(at: number): number {
  const hour = chinaHour(at);
  if (hour < QUIET_HOURS_END) return chinaTime(chinaDateAt(at), QUIET_HOURS_END);
  if (hour >= QUIET_HOURS_START) return chinaTime(nextDate(chinaDateAt(at)), QUIET_HOURS_END);
  return at;
}

/** `at`, or 10:00 on the first later day that is not taken: one follow-up per chat per day. */
export function onFreeDay(at: number, takenDays: ReadonlySet<string>): number {
  let date = chinaDateAt(at);
  if (!takenDays.has(date)) return at;
  while (takenDays.has(date)) date = nextDate(date);
  return chinaTime(date, MOVED_HOUR);
}

/**
 * When a newly declared follow-up goes out, given the days this chat's others take. A time
 * already past (asked again after it came) becomes the next morning.
 */
export function scheduleTime(when: FollowUpWhen, takenDays: ReadonlySet<string>, now: number): number {
  const at = resolveWhen(when);
  const from = at > now ? at : chinaTime(nextDate(chinaDateAt(now)), MOVED_HOUR);
  return onFreeDay(outsideQuietHours(from), takenDays);
}

/**
 * When a due follow-up may go out, seen at `now`: now, or later if now is in quiet hours or
 * the chat already had one today (`lastSentOn`).
 */
export function deliveryTime(now: number, lastSentOn: string | undefined): number {
  const allowed = outsideQuietHours(now);
  return lastSentOn && chinaDateAt(allowed) === lastSentOn ? chinaTime(nextDate(lastSentOn), MOVED_HOUR) : allowed;
}
