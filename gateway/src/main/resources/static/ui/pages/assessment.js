// The assessment (绩效考核): the scores of a year or a quarter of the units the caller sees,
// ranked per level, as an ECharts bar chart and a table; each unit opens its breakdown; the
// scores download as a workbook.

import { defineComponent, h, onBeforeUnmount, onMounted, reactive, ref, shallowRef, watch, loadECharts } from '../lib.js';
import { api, attempt, href } from '../api.js';
import { language, t } from '../i18n.js';
import { el, input, pageTitle, section, select, table } from '../view.js';

/** Points as the node computed them, two decimals (JSON numbers lose trailing zeros). */
export function points(value) {
	return Number(value).toFixed(2);
}

function periodQuery(filter) {
	return { year: filter.year, quarter: filter.quarter };
}

/** The chart's bars: one per unit, level by level, the best at the top. */
function chartOption(items) {
	const bars = [...items].reverse();
	return {
		animation: false,
		grid: { left: 8, right: 56, top: 8, bottom: 24, containLabel: true },
		tooltip: { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } },
		xAxis: { type: 'value', min: 0, axisLabel: { formatter: '{value}' } },
		yAxis: { type: 'category', data: bars.map((u) => `${u.levelName} ${u.rank}. ${u.unitName}`) },
		series: [{
			type: 'bar', name: t('assessment.score'),
			data: bars.map((u) => ({ value: Number(u.total),
				itemStyle: { color: Number(u.total) >= 90 ? '#2e7d32' : Number(u.total) >= 60 ? '#f9a825' : '#c62828' } })),
			label: { show: true, position: 'right', formatter: (p) => points(bars[p.dataIndex].total) }
		}]
	};
}

export const AssessmentPage = defineComponent({
	props: { query: Object },
	setup(props) {
		const filter = reactive({ year: props.query?.year ?? String(new Date().getFullYear()), quarter: props.query?.quarter ?? '' });
		const scores = ref(null);
		const chartBox = ref(null);
		const chart = shallowRef(null);

		const draw = async () => {
			if (!chartBox.value || !scores.value) {
				return;
			}
			const echarts = await loadECharts();
			if (!chart.value) {
				chart.value = echarts.init(chartBox.value, null, { renderer: 'canvas' });
			}
			chart.value.setOption(chartOption(scores.value.items), true);
			chart.value.resize();
		};
		const load = async () => {
			scores.value = await attempt(() => api('/api/v1/assessment/scores', { query: periodQuery(filter) }));
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
		watch(language, draw);

		return () => {
			const s = scores.value;
			const height = `${Math.max(160, (s ? s.items.length : 4) * 34 + 40)}px`;
			const unitQuery = new URLSearchParams(Object.entries(periodQuery(filter)).filter(([, v]) => v)).toString();
			return el('div', { class: 'assessment' },
				pageTitle(t('assessment.title')),
				el('div', { class: 'toolbar' },
					el('label', t('assessment.year'), input('assessment-year', filter, 'year', { type: 'number', min: 2000, max: 2100 })),
					el('label', t('assessment.quarter'), select('assessment-quarter', filter, 'quarter', [
						{ value: '', label: t('assessment.wholeYear') }, ...[1, 2, 3, 4].map((q) => ({ value: String(q), label: t('assessment.q', q) }))])),
					h('button', { type: 'button', 'data-test': 'assessment-apply', onClick: load }, t('assessment.show')),
					el('a', { class: 'button', 'data-test': 'assessment-export', download: '',
						href: href('/api/v1/assessment/scores.xlsx', { query: periodQuery(filter) }) }, t('assessment.export')),
					el('a', { href: '#/assessment/formula', 'data-test': 'assessment-formula-link' }, t('assessment.formula'))),
				s ? el('p', { class: 'muted', 'data-test': 'assessment-period' }, t('assessment.computed', s.label, s.formulaVersion)) : null,
				section('assessment.ranking',
					h('div', { ref: chartBox, class: 'chart', 'data-test': 'assessment-chart', style: { height },
						role: 'img', 'aria-label': t('assessment.ranking') }),
					s ? table(['assessment.level', 'assessment.rank', 'unit', 'assessment.score', ...(s.items[0]?.measures ?? []).map((m) => `measure.${m.measure}`)],
						s.items.map((u) => ({
							props: { 'data-test': 'assessment-row', 'data-unit-code': u.unitCode, 'data-total': points(u.total) },
							cells: [u.levelName, `${u.rank}/${u.ranked}`,
								el('a', { href: `#/assessment/units/${encodeURIComponent(u.unitCode)}?${unitQuery}`, 'data-test': 'assessment-unit-link' }, u.unitName),
								el('strong', points(u.total)), ...u.measures.map((m) => `${points(m.points)}（${m.facts}）`)]
						})), { 'data-test': 'assessment-table' }) : null));
		};
	}
});
