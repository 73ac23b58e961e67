// An invited observer's own pages: what they are invited to today or later, and each
// invited task read only (its facts, units, progress reports and timeline) — the node
// answers nothing else to an observer, so these pages ask for nothing else.

import { defineComponent, onMounted, ref } from '../lib.js';
import { api, attempt } from '../api.js';
import { label, t } from '../i18n.js';
import { unitName } from '../session.js';
import { el, facts, light, pageTitle, section, status, table } from '../view.js';
import { timelineView } from './task.js';

export function invitedTaskHref(id) {
	return `#/observer/tasks/${encodeURIComponent(id)}`;
}

export function invitedPlanHref(id) {
	return `#/observer/plans/${encodeURIComponent(id)}`;
}

export const InvitedItemsPage = defineComponent({
	setup() {
		const items = ref(null);
		onMounted(async () => {
			items.value = (await attempt(() => api('/api/v1/observer/invitations'))) ?? [];
		});
		const open = (i) => (i.state === 'ACTIVE')
			? el('a', { href: i.kind === 'TASK' ? invitedTaskHref(i.targetId) : invitedPlanHref(i.targetId),
				'data-test': 'invited-open' }, t('observer.open')) : null;
		return () => el('div',
			pageTitle(t('observer.mineTitle')),
			el('p', { class: 'muted' }, t('observer.mineIntro')),
			items.value === null ? el('p', { class: 'muted' }, t('loading'))
				: items.value.length ? table(['observer.target', 'observer.kind', 'observer.period', 'observer.state', 'observer.open'],
					items.value.map((i) => ({
						props: { 'data-test': 'invited-item', 'data-target-id': i.targetId, 'data-state': i.state },
						cells: [i.targetTitle, label('invitationKind', i.kind), `${i.from} — ${i.until}`,
							label('invitationState', i.state), open(i)]
					})))
					: el('p', { class: 'muted', 'data-test': 'invited-none' }, t('observer.mineNone')));
	}
});

export const InvitedTaskPage = defineComponent({
	props: { params: Object, query: Object },
	setup(props) {
		const path = `/api/v1/tasks/${encodeURIComponent(props.params.id)}`;
		const task = ref(null);
		const reports = ref([]);
		const timeline = ref(null);
		onMounted(async () => {
			task.value = await attempt(() => api(path));
			if (task.value) {
				reports.value = (await attempt(() => api(`${path}/reports`))) ?? [];
				timeline.value = await attempt(() => api(`${path}/timeline`, { query: { size: 200 } }));
			}
		});
		return () => {
			const current = task.value;
			if (!current) {
				return el('div', pageTitle(t('task')), el('p', { class: 'muted' }, t('loading')),
					el('p', el('a', { href: '#/observer' }, t('observer.back'))));
			}
			return el('div', { 'data-test': 'invited-task' },
				pageTitle(current.title),
				el('p', { class: 'subtitle' }, status('task-status', 'status', current.status), ' ',
					el('span', { 'data-test': 'task-number' }, current.number ?? ''), ' ', light(current.light), ' ',
					el('span', { class: 'badge', 'data-test': 'read-only' }, t('observer.readOnly'))),
				facts([['observer.deadline', current.deadline], ['observer.source', label('source', current.source)],
					['observer.issuer', unitName(current.issuingUnit)], current.goal ? ['observer.goal', current.goal] : null,
					current.content ? ['observer.content', current.content] : null]),
				section('observer.assignments', table(['observer.unit', 'observer.state', 'observer.progress', 'observer.light'],
					current.assignments.map((a) => ({ props: { 'data-test': 'assignment-row' },
						cells: [unitName(a.unitCode), label('astatus', a.status), `${a.percentComplete}%`, light(a.light, a.lightReason)] })))),
				section('observer.reports', reports.value.length ? reports.value.map((r) =>
					el('article', { class: 'report', 'data-test': 'report-row' },
						el('header', el('strong', `${r.content.percentComplete}%`), ' ', el('span', { class: 'muted' }, unitName(r.unitCode))),
						el('p', { class: 'pre' }, r.content.progress)))
					: el('p', { class: 'muted' }, t('observer.noReports'))),
				section('observer.timeline', timeline.value ? timelineView(timeline.value.items) : el('p', { class: 'muted' }, t('loading'))),
				el('p', el('a', { href: '#/observer' }, t('observer.back'))));
		};
	}
});

export const InvitedPlanPage = defineComponent({
	props: { params: Object, query: Object },
	setup(props) {
		const plan = ref(null);
		onMounted(async () => {
			plan.value = await attempt(() => api(`/api/v1/inspections/plans/${encodeURIComponent(props.params.id)}`));
		});
		return () => {
			const current = plan.value;
			if (!current) {
				return el('div', pageTitle(t('observer.plan')), el('p', { class: 'muted' }, t('loading')),
					el('p', el('a', { href: '#/observer' }, t('observer.back'))));
			}
			return el('div', { 'data-test': 'invited-plan' },
				pageTitle(current.title),
				el('p', { class: 'subtitle' }, el('span', { class: 'badge', 'data-test': 'plan-status', 'data-status': current.status },
					current.status), ' ', el('span', { class: 'badge', 'data-test': 'read-only' }, t('observer.readOnly'))),
				facts([['observer.planner', current.planningNodeName], ['observer.period', `${current.startsOn} — ${current.endsOn}`],
					['observer.objects', (current.objects ?? []).map((o) => o.unitName ?? o.unitCode).join('、')],
					['observer.team', (current.team ?? []).join('、')]]),
				el('p', el('a', { href: '#/observer' }, t('observer.back'))));
		};
	}
});
