// The task list: search and filters, pagination, any node of the caller's subtree; the
// ledger (台账) as a workbook with the same filters; a task list imported from a
// workbook, with every rejected row shown.

import { defineComponent, h, onMounted, reactive, ref } from '../lib.js';
import { api, ApiError, attempt, flash, href } from '../api.js';
import { label, t } from '../i18n.js';
import { DueDate } from '../dates.js';
import { hasRole, nodeParam, ownNode, reachableNodes } from '../session.js';
import { button, codeOptions, el, input, pageTitle, pager, section, select, table } from '../view.js';

export const STATUSES = ['DRAFT', 'PENDING_APPROVAL', 'ISSUED', 'IN_PROGRESS', 'CLOSED', 'WITHDRAWN', 'SUSPENDED'];
export const SOURCES = ['MAJOR_DECISION', 'MEETING_DECISION', 'IMPORTANT_DOCUMENT', 'LEADER_INSTRUCTION',
	'ANNUAL_KEY_WORK', 'LIVELIHOOD_PROJECT', 'LAW_IMPLEMENTATION', 'EMERGENCY_AFTERMATH', 'DEPUTY_PROPOSAL', 'PUBLIC_CLUE'];
export const TYPES = ['COMPREHENSIVE', 'SPECIAL', 'INCIDENT_INVESTIGATION', 'ROUTINE', 'CLUE_VERIFICATION'];
const OPEN = new Set(['ISSUED', 'IN_PROGRESS']);

/** The hash of a task's page, on its node. */
export function taskHref(id, node) {
	const param = nodeParam(node);
	return `#/tasks/${encodeURIComponent(id)}${param ? `?node=${param}` : ''}`;
}

function importPanel(state, load) {
	const run = async () => {
		const file = state.file;
		if (!file) {
			flash(t('chooseFile'), 'error');
			return;
		}
		const form = new FormData();
		form.append('file', file, file.name);
		state.result = null;
		state.errors = [];
		try {
			state.result = await api('/api/v1/tasks/import', { method: 'POST', form });
			flash(t('imported', state.result.count), 'success');
			load(0);
		}
		catch (error) {
			if (error instanceof ApiError) {
				state.errors = error.problem.errors ?? [];
				// the rows' problems are listed under the panel; otherwise the node's detail
				flash(state.errors.length ? t('importRefused', state.errors.length) : error.message, 'error',
					state.errors.length ? [] : error.details);
			}
			else {
				flash(t('error.unexpected', String(error)), 'error');
			}
		}
	};
	return section('importTasks',
		el('p', { class: 'muted' }, t('importIntro'), ' ',
			el('a', { href: href('/api/v1/tasks/import-template.xlsx'), 'data-test': 'import-template', download: '' },
				t('importTemplate'))),
		el('div', { class: 'toolbar' },
			h('input', { type: 'file', accept: '.xlsx', 'data-test': 'import-file',
				onChange: (event) => { state.file = event.target.files[0] ?? null; } }),
			button('import-submit', 'importRun', run)),
		state.result ? el('div', { 'data-test': 'import-result' }, t('imported', state.result.count),
			el('ul', state.result.created.map((c) => el('li', `${t('row')} ${c.row}：`,
				el('a', { href: taskHref(c.id) }, `${c.number ?? ''} ${c.title}`))))) : null,
		state.errors.length ? table(['row', 'column', 'problem'], state.errors.map((e) => ({
			props: { 'data-test': 'import-error-row' }, cells: [String(e.row), e.column ?? '', e.message]
		})), { 'data-test': 'import-errors', class: 'errors' }) : null);
}

export const TaskListPage = defineComponent({
	props: { params: Object, query: Object },
	setup(props) {
		const filter = reactive({
			q: props.query.q ?? '', status: props.query.status ?? '', source: props.query.source ?? '',
			light: props.query.light ?? '', unitCode: props.query.unitCode ?? '', deadlineFrom: '', deadlineTo: '',
			node: props.query.node ?? ownNode()
		});
		const imports = reactive({ file: null, result: null, errors: [] });
		const result = ref(null);
		const shownNode = ref(filter.node);
		const query = () => ({
			q: filter.q, status: filter.status, source: filter.source, light: filter.light,
			unitCode: filter.unitCode, deadlineFrom: filter.deadlineFrom, deadlineTo: filter.deadlineTo
		});
		const load = async (page = 0) => {
			const node = filter.node;
			const found = await attempt(() => api('/api/v1/tasks', { node: nodeParam(node), query: { ...query(), page, size: 20 } }));
			if (found) {
				result.value = found;
				shownNode.value = node;
			}
		};
		onMounted(() => load(0));
		const nodes = reachableNodes();
		return () => el('div',
			pageTitle(t('nav.tasks')),
			el('form', { class: 'filters', onSubmit: (event) => { event.preventDefault(); load(0); } },
				input('search', filter, 'q', { type: 'search', placeholder: t('searchPlaceholder'), 'aria-label': t('search') }),
				select('task-filter-status', filter, 'status', codeOptions('status', STATUSES, 'anyStatus')),
				select('task-filter-source', filter, 'source', codeOptions('source', SOURCES, 'anySource')),
				select('task-filter-light', filter, 'light', codeOptions('light', ['GREEN', 'YELLOW', 'RED'], 'anyLight')),
				input('task-filter-unit', filter, 'unitCode', { placeholder: t('unitCode'), 'aria-label': t('unitCode') }),
				el('label', { class: 'inline' }, t('deadlineFrom'), input('task-filter-from', filter, 'deadlineFrom', { type: 'date' })),
				el('label', { class: 'inline' }, t('deadlineTo'), input('task-filter-to', filter, 'deadlineTo', { type: 'date' })),
				nodes.length > 1 ? select('task-filter-node', filter, 'node',
					nodes.map((n) => ({ value: n.code, label: `${n.name} (${n.code})` })), { 'aria-label': t('node') }) : null,
				h('button', { type: 'submit', class: 'primary', 'data-test': 'task-filter-apply' }, t('searchRun')),
				el('a', { class: 'button', 'data-test': 'ledger-export', download: '',
					href: href('/api/v1/tasks/ledger.xlsx', { node: nodeParam(filter.node), query: query() }) }, t('ledgerExport'))),
			result.value && result.value.items.length
				? table(['number', 'taskTitle', 'sourceLabel', 'typeLabel', 'issuer', 'deadline', 'taskStatus'], result.value.items.map((task) => ({
					props: { 'data-test': 'task-row', 'data-task-id': task.id },
					cells: [task.number ?? t('unnumbered'), el('a', { href: taskHref(task.id, shownNode.value) }, task.title),
						label('source', task.source), label('type', task.type), task.issuingNode,
						h(DueDate, { date: task.deadline, done: !OPEN.has(task.status) }),
						el('span', { class: `badge status-${task.status}`, 'data-status': task.status }, label('status', task.status))]
				})), { class: 'tasks' })
				: el('p', { class: 'muted' }, result.value ? t('noTasks') : t('loading')),
			pager(result.value, load),
			hasRole('supervisor') ? importPanel(imports, load) : null);
	}
});
