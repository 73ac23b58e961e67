// The reporting rule of a task being registered (限期报告): the source's default or one the
// issuer sets, and the due dates it gives, computed with the node's working-day calendar
// before anything is saved (the same rules as the node's DefaultSchedules/ReportingRule:
// a meeting decision reports one month after the meeting, a leader instruction as its
// urgency says, in working days after the day of issue).

import { h } from '../lib.js';
import { addWorkingDays, nthWorkingDay, plusDays, plusMonths, today } from '../dates.js';
import { t } from '../i18n.js';
import { button, el, field, input, select } from '../view.js';

export const SCHEDULE_TYPES = ['', 'QUARTERLY', 'MONTHLY', 'PERIOD_AFTER', 'MILESTONES'];

/** A fresh schedule model; empty type = the source's default. */
export function emptySchedule() {
	const year = Number(today().substring(0, 4));
	return {
		type: '', year: String(year), workingDays: '5', from: `${year}-04`, to: `${year}-12`, nth: '3',
		event: today(), period: 'P1M', milestones: [{ due: '', label: '' }]
	};
}

/** The body's schedule for a model: null for the default. */
export function scheduleRequest(model) {
	switch (model.type) {
		case 'QUARTERLY':
			return { type: 'QUARTERLY', year: Number(model.year), workingDays: Number(model.workingDays) };
		case 'MONTHLY':
			return { type: 'MONTHLY', from: model.from, to: model.to, nthWorkingDay: Number(model.nth) };
		case 'PERIOD_AFTER':
			return { type: 'PERIOD_AFTER', event: model.event, period: model.period };
		case 'MILESTONES':
			return { type: 'MILESTONES', milestones: model.milestones.filter((m) => m.due).map((m) => ({ due: m.due, label: m.label })) };
		default:
			return null;
	}
}

function months(from, to) {
	const list = [];
	let [year, month] = from.split('-').map(Number);
	const [endYear, endMonth] = to.split('-').map(Number);
	while ((year < endYear || (year === endYear && month <= endMonth)) && list.length < 61) {
		list.push([year, month]);
		month += 1;
		if (month > 12) {
			month = 1;
			year += 1;
		}
	}
	return list;
}

function quarterly(year, workingDays) {
	return Promise.all([1, 2, 3, 4].map(async (quarter) => {
		const end = new Date(Date.UTC(year, quarter * 3, 0)).toISOString().substring(0, 10);
		return { label: () => t('slot.quarter', year, quarter), due: await addWorkingDays(end, workingDays) };
	}));
}

function monthly(from, to, nth) {
	return Promise.all(months(from, to).map(async ([year, month]) =>
		({ label: () => t('slot.month', year, month), due: await nthWorkingDay(year, month, nth) })));
}

function periodAfter(event, period) {
	const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(period ?? '');
	if (!match || !event) {
		return [];
	}
	const [, y, m, w, d] = match.map((part) => Number(part ?? 0));
	return [{ label: () => t('slot.after', period), due: plusDays(plusMonths(event, y * 12 + m), w * 7 + d) }];
}

/**
 * The due slots a draft will have if issued today: [{label (a function, for the language),
 * due}]. The context holds the meeting's date and the working days of the instruction's
 * urgency.
 */
export async function previewSlots(source, deadline, model, context = {}) {
	const issued = today();
	const year = Number(issued.substring(0, 4));
	switch (model.type) {
		case 'QUARTERLY':
			return quarterly(Number(model.year), Number(model.workingDays));
		case 'MONTHLY':
			return monthly(model.from, model.to, Number(model.nth));
		case 'PERIOD_AFTER':
			return periodAfter(model.event, model.period);
		case 'MILESTONES':
			return model.milestones.filter((m) => m.due).sort((a, b) => a.due.localeCompare(b.due))
				.map((m) => ({ label: () => m.label || t('milestone'), due: m.due }));
		default:
			break;
	}
	switch (source) {
		case 'ANNUAL_KEY_WORK':
			return quarterly(year, 5);
		case 'LIVELIHOOD_PROJECT': {
			const month = Number(issued.substring(5, 7));
			if (month >= 12) {
				return monthly(`${year + 1}-04`, `${year + 1}-12`, 3);
			}
			const first = Math.max(4, month + 1);
			return monthly(`${year}-${String(first).padStart(2, '0')}`, `${year}-12`, 3);
		}
		case 'MEETING_DECISION':
			return context.meetingDate ? periodAfter(context.meetingDate, 'P1M') : [];
		case 'LEADER_INSTRUCTION': {
			const due = await addWorkingDays(issued, context.instructionDays ?? 15);
			return [{ label: () => t('slot.instruction'), due: deadline && deadline < due ? deadline : due }];
		}
		default:
			return deadline ? [{ label: () => t('slot.deadline'), due: deadline }] : [];
	}
}

/** The editor of the rule: its type, then the fields that type needs. */
export function scheduleEditor(model) {
	const types = SCHEDULE_TYPES.map((type) => ({ value: type, label: t(`scheduleType.${type || 'DEFAULT'}`) }));
	const parts = [field('scheduleTypeLabel', select('schedule-type', model, 'type', types))];
	if (model.type === 'QUARTERLY') {
		parts.push(field('scheduleYear', input('schedule-year', model, 'year', { type: 'number', min: 2000, max: 2100 })),
			field('scheduleWorkingDays', input('schedule-working-days', model, 'workingDays', { type: 'number', min: 1, max: 60 })));
	}
	else if (model.type === 'MONTHLY') {
		parts.push(field('scheduleFrom', input('schedule-from', model, 'from', { type: 'month', placeholder: 'yyyy-MM' })),
			field('scheduleTo', input('schedule-to', model, 'to', { type: 'month', placeholder: 'yyyy-MM' })),
			field('scheduleNth', input('schedule-nth', model, 'nth', { type: 'number', min: 1, max: 23 })));
	}
	else if (model.type === 'PERIOD_AFTER') {
		parts.push(field('scheduleEvent', input('schedule-event', model, 'event', { type: 'date' })),
			field('schedulePeriod', select('schedule-period', model, 'period', ['P7D', 'P15D', 'P1M', 'P2M', 'P3M', 'P6M']
				.map((p) => ({ value: p, label: t(`period.${p}`) })))));
	}
	else if (model.type === 'MILESTONES') {
		parts.push(el('div', { class: 'milestones' }, model.milestones.map((m, i) => el('div', { class: 'row' },
			input('milestone-due', m, 'due', { type: 'date', 'aria-label': t('milestoneDue') }),
			input('milestone-label', m, 'label', { placeholder: t('milestoneLabel'), 'aria-label': t('milestoneLabel') }),
			button('milestone-remove', 'remove', () => model.milestones.splice(i, 1), { disabled: model.milestones.length < 2 }))),
		button('milestone-add', 'addMilestone', () => model.milestones.push({ due: '', label: '' }))));
	}
	return el('fieldset', { class: 'schedule' }, h('legend', t('schedule')), parts);
}
