// What a date means in working days ("2个工作日后到期", "已逾期3个工作日"), counted with the
// node's working-day calendar: each year's notice (/api/v1/calendar/notices/{year}: the
// State Council's holidays and make-up days) is read once, never guessed in the browser,
// so a page of fifty dates makes one or two calls, not hundreds.

import { defineComponent, h, onMounted, ref, watch } from './lib.js';
import { api, ApiError } from './api.js';
import { t } from './i18n.js';

const DAY = 86_400_000;

/** Today in Beijing, yyyy-MM-dd. */
export function today() {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

function epochDay(iso) {
	return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

/** A calendar date plus days. */
export function plusDays(iso, days) {
	return new Date((epochDay(iso) + days) * DAY).toISOString().substring(0, 10);
}

/** A calendar date plus months, the day kept or clamped to the month's end (as Java does). */
export function plusMonths(iso, months) {
	const [year, month, day] = iso.split('-').map(Number);
	const index = year * 12 + (month - 1) + months;
	const y = Math.floor(index / 12);
	const m = index % 12;
	const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
	return new Date(Date.UTC(y, m, Math.min(day, last))).toISOString().substring(0, 10);
}

/**
 * The year's notice as {date: offDay} (holidays true, make-up working days false), asked
 * once per year and page load; an empty map where no notice covers the year (404), as the
 * node's weekdays-only rule.
 */
const notices = new Map();

function notice(year) {
	if (!notices.has(year)) {
		notices.set(year, api(`/api/v1/calendar/notices/${year}`)
			.then((n) => new Map(n.days.map((day) => [day.date, day.offDay])))
			.catch((error) => {
				if (error instanceof ApiError && error.status === 404) {
					return new Map();
				}
				notices.delete(year);
				throw error;
			}));
	}
	return notices.get(year);
}

/** Whether people work on a date: as its year's notice lists it, else Monday to Friday. */
async function isWorkingDay(iso) {
	const listed = (await notice(Number(iso.substring(0, 4)))).get(iso);
	if (listed !== undefined) {
		return !listed;
	}
	const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
	return weekday !== 0 && weekday !== 6;
}

/** The node's bound on working-day arithmetic (CalendarData.MAX_WORKING_DAYS). */
const MAX_WORKING_DAYS = 3660;

/** The n-th working day strictly after a date (the node's add-working-days). */
export async function addWorkingDays(from, days) {
	let date = from;
	for (let counted = 0; counted < Math.min(days, MAX_WORKING_DAYS);) {
		date = plusDays(date, 1);
		if (await isWorkingDay(date)) {
			counted += 1;
		}
	}
	return date;
}

/** The n-th working day on or after the 1st of a month (the node's nth-working-day). */
export async function nthWorkingDay(year, month, n) {
	const first = `${year}-${String(month).padStart(2, '0')}-01`;
	if (await isWorkingDay(first)) {
		return (n === 1) ? first : addWorkingDays(first, n - 1);
	}
	return addWorkingDays(first, n);
}

/** How many working days lie in (from, to]; 0 when to is not after from. */
export async function workingDaysBetween(from, to) {
	let count = 0;
	for (let date = plusDays(from, 1); date <= to; date = plusDays(date, 1)) {
		if (await isWorkingDay(date)) {
			count += 1;
		}
	}
	return count;
}

/** {kind: today | due | overdue, days} for a due date, days in working days (or null). */
export async function dueMeaning(due) {
	const now = today();
	if (due === now) {
		return { kind: 'today', days: 0 };
	}
	if (due > now) {
		return { kind: 'due', days: await workingDaysBetween(now, due), calendarDays: epochDay(due) - epochDay(now) };
	}
	return { kind: 'overdue', days: await workingDaysBetween(due, now), calendarDays: epochDay(now) - epochDay(due) };
}

/** The words for a meaning, in the chosen language. */
export function meaningText(meaning) {
	if (!meaning) {
		return '';
	}
	if (meaning.kind === 'today') {
		return t('due.today');
	}
	if (meaning.days === null) {
		return t(meaning.kind === 'due' ? 'due.inCalendarDays' : 'due.overdueCalendarDays', meaning.calendarDays);
	}
	if (meaning.kind === 'due') {
		return meaning.days === 0 ? t('due.beforeNextWorkingDay') : t('due.inWorkingDays', meaning.days);
	}
	return meaning.days === 0 ? t('due.overdueLessThanADay') : t('due.overdueWorkingDays', meaning.days);
}

/**
 * A date with its working-day meaning after it: <DueDate date="2026-05-08"/>. With
 * done set, the date alone (a finished item is not due).
 */
export const DueDate = defineComponent({
	props: { date: String, done: Boolean },
	setup(props) {
		const meaning = ref(null);
		const load = async () => {
			meaning.value = null;
			if (props.date && !props.done) {
				try {
					meaning.value = await dueMeaning(props.date);
				}
				catch (error) {
					meaning.value = null;
				}
			}
		};
		onMounted(load);
		watch(() => [props.date, props.done], load);
		return () => h('span', { class: 'due' }, [
			h('time', { datetime: props.date ?? '' }, props.date ?? '—'),
			meaning.value ? h('span', {
				class: `due-meaning due-${meaning.value.kind}`, 'data-test': 'due-meaning',
				'data-due-kind': meaning.value.kind, 'data-working-days': meaning.value.days ?? ''
			}, meaningText(meaning.value)) : null
		]);
	}
});
