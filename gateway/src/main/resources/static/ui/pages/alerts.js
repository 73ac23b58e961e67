// Alerts both ways (双向提示预警): the list with its filters; signing for one with a reply;
// the written coordination report an alert carries; raising one — a supervisor prompts
// or urges a node below, anyone warns the node above.

import { defineComponent, onMounted, reactive, ref } from '../lib.js';
import { api, attempt } from '../api.js';
import { label, t } from '../i18n.js';
import { hasRole, nodeName, reachableNodes, session, unitName } from '../session.js';
import { button, codeOptions, el, input, instant, pageTitle, pager, section, select } from '../view.js';
import { taskHref } from './tasks.js';
import { assignmentHref } from './task.js';
import { alertForm, alertModel, DOWN_KINDS, UP_KINDS } from './alert-form.js';

/** A sender or recipient: the node by name, and its unit when not the government itself. */
function party(node, unit) {
	return unit && unit !== node ? `${nodeName(node)} · ${unitName(unit)}` : nodeName(node);
}

export const AlertsPage = defineComponent({
	setup() {
		const filter = reactive({ direction: '', kind: '', status: '' });
		const notes = reactive({});
		const result = ref(null);
		const kinds = [...(hasRole('supervisor', 'leader') ? DOWN_KINDS : []), ...UP_KINDS];
		const identity = session.identity;
		const below = reachableNodes().filter((n) => n.code !== identity.orgCode);
		const parent = identity.node && identity.node.parent ? [{ code: identity.node.parent, name: t('parentNode') }] : [];
		const targets = [...parent, ...below];
		const raise = reactive(alertModel(kinds));
		const load = async (page = 0) => {
			const found = await attempt(() => api('/api/v1/alerts', { query: { ...filter, page, size: 20 } }));
			if (found) {
				result.value = found;
				for (const a of found.items) {
					notes[a.id] = notes[a.id] ?? { note: '' };
				}
			}
		};
		const acknowledge = async (alert) => {
			const note = notes[alert.id] ? notes[alert.id].note : '';
			if (await attempt(() => api(`/api/v1/alerts/${encodeURIComponent(alert.id)}/acknowledge`,
				{ method: 'POST', body: { note: note || null } }), 'signedFor')) {
				await load(result.value.page);
			}
		};
		onMounted(() => load(0));
		return () => el('div',
			pageTitle(t('nav.alerts')),
			el('form', { class: 'filters', onSubmit: (event) => { event.preventDefault(); load(0); } },
				select('alert-filter-direction', filter, 'direction', codeOptions('direction', ['UP', 'DOWN'], 'anyDirection')),
				select('alert-filter-kind', filter, 'kind', codeOptions('alertKind', [...DOWN_KINDS, ...UP_KINDS], 'anyKind')),
				select('alert-filter-status', filter, 'status', codeOptions('alertStatus', ['OPEN', 'ESCALATED', 'ACKNOWLEDGED'], 'anyStatus')),
				button('alert-filter-apply', 'searchRun', null, { type: 'submit', class: 'primary' })),
			result.value && result.value.items.length
				? el('ul', { class: 'plain' }, result.value.items.map((a) => el('li', {
					class: `card alert alert-${a.status}`, 'data-test': 'alert-row', 'data-alert-id': a.id, 'data-status': a.status
				},
				el('header', el('strong', a.title), ' ', el('span', { class: 'badge' }, `${label('direction', a.direction)} · ${label('alertKind', a.kind)}`),
					' ', el('span', { class: `badge alert-status-${a.status}` }, label('alertStatus', a.status))),
				a.message ? el('p', { class: 'pre' }, a.message) : null,
				a.coordinationReport ? el('div', { class: 'written' },
					el('h4', t('writtenReport')),
					el('p', el('strong', `${t('process')}：`), a.coordinationReport.process),
					el('p', el('strong', `${t('failureReasons')}：`), a.coordinationReport.reasons),
					el('p', el('strong', `${t('opinions')}：`), a.coordinationReport.suggestions)) : null,
				el('p', { class: 'muted' }, `${party(a.fromNode, a.fromUnit)} → ${party(a.toNode, a.toUnit)} · ${a.raisedBy ?? ''} · ${instant(a.raisedAt)}`),
				a.acknowledgedAt ? el('p', { class: 'muted' }, t('signedBy', a.acknowledgedBy ?? '', instant(a.acknowledgedAt)),
					a.note ? ` · ${a.note}` : '') : null,
				el('div', { class: 'actions' },
					a.assignmentId ? el('a', { href: assignmentHref(a.assignmentId) }, t('openAssignment')) : null,
					a.taskId && !a.assignmentId ? el('a', { href: taskHref(a.taskId) }, t('openTask')) : null,
					a.status !== 'ACKNOWLEDGED' && a.toNode === identity.orgCode ? [
						input('alert-note', notes[a.id], 'note', { placeholder: t('replyNote'), 'aria-label': t('replyNote') }),
						button('alert-acknowledge', 'signFor', () => acknowledge(a), { class: 'primary' })] : null))))
				: el('p', { class: 'muted' }, result.value ? t('noAlerts') : t('loading')),
			pager(result.value, load),
			section('raiseAlert', alertForm(raise, kinds, targets, () => load(0))));
	}
});
