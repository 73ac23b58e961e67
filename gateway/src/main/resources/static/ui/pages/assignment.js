// An assignment's page: its status, light, responsible person, signing limit, original
// deadline beside the one in force, and due slots; for the assignee the signing, reports
// (a lead's summing up the co-units' contributions, a returned one submitted again) or a
// co-unit's contributions, extension and completion requests, upward warnings and
// coordination; for the issuer the decisions, returning reports, urging and reassignment;
// the sub-tasks' roll-up.

import { defineComponent, h, onMounted, reactive, ref } from '../lib.js';
import { api, attempt } from '../api.js';
import { label, t } from '../i18n.js';
import { DueDate, today } from '../dates.js';
import { hasRole, loadUnits, nodeName, nodeParam, ownNode, session, unitName } from '../session.js';
import { el, facts, instant, light, pageTitle, section, status, table } from '../view.js';
import { taskHref } from './tasks.js';
import { personText } from './task-info.js';
import { attachmentLinks } from './attachment-picker.js';
import { documentLinks } from './document-links.js';
import { assigneeForms, formsModel, issuerForms, poster, remindersView } from './assignment-forms.js';
import { contributionsSection } from './contributions.js';
import { reportsSection, waitingReport } from './report-return.js';
import { coordinationModel, coordinationSection } from './coordination.js';
import { alertForm, alertModel, UP_KINDS } from './alert-form.js';

const FINISHED = new Set(['COMPLETED', 'RETURNED']);

/** A call whose failure the page shows as absence (a list the caller may not read). */
async function quiet(call) {
	try {
		return await call();
	}
	catch (error) {
		return null;
	}
}

function scheduleView(schedule) {
	if (!schedule || !schedule.slots.length) {
		return null;
	}
	return section('dueSlots', table(['slotLabel', 'dueDate', 'reportedOn', 'onTimeLabel'], schedule.slots.map((slot) => ({
		props: { 'data-test': 'schedule-slot', 'data-due': slot.due, 'data-filled': String(slot.reportId !== null) },
		cells: [slot.label, h(DueDate, { date: slot.due, done: slot.reportId !== null }),
			slot.reportedOn ?? '—', slot.onTime === null ? '—' : (slot.onTime ? t('yes') : t('late'))]
	}))), schedule.changes.length ? el('ul', { class: 'muted' }, schedule.changes.map((c) =>
		el('li', t('slotMoved', c.ordinal, c.oldDue, c.newDue, c.reason ?? '')))) : null);
}

function rollUpView(rollUp) {
	if (!rollUp || !rollUp.subTasks) {
		return null;
	}
	return section('rollUp', el('p', { 'data-test': 'rollup' },
		t('rollUpCounts', rollUp.subTasks, rollUp.signed, rollUp.completed, rollUp.percentComplete), ' ', light(rollUp.light)),
	table(['task', 'unit', 'assignmentStatus', 'progress', 'lightLabel', 'dueDate'], rollUp.parts.map((p) => [
		el('a', { href: taskHref(p.subTaskId) }, `${p.subTaskNumber ?? ''} ${p.subTaskTitle}`), unitName(p.unitCode),
		label('astatus', p.status), `${p.percentComplete}%`, light(p.light), p.dueDate ?? '—'])));
}

export const AssignmentPage = defineComponent({
	props: { params: Object, query: Object },
	setup(props) {
		const id = props.params.id;
		const node = nodeParam(props.query.node);
		const path = `/api/v1/assignments/${encodeURIComponent(id)}`;
		const assignment = ref(null);
		const task = ref(null);
		const state = reactive({ schedule: null, extensions: [], reminders: [], reports: [], rollUp: null, contributions: [],
			coordination: { list: [], status: null }, units: [] });
		let model = null;
		const coordination = reactive(coordinationModel());
		const warning = reactive(alertModel(UP_KINDS));

		const loadCoordination = async () => {
			state.coordination.list = (await quiet(() => api(`${path}/coordinations`, { node }))) ?? [];
			state.coordination.status = await quiet(() => api(`${path}/coordination-status`, { node }));
		};
		const load = async () => {
			const a = await attempt(() => api(path, { node }));
			if (!a) {
				return;
			}
			model = model ?? reactive(formsModel(a));
			const detail = await attempt(() => api(`/api/v1/tasks/${encodeURIComponent(a.taskId)}`, { node }));
			state.schedule = await quiet(() => api(`${path}/schedule`, { node }));
			state.extensions = (await quiet(() => api(`${path}/extensions`, { node }))) ?? [];
			for (const x of state.extensions) {
				model.decision[x.id] = model.decision[x.id] ?? { approvedDate: x.requestedDate, reason: '' };
			}
			state.reminders = (await quiet(() => api(`${path}/reminders`, { node }))) ?? [];
			state.rollUp = await quiet(() => api(`${path}/roll-up`, { node }));
			state.contributions = (await quiet(() => api(`${path}/contributions`, { node }))) ?? [];
			if (detail) {
				const reports = (await quiet(() => api(`/api/v1/tasks/${encodeURIComponent(a.taskId)}/reports`, { node }))) ?? [];
				state.reports = reports.filter((r) => r.assignmentId === a.id);
				model.lead = { contributions: a.role === 'LEAD' ? state.contributions : [], waiting: waitingReport(state.reports) };
				Object.assign(warning, { toNode: detail.issuingNode, toUnit: detail.issuingUnit ?? '', taskId: detail.id, assignmentId: a.id });
			}
			if (a.role === 'LEAD') {
				await loadCoordination();
			}
			if (a.status === 'RETURNED' && !node) {
				state.units = (await quiet(() => loadUnits(null))) ?? [];
			}
			task.value = detail;
			assignment.value = a;
		};
		const reloadCoordination = async () => {
			await loadCoordination();
		};
		onMounted(load);

		return () => {
			const a = assignment.value;
			if (!a) {
				return el('div', pageTitle(t('assignment')), el('p', { class: 'muted' }, t('loading')));
			}
			const tk = task.value;
			const mine = session.identity.unitCode === a.unitCode;
			const assignee = !node && a.unitNode === ownNode()
				&& (mine || hasRole('handler', 'unit-head') || (a.unitCode === ownNode() && hasRole('supervisor', 'leader')));
			const decides = !node && tk && tk.issuingNode === ownNode() && hasRole('supervisor', 'leader');
			const working = a.status === 'SIGNED' || a.status === 'REPORTING';
			const coUnits = tk ? tk.assignments.filter((x) => x.id !== a.id && x.status !== 'RETURNED').map((x) => x.unitCode) : [];
			return el('div',
				pageTitle(tk ? tk.title : t('assignment')),
				el('p', { class: 'subtitle' }, status('assignment-status', 'astatus', a.status), ' ', light(a.light, a.lightReason),
					' ', el('span', `${unitName(a.unitCode)} · ${label('role', a.role)}`),
					tk ? [' · ', el('a', { href: taskHref(tk.id, props.query.node) }, `${t('task')} ${tk.number ?? ''}`)] : null),
				refusal(a),
				el('p', documentLinks('assignment-notice', `${path}/notice`, node, t('documents.supervisionNotice'))),
				section('assignmentInfo', facts([
					['unit', `${unitName(a.unitCode)} (${a.unitCode})`], ['node', nodeName(a.unitNode)],
					['progress', `${a.percentComplete}%`],
					['responsible', el('span', { 'data-test': 'assignment-responsible' }, personText(a.responsible))],
					['originalDeadline', el('span', { 'data-test': 'assignment-original-deadline' }, a.originalDeadline ?? '—')],
					['currentDeadline', el('span', { 'data-test': 'assignment-deadline' }, h(DueDate, { date: a.dueDate, done: FINISHED.has(a.status) }))],
					['lightReason', a.lightReason],
					['signBy', signBy(a)],
					['signed', a.signedAt ? `${instant(a.signedAt)} · ${a.signedBy ?? ''}` : null],
					['lastReport', a.lastReportedAt ? instant(a.lastReportedAt) : null],
					a.returned ? ['returnedLabel', `${instant(a.returned.at)} · ${a.returned.by ?? ''} · ${a.returned.reason ?? ''}`] : null,
					a.completion ? ['completionLabel', el('div', `${instant(a.completion.requestedAt)} · ${a.completion.evidence ?? ''}`
						+ (a.completion.decidedAt ? ` → ${instant(a.completion.decidedAt)} ${a.completion.decisionReason ?? ''}` : ''),
					attachmentLinks('completion-attachment-link', a.completion.attachments, node))] : null
				])),
				scheduleView(state.schedule),
				assignee ? assigneeForms(a, model, path, load,
					a.role === 'LEAD' && working ? coordinationSection(path, coordination, state.coordination, coUnits, reloadCoordination) : null) : null,
				assignee && working ? section('raiseWarning', el('p', { class: 'muted' }, t('warningIntro')),
					alertForm(warning, UP_KINDS, null, null)) : null,
				issuerForms(a, tk, state, model, path, load, state.units, decides),
				!assignee && a.role === 'LEAD' && state.coordination.list.length
					? coordinationView(state.coordination) : null,
				assignee && working && a.role === 'LEAD' ? null : contributionsSection(state.contributions, node),
				rollUpView(state.rollUp),
				remindersView(state.reminders, node),
				a.role === 'CO' ? null : reportsSection(state.reports, node, decides, model.returns, poster(path, load)),
				!node && working && a.unitNode === ownNode() && hasRole('supervisor', 'leader')
					? el('p', el('a', { href: `#/tasks/new?parent=${encodeURIComponent(a.id)}` }, t('decompose'))) : null);
		};
	}
});

/** The signing limit, marked when the assignment waits to be signed after it (签收超时). */
function signBy(a) {
	if (!a.signBy) {
		return null;
	}
	const late = a.status === 'PENDING_SIGN' && a.signBy < today();
	return el('span', { 'data-test': 'sign-by' }, a.signBy,
		late ? [' ', el('span', { class: 'badge overdue', 'data-test': 'claim-overdue' }, t('claimOverdue'))] : null);
}

/** An issuer's refusal of the latest completion request, which the assignee must answer. */
function refusal(a) {
	const c = a.completion;
	if (!c || !c.decidedAt || a.status === 'COMPLETED' || a.status === 'COMPLETION_REQUESTED') {
		return null;
	}
	return el('p', { class: 'reason', 'data-test': 'completion-refusal' },
		t('completionRefusedBecause', c.decisionReason ?? '', c.decidedBy ?? '', instant(c.decidedAt)));
}

function coordinationView(coordination) {
	return section('coordination', table(['date', 'coordinatedWith', 'matter', 'outcomeLabel'], coordination.list.map((c) => ({
		props: { 'data-test': 'coordination-row' },
		cells: [c.date, c.withUnits.map(unitName).join('、'), c.matter, label('outcome', c.outcome)]
	}))));
}
