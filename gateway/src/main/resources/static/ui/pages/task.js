// A task's page: its content and status; the actions its status and the caller's roles
// allow (send for approval, approve or reject, withdraw, suspend, resume, revise);
// its assignments with their lights; the reports; the timeline across nodes.

import { defineComponent, h, onMounted, reactive, ref } from '../lib.js';
import { api, attempt, flash, href, navigate } from '../api.js';
import { label, t } from '../i18n.js';
import { DueDate } from '../dates.js';
import { hasRole, nodeName, nodeParam, ownNode, unitName } from '../session.js';
import { button, el, facts, field, input, instant, light, pageTitle, section, status, table, textarea } from '../view.js';
import { taskHref } from './tasks.js';

const REPORT_FIELDS = ['dissemination', 'measures', 'effects', 'practices', 'difficulties', 'suggestions'];
const FINISHED = new Set(['COMPLETED', 'RETURNED']);

export function assignmentHref(id, node) {
	const param = nodeParam(node);
	return `#/assignments/${encodeURIComponent(id)}${param ? `?node=${param}` : ''}`;
}

/**
 * A report as read: the issuer's return and what it resubmits or sums up, progress first,
 * the other parts below, attachments to download.
 */
export function reportView(report, node) {
	return el('article', { class: 'report', 'data-test': 'report-row', 'data-report-id': report.id },
		el('header', el('strong', `${report.content.percentComplete}%`), ' ',
			el('span', { class: 'muted' }, `${unitName(report.unitCode)} · ${report.reportedBy ?? ''} · ${instant(report.reportedAt)}`)),
		report.returned ? el('p', { class: 'reason', 'data-test': 'report-returned' }, t('reportReturnedBecause',
			report.returned.reason ?? '', report.returned.returnedBy ?? '', instant(report.returned.returnedAt))) : null,
		report.answers ? el('p', { class: 'muted', 'data-test': 'report-resubmission' }, t('resubmission')) : null,
		report.contributions && report.contributions.length ? el('p', { class: 'muted', 'data-test': 'report-summarised' },
			t('summarised', report.contributions.length)) : null,
		el('p', { class: 'pre' }, report.content.progress),
		REPORT_FIELDS.filter((name) => report.content[name]).map((name) =>
			el('div', el('h4', t(`report.${name}`)), el('p', { class: 'pre' }, report.content[name]))),
		report.attachments.length ? el('ul', { class: 'attachments' }, report.attachments.map((a) =>
			el('li', el('a', { href: href(`/api/v1/attachments/${a.sha256}`, { node }), download: a.name,
				'data-test': 'report-attachment-link' }, a.name),
				el('span', { class: 'muted' }, ` ${Math.ceil(a.size / 1024)} KB`)))) : null);
}

export function timelineView(entries) {
	return el('ol', { class: 'timeline', 'data-test': 'timeline' }, entries.map((e) =>
		el('li', { 'data-test': 'timeline-entry', 'data-action': e.action },
			el('time', instant(e.occurredAt)), ' ',
			el('strong', label('action', e.action)), ' ',
			e.fromStatus || e.toStatus ? el('span', { class: 'muted' },
				`${label('anystatus', e.fromStatus)} → ${label('anystatus', e.toStatus)} `) : null,
			el('span', { class: 'muted' }, `${nodeName(e.node)} · ${e.actor ?? ''}`),
			e.reason ? el('div', { class: 'reason' }, `${t('reason')}：${e.reason}`) : null,
			e.detail ? el('div', { class: 'muted' }, e.detail) : null)));
}

export const TaskPage = defineComponent({
	props: { params: Object, query: Object },
	setup(props) {
		const id = props.params.id;
		const node = nodeParam(props.query.node);
		const path = `/api/v1/tasks/${encodeURIComponent(id)}`;
		const task = ref(null);
		const reports = ref([]);
		const timeline = ref(null);
		const revisions = ref(null);
		const form = reactive({ reason: '', deadline: '', title: '' });

		const load = async () => {
			task.value = await attempt(() => api(path, { node }));
			if (!task.value) {
				return;
			}
			reports.value = (await attempt(() => api(`${path}/reports`, { node }))) ?? [];
			timeline.value = await attempt(() => api(`${path}/timeline`, { node, query: { size: 200 } }));
			revisions.value = await attempt(() => api(`${path}/revisions`, { node, query: { size: 50 } }));
		};
		onMounted(load);

		const act = async (action, successKey, body, needsReason) => {
			if (needsReason && !form.reason.trim()) {
				flash(t('reasonRequired'), 'error');
				return;
			}
			const answer = await attempt(() => api(`${path}/${action}`, { method: 'POST', body, node }), successKey);
			if (answer) {
				form.reason = '';
				await load();
				flash(t(successKey), 'success');
			}
		};
		const remove = async () => {
			if (window.confirm(t('confirmDelete'))) {
				const done = await attempt(async () => {
					await api(path, { method: 'DELETE', node });
					return true;
				});
				if (done) {
					navigate('#/tasks', t('deleted'));
				}
			}
		};
		const revise = () => act('revise', 'revised',
			{ title: form.title || null, deadline: form.deadline || null, reason: form.reason }, true);

		const actions = (task) => {
			const here = task.issuingNode === ownNode() && !node;
			const buttons = [];
			if (!here) {
				return null;
			}
			const boss = hasRole('supervisor', 'leader');
			if (task.status === 'DRAFT' && boss) {
				buttons.push(el('a', { class: 'button', href: `#/tasks/${encodeURIComponent(id)}/edit`, 'data-test': 'task-edit' }, t('edit')),
					button('task-submit', 'submitForApproval', () => act('submit', 'submitted'), { class: 'primary' }),
					button('task-delete', 'delete', remove, { class: 'danger' }));
			}
			if (task.status === 'PENDING_APPROVAL' && hasRole('leader')) {
				buttons.push(button('task-approve', 'approve', () => act('approve', 'approved'), { class: 'primary' }),
					button('task-reject', 'reject', () => act('reject', 'rejected', { reason: form.reason }, true), { class: 'danger' }));
			}
			const open = task.status === 'ISSUED' || task.status === 'IN_PROGRESS';
			if (open && boss) {
				buttons.push(button('task-withdraw', 'withdraw', () => act('withdraw', 'withdrawn', { reason: form.reason }, true), { class: 'danger' }),
					button('task-suspend', 'suspend', () => act('suspend', 'suspended', { reason: form.reason }, true)));
			}
			if (task.status === 'SUSPENDED' && boss) {
				buttons.push(button('task-resume', 'resume', () => act('resume', 'resumed', { reason: form.reason || null })));
			}
			if (!buttons.length) {
				return null;
			}
			const reasoned = task.status !== 'DRAFT';
			return section('actions',
				reasoned ? field('reason', textarea('task-reason', form, 'reason', { rows: 2, placeholder: t('reasonHint') })) : null,
				el('div', { class: 'actions' }, buttons),
				open && hasRole('supervisor') ? el('details', { class: 'revise' }, el('summary', t('revise')),
					field('taskTitle', input('revise-title', form, 'title', { placeholder: task.title })),
					field('deadline', input('revise-deadline', form, 'deadline', { type: 'date' })),
					button('task-revise', 'revise', revise)) : null);
		};

		return () => {
			const current = task.value;
			if (!current) {
				return el('div', pageTitle(t('task')), el('p', { class: 'muted' }, t('loading')));
			}
			const closed = ['CLOSED', 'WITHDRAWN', 'SUSPENDED'].includes(current.status);
			return el('div',
				pageTitle(current.title),
				el('p', { class: 'subtitle' }, status('task-status', 'status', current.status), ' ',
					el('span', { 'data-test': 'task-number' }, current.number ?? t('unnumbered')), ' ',
					light(current.light), node ? el('span', { class: 'muted' }, ` · ${t('readFrom', nodeName(node))}`) : null),
				current.statusReason ? el('p', { class: 'reason' }, `${label('status', current.status)}：${current.statusReason}`,
					el('span', { class: 'muted' }, ` · ${current.statusBy ?? ''} ${instant(current.statusAt)}`)) : null,
				actions(current),
				section('taskInfo', facts([
					['sourceLabel', label('source', current.source)], ['typeLabel', label('type', current.type)],
					['basis', current.basis], ['issuer', `${nodeName(current.issuingNode)} · ${unitName(current.issuingUnit)}`],
					['deadline', h(DueDate, { date: current.deadline, done: closed })],
					['schedule', current.schedule ?? t('defaultSchedule')],
					['published', current.published ? t('yes') : t('no')],
					['registeredBy', current.registeredBy], ['issuedAt', current.issuedAt ? `${instant(current.issuedAt)} · ${current.issuedBy ?? ''}` : null],
					['revision', String(current.revision)]
				]), current.content ? el('p', { class: 'pre' }, current.content) : null),
				current.assignees.length ? section('plannedAssignees', el('ul', current.assignees.map((a) =>
					el('li', `${unitName(a.unitCode)} (${a.unitCode}) · ${label('role', a.role)}`)))) : null,
				current.assignments.length ? section('assignments', table(
					['unit', 'assignmentRole', 'assignmentStatus', 'lightLabel', 'progress', 'dueDate', 'signed', 'lastReport'],
					current.assignments.map((a) => ({
						props: { 'data-test': 'assignment-row', 'data-assignment-id': a.id, 'data-unit': a.unitCode },
						cells: [el('a', { href: assignmentHref(a.id, node), 'data-test': 'assignment-link' }, unitName(a.unitCode)),
							label('role', a.role), status('assignment-row-status', 'astatus', a.status), light(a.light, a.lightReason),
							`${a.percentComplete}%`, h(DueDate, { date: a.extendedDeadline ?? current.deadline, done: closed || FINISHED.has(a.status) }),
							a.signedAt ? instant(a.signedAt) : '—', a.lastReportedAt ? instant(a.lastReportedAt) : '—']
					})))) : null,
				section('reports', reports.value.length ? reports.value.map((r) => reportView(r, node))
					: el('p', { class: 'muted' }, t('noReports'))),
				revisions.value && revisions.value.items.length ? section('revisions', table(['revision', 'when', 'who', 'reason', 'changes'],
					revisions.value.items.map((r) => ({ props: { 'data-test': 'revision-row' },
						cells: [String(r.revision), instant(r.revisedAt), r.revisedBy, r.reason,
							(r.changes ?? []).map((c) => `${c.field ?? ''}: ${c.from ?? '—'} → ${c.to ?? '—'}`).join('；')] })))) : null,
				section('timelineTitle', timeline.value ? timelineView(timeline.value.items) : el('p', { class: 'muted' }, t('loading'))),
				el('p', el('a', { href: '#/tasks' }, t('backToList')), ' · ', el('a', { href: taskHref(id, props.query.node) }, t('reload'))));
		};
	}
});
