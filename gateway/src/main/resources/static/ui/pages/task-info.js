// The facts of a task's page: what it says (goal, source, the meeting's date, the leader's
// instruction, the documents), and its assignments with their responsible persons and
// their original deadline beside the one in force.

import { h } from '../lib.js';
import { label, t } from '../i18n.js';
import { DueDate } from '../dates.js';
import { nodeName, nodeParam, unitName } from '../session.js';
import { el, facts, instant, light, section, status, table } from '../view.js';
import { attachmentLinks } from './attachment-picker.js';

const FINISHED = new Set(['COMPLETED', 'RETURNED']);

export function assignmentHref(id, node) {
	const param = nodeParam(node);
	return `#/assignments/${encodeURIComponent(id)}${param ? `?node=${param}` : ''}`;
}

/** A responsible person in one line; "not named" when none is. */
export function personText(person) {
	if (!person) {
		return t('responsibleMissing');
	}
	return [person.name, person.post, person.phone].filter((part) => part).join(' · ');
}

function instructionText(i) {
	return el('div', { 'data-test': 'task-instruction-record' },
		el('div', `${label('urgency', i.urgency)} · ${i.leader ?? ''} ${i.date ?? ''}`),
		i.text ? el('p', { class: 'pre' }, i.text) : null,
		i.proposal ? el('p', { class: 'muted' }, `${t('instructionProposal')}：${i.proposal}`) : null);
}

export function taskFacts(task, node, closed) {
	return section('taskInfo', facts([
		['goal', task.goal ? el('span', { 'data-test': 'task-goal' }, task.goal) : null],
		['sourceLabel', label('source', task.source)], ['typeLabel', label('type', task.type)],
		task.meetingDate ? ['meetingDate', el('span', { 'data-test': 'task-meeting-date' }, task.meetingDate)] : null,
		task.instruction ? ['instruction', instructionText(task.instruction)] : null,
		['basis', task.basis], ['issuer', `${nodeName(task.issuingNode)} · ${unitName(task.issuingUnit)}`],
		['deadline', h(DueDate, { date: task.deadline, done: closed })],
		['schedule', task.schedule ?? t('defaultSchedule')],
		['published', task.published ? t('yes') : t('no')],
		['registeredBy', task.registeredBy], ['issuedAt', task.issuedAt ? `${instant(task.issuedAt)} · ${task.issuedBy ?? ''}` : null],
		['revision', String(task.revision)],
		task.attachments.length ? ['taskAttachments', attachmentLinks('task-attachment-link', task.attachments, node)] : null
	]), task.content ? el('p', { class: 'pre' }, task.content) : null);
}

export function plannedAssignees(task) {
	return task.assignees.length ? section('plannedAssignees', el('ul', task.assignees.map((a) =>
		el('li', `${unitName(a.unitCode)} (${a.unitCode}) · ${label('role', a.role)}`
			+ (a.responsible ? ` · ${t('responsible')}：${personText(a.responsible)}` : ''))))) : null;
}

export function assignmentsTable(task, node, closed) {
	return task.assignments.length ? section('assignments', table(
		['unit', 'assignmentRole', 'assignmentStatus', 'responsible', 'lightLabel', 'progress', 'originalDeadline',
			'currentDeadline', 'signed', 'lastReport'],
		task.assignments.map((a) => ({
			props: { 'data-test': 'assignment-row', 'data-assignment-id': a.id, 'data-unit': a.unitCode },
			cells: [el('a', { href: assignmentHref(a.id, node), 'data-test': 'assignment-link' }, unitName(a.unitCode)),
				label('role', a.role), status('assignment-row-status', 'astatus', a.status),
				el('span', { 'data-test': 'assignment-responsible' }, personText(a.responsible)),
				light(a.light, a.lightReason), `${a.percentComplete}%`,
				el('span', { 'data-test': 'assignment-original-deadline' }, a.originalDeadline ?? '—'),
				el('span', { 'data-test': 'assignment-due-date' }, h(DueDate, { date: a.dueDate, done: closed || FINISHED.has(a.status) })),
				a.signedAt ? instant(a.signedAt) : '—', a.lastReportedAt ? instant(a.lastReportedAt) : '—']
		})))) : null;
}
