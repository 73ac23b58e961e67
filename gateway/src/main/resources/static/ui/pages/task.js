// A task's page: its content, records and status; the actions its status and the
// caller's roles allow (task-actions.js), a suspension or withdrawal awaiting a leader's
// decision; its assignments with their lights, responsible persons and deadlines; the
// reports; the timeline across nodes.

import { defineComponent, onMounted, reactive, ref } from '../lib.js';
import { api, attempt, flash, href, navigate } from '../api.js';
import { label, t } from '../i18n.js';
import { nodeName, nodeParam, unitName } from '../session.js';
import { el, instant, light, pageTitle, section, status, table } from '../view.js';
import { taskHref } from './tasks.js';
import { actionsSection, pendingControl } from './task-actions.js';
import { assignmentHref, assignmentsTable, plannedAssignees, taskFacts } from './task-info.js';

export { assignmentHref };

const REPORT_FIELDS = ['dissemination', 'measures', 'effects', 'practices', 'difficulties', 'suggestions'];

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
		const form = reactive({ reason: '', deadline: '', title: '', goal: '' });

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
			{ title: form.title || null, goal: form.goal || null, deadline: form.deadline || null, reason: form.reason }, true);

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
				pendingControl(current),
				actionsSection(current, { id, node, form, act, remove, revise }),
				taskFacts(current, node, closed),
				plannedAssignees(current),
				assignmentsTable(current, node, closed),
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
