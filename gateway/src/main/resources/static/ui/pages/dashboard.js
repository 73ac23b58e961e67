// The dashboard: tasks by status, source and light; each unit's lights (lead units); the
// on-time report rate per unit as a ranked bar chart (ECharts); the overdue list; the
// assignments left unsigned past their signing limit (签收超时); the alerts still waiting
// for an answer.

import { defineComponent, h, onBeforeUnmount, onMounted, reactive, ref, shallowRef, watch, loadECharts } from '../lib.js';
import { api, attempt } from '../api.js';
import { label, language, t } from '../i18n.js';
import { DueDate } from '../dates.js';
import { hasRole } from '../session.js';
import { el, instant, pageTitle, pager, section, select, table } from '../view.js';

const LIGHTS = ['GREEN', 'YELLOW', 'RED'];

function counts(group, map, testPrefix) {
	return el('ul', { class: 'counts' }, Object.entries(map ?? {}).map(([code, n]) =>
		el('li', { class: n ? '' : 'zero' }, el('span', label(group, code)),
			el('strong', { 'data-test': `${testPrefix}-${code}` }, String(n)))));
}

function lightCounts(map, prefix) {
	return el('ul', { class: 'light-counts' }, LIGHTS.map((code) =>
		el('li', { class: `light-count light-${code}` }, el('span', label('light', code)),
			el('strong', { 'data-test': `${prefix}-${code}` }, String((map ?? {})[code] ?? 0)))));
}

function percent(rate) {
	return rate === null || rate === undefined ? null : Math.round(Number(rate) * 1000) / 10;
}

function chartOption(items) {
	const ranked = [...items].reverse();
	return {
		animation: false,
		grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
		tooltip: { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } },
		xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
		yAxis: { type: 'category', data: ranked.map((u) => `${u.rank}. ${u.unitName}`) },
		series: [{
			type: 'bar', name: t('onTimeRate'),
			data: ranked.map((u) => ({ value: percent(u.rate) ?? 0,
				itemStyle: { color: u.rate === null ? '#c4c9d0' : (Number(u.rate) >= 0.9 ? '#2e7d32' : Number(u.rate) >= 0.6 ? '#f9a825' : '#c62828') } })),
			label: { show: true, position: 'right', formatter: (p) => ranked[p.dataIndex].rate === null ? t('nothingDue') : `${p.value}%` }
		}]
	};
}

export const DashboardPage = defineComponent({
	setup() {
		const filter = reactive({ scope: '' });
		const summary = ref(null);
		const onTime = ref(null);
		const overdue = ref(null);
		const claims = ref(null);
		const alerts = ref(null);
		const chartBox = ref(null);
		const chart = shallowRef(null);
		const leads = hasRole('supervisor', 'leader');

		const draw = async () => {
			if (!chartBox.value || !onTime.value) {
				return;
			}
			const echarts = await loadECharts();
			if (!chart.value) {
				chart.value = echarts.init(chartBox.value, null, { renderer: 'canvas' });
			}
			chart.value.setOption(chartOption(onTime.value.items), true);
			chart.value.resize();
		};
		const loadOverdue = async (page = 0) => {
			overdue.value = await attempt(() => api('/api/v1/dashboard/overdue', { query: { scope: filter.scope, page, size: 10 } }));
		};
		const loadClaims = async (page = 0) => {
			claims.value = await attempt(() => api('/api/v1/dashboard/claim-overdue', { query: { scope: filter.scope, page, size: 10 } }));
		};
		const load = async () => {
			const scope = filter.scope;
			summary.value = await attempt(() => api('/api/v1/dashboard/summary', { query: { scope } }));
			onTime.value = await attempt(() => api('/api/v1/dashboard/on-time-rate', { query: { scope, size: 50 } }));
			await loadOverdue(0);
			await loadClaims(0);
			alerts.value = await attempt(() => api('/api/v1/alerts', { query: { status: 'OPEN', size: 10 } }));
			await draw();
		};
		const resize = () => chart.value && chart.value.resize();
		onMounted(() => {
			load();
			window.addEventListener('resize', resize);
		});
		onBeforeUnmount(() => {
			window.removeEventListener('resize', resize);
			if (chart.value) {
				chart.value.dispose();
			}
		});
		watch(() => filter.scope, load);
		watch(language, draw);

		return () => {
			const s = summary.value;
			const rates = onTime.value;
			const height = `${Math.max(160, (rates ? rates.items.length : 4) * 34 + 40)}px`;
			return el('div', { class: 'dashboard' },
				pageTitle(t('nav.dashboard')),
				el('div', { class: 'toolbar' },
					el('label', t('scope'), select('dashboard-scope', filter, 'scope', [
						{ value: '', label: t('scopeDefault') }, { value: 'node', label: t('scopeNode') },
						{ value: 'subtree', label: t('scopeSubtree') }])),
					s ? el('span', { class: 'muted' }, t('asOf', s.asOf), s.unitCode ? ` · ${t('unitOnly', s.unitCode)}` : '') : null),
				s ? el('div', { 'data-test': 'dashboard-counts', class: 'grid' },
					section('tasksByLight', lightCounts(s.tasks.byLight, 'light-count'),
						el('p', { class: 'muted' }, t('tasksTotal', s.tasks.total))),
					section('assignmentsByLight', lightCounts(s.assignments.byLight, 'assignment-light-count'),
						el('p', { class: 'muted' }, t('assignmentsOpen', s.assignments.open, s.assignments.total))),
					section('tasksByStatus', counts('status', s.tasks.byStatus, 'count-status')),
					section('tasksBySource', counts('source', s.tasks.bySource, 'count-source'))) : null,
				section('onTimeRanking',
					h('div', { ref: chartBox, class: 'chart', 'data-test': 'on-time-chart', style: { height },
						role: 'img', 'aria-label': t('onTimeRanking') }),
					rates ? el('details', el('summary', t('asTable')),
						table(['rank', 'unit', 'dueCount', 'onTime', 'late', 'missing', 'onTimeRate'], rates.items.map((u) => ({
							props: { 'data-test': 'on-time-row' },
							cells: [String(u.rank), u.unitName, String(u.due), String(u.onTime), String(u.late), String(u.missing),
								u.rate === null ? t('nothingDue') : `${percent(u.rate)}%`]
						})), { 'data-test': 'on-time-table' }),
						el('p', { class: 'muted' }, t('window', rates.from, rates.to))) : null),
				section('overdueList',
					el('div', { 'data-test': 'overdue-list' }, overdue.value && overdue.value.items.length
						? table(['task', 'unit', 'assignmentStatus', 'missed', 'overdueBy'], overdue.value.items.map((o) => ({
							props: { 'data-test': 'overdue-row', 'data-assignment-id': o.assignmentId },
							cells: [el('a', { href: `#/assignments/${o.assignmentId}` }, `${o.taskNumber ?? ''} ${o.taskTitle}`),
								o.unitName, label('astatus', o.status),
								el('span', h(DueDate, { date: o.dueDate, done: true }), ' ', label('overdueReason', o.reason)),
								el('strong', { class: 'overdue' }, t('due.overdueWorkingDays', o.workingDaysOverdue))]
						})))
						: el('p', { class: 'muted' }, t('noOverdue'))),
					pager(overdue.value, loadOverdue)),
				section('claimOverdueList',
					s ? el('p', t('claimOverdueCount'), ' ', el('strong', { class: s.assignments.claimOverdue ? 'overdue' : '',
						'data-test': 'claim-overdue-count' }, String(s.assignments.claimOverdue))) : null,
					el('div', { 'data-test': 'claim-overdue-list' }, claims.value && claims.value.items.length
						? table(['task', 'unit', 'assignmentRole', 'signBy', 'overdueBy'], claims.value.items.map((c) => ({
							props: { 'data-test': 'claim-overdue-row', 'data-assignment-id': c.assignmentId },
							cells: [el('a', { href: `#/assignments/${c.assignmentId}` }, `${c.taskNumber ?? ''} ${c.taskTitle}`),
								c.unitName, label('role', c.role), c.signBy,
								el('strong', { class: 'overdue' }, t('due.overdueWorkingDays', c.workingDaysOverdue))]
						})))
						: el('p', { class: 'muted' }, t('noClaimOverdue'))),
					pager(claims.value, loadClaims)),
				s && s.units.length ? section('unitLights', table(['unit', 'open', 'light.GREEN', 'light.YELLOW', 'light.RED'],
					s.units.map((u) => [u.unitName, String(u.open), String(u.green), String(u.yellow), String(u.red)]),
					{ 'data-test': 'unit-lights' })) : null,
				section(leads ? 'alertsToAnswer' : 'openAlerts',
					el('ul', { 'data-test': 'open-alerts', class: 'plain' }, alerts.value && alerts.value.items.length
						? alerts.value.items.map((a) => el('li', { 'data-test': 'open-alert' },
							el('a', { href: '#/alerts' }, a.title), ' ', el('span', { class: 'muted' },
								`${label('alertKind', a.kind)} · ${a.fromNode} · ${instant(a.raisedAt)}`)))
						: el('li', { class: 'muted' }, t('noOpenAlerts')))));
		};
	}
});
