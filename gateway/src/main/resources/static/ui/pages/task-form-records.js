// What the task form states beyond title and content (the seed's 目标任务、责任人及完成时限):
// the goal; a meeting decision's meeting date; a leader instruction's record and
// urgency, which sets its deadline when none is given; the responsible persons of this
// node's departments; the task's documents.

import { h } from '../lib.js';
import { api } from '../api.js';
import { label, t } from '../i18n.js';
import { ownNode } from '../session.js';
import { el, field, input, select, textarea } from '../view.js';
import { attachmentPicker, pickedAttachments, pickerModel } from './attachment-picker.js';

export const URGENCIES = ['URGENT', 'NORMAL', 'DIFFICULT'];

export function recordsModel() {
	return { goal: '', meetingDate: '', instruction: { leader: '', date: '', text: '', proposal: '', urgency: 'NORMAL' },
		responsible: {}, files: pickerModel(), urgencyDays: { URGENT: 5, NORMAL: 15, DIFFICULT: 30 } };
}

/** The node's working days by urgency (configuration), into the model. */
export async function loadUrgencies(model) {
	const list = await api('/api/v1/tasks/urgencies');
	model.urgencyDays = Object.fromEntries(list.map((u) => [u.urgency, u.workingDays]));
}

/** A draft's records into the model, to edit it. */
export function recordsFrom(task, model) {
	const i = task.instruction ?? {};
	Object.assign(model, { goal: task.goal ?? '', meetingDate: task.meetingDate ?? '', files: pickerModel(task.attachments ?? []),
		instruction: { leader: i.leader ?? '', date: i.date ?? '', text: i.text ?? '', proposal: i.proposal ?? '', urgency: i.urgency ?? 'NORMAL' } });
	for (const a of task.assignees) {
		if (a.responsible) {
			model.responsible[a.unitCode] = { name: a.responsible.name ?? '', post: a.responsible.post ?? '', phone: a.responsible.phone ?? '' };
		}
	}
}

/** Whether a unit is a department of this node: the issuer names its responsible person. */
export function isOwnDepartment(code) {
	return code.startsWith(`${ownNode()}:`);
}

function person(model, code) {
	const p = model.responsible[code];
	return p && p.name.trim() ? { name: p.name.trim(), post: p.post || null, phone: p.phone || null } : null;
}

/** The body's part from the records, for a source and the chosen units. */
export function recordsBody(model, source) {
	const i = model.instruction;
	return {
		goal: model.goal || null,
		meetingDate: source === 'MEETING_DECISION' ? (model.meetingDate || null) : null,
		instruction: source === 'LEADER_INSTRUCTION' ? { leader: i.leader || null, date: i.date || null, text: i.text || null,
			proposal: i.proposal || null, urgency: i.urgency } : null,
		attachments: pickedAttachments(model.files),
		responsibleOf: (code) => (isOwnDepartment(code) ? person(model, code) : null)
	};
}

/** What a source asks: the meeting's date, or the instruction's record and urgency. */
export function sourceFields(model, source) {
	if (source === 'MEETING_DECISION') {
		return field('meetingDate', input('task-meeting-date', model, 'meetingDate', { type: 'date', required: true }), t('meetingDateHint'));
	}
	if (source !== 'LEADER_INSTRUCTION') {
		return null;
	}
	const i = model.instruction;
	return el('fieldset', { class: 'instruction', 'data-test': 'task-instruction' }, h('legend', t('instruction')),
		el('div', { class: 'row' },
			field('instructionLeader', input('instruction-leader', i, 'leader', { maxlength: 128 })),
			field('instructionDate', input('instruction-date', i, 'date', { type: 'date' })),
			field('urgencyLabel', select('instruction-urgency', i, 'urgency', URGENCIES.map((u) =>
				({ value: u, label: `${label('urgency', u)}（${t('urgencyDays', model.urgencyDays[u])}）` }))))),
		field('instructionText', textarea('instruction-text', i, 'text', { rows: 2 })),
		field('instructionProposal', textarea('instruction-proposal', i, 'proposal', { rows: 2 })));
}

/** One row per chosen department of this node: its responsible person. */
export function responsibleFields(model, units) {
	const own = units.filter((u) => isOwnDepartment(u.value));
	if (!own.length) {
		return null;
	}
	return el('fieldset', { class: 'responsible', 'data-test': 'task-responsible' }, h('legend', t('responsible')),
		el('p', { class: 'muted' }, t('responsibleHint')),
		own.map((u) => {
			const p = model.responsible[u.value] ?? (model.responsible[u.value] = { name: '', post: '', phone: '' });
			return el('div', { class: 'row', 'data-test': 'responsible-row', 'data-unit': u.value },
				field('responsibleName', input('responsible-name', p, 'name', { maxlength: 64, 'aria-label': t('responsibleOf', u.label) }), u.label),
				field('responsiblePost', input('responsible-post', p, 'post', { maxlength: 64 })),
				field('responsiblePhone', input('responsible-phone', p, 'phone', { maxlength: 32 })));
		}));
}

/** The goal, the documents: what every task may state. */
export function goalField(model) {
	return field('goal', textarea('task-goal', model, 'goal', { rows: 2, placeholder: t('goalHint') }));
}

export function documentsField(model) {
	return attachmentPicker('task-attachments', model.files, 'taskAttachments');
}
