// What a date means in working days ("2个工作日后到期", "已逾期3个工作日"), asked of the
// node's public working-day calendar (/api/v1/calendar/…): holidays and make-up days
// come from the State Council's notices, never from a guess in the browser.

import { defineComponent, h, onMounted, ref, watch } from './lib.js';
import { api } from './api.js';
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

const added = new Map();

/** The n-th working day strictly after a date. */
export function addWorkingDays(from, days) {
	const key = `${from}+${days}`;
	if (!added.has(key)) {
		added.set(key, api('/api/v1/calendar/add-working-days', { query: { from, days } }).then((r) => r.date)
			.catch((error) => {
				added.delete(key);
				throw error;
			}));
	}
	return added.get(key);
}

/** The n-th working day on or after the 1st of a month. */
export function nthWorkingDay(year, month, n) {
	return api('/api/v1/calendar/nth-working-day', { query: { year, month, n } }).then((r) => r.date);
}

const MAX_STEPS = 12;

/**
 * How many working days lie in (from, to]; from before to. Starts from five in seven and
 * walks to the exact count with the calendar; null when the calendar does not settle it
 * in a few steps.
 */
export async function workingDaysBetween(from, to) {
	const span = epochDay(to) - epochDay(from);
	if (span <= 0) {
		return 0;
	}
	let n = Math.max(1, Math.round(span * 5 / 7));
	let steps = 0;
	if ((await addWorkingDays(from, n)) <= to) {
		while (steps++ < MAX_STEPS) {
			if ((await addWorkingDays(from, n + 1)) > to) {
				return n;
			}
			n += 1;
		}
		return null;
	}
	while (steps++ < MAX_STEPS) {
		n -= 1;
		if (n === 0 || (await addWorkingDays(from, n)) <= to) {
			return n;
		}
	}
	return null;
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
