// A unit's score explained: each measure of the formula with its computation and every
// fact it counted, each linked to its task, assignment, report, ladder step,
// rectification or bulletin.

import { defineComponent, onMounted, ref } from '../lib.js';
import { api, attempt } from '../api.js';
import { t } from '../i18n.js';
import { el, pageTitle, table } from '../view.js';
import { points } from './assessment.js';

/** The links of a fact, to the pages that show it. */
function factLinks(links) {
	const out = [];
	if (links.taskId) {
		out.push(el('a', { href: `#/tasks/${links.taskId}`, 'data-test': 'fact-task' }, t('assessment.task')));
	}
	if (links.assignmentId) {
		out.push(el('a', { href: `#/assignments/${links.assignmentId}`, 'data-test': 'fact-assignment' }, t('assessment.assignment')));
	}
	if (links.reportId && links.taskId) {
		out.push(el('a', { href: `#/tasks/${links.taskId}?report=${links.reportId}`, 'data-test': 'fact-report' }, t('assessment.report')));
	}
	if (links.stepId) {
		out.push(el('a', { href: `#/ladder/steps/${links.stepId}`, 'data-test': 'fact-step' }, t('assessment.step')));
	}
	if (links.rectificationId) {
		out.push(el('a', { href: `#/rectifications/${links.rectificationId}`, 'data-test': 'fact-rectification' }, t('assessment.rectification')));
	}
	if (links.bulletinId) {
		out.push(el('a', { href: `#/bulletins/${links.bulletinId}`, 'data-test': 'fact-bulletin' }, t('assessment.bulletin')));
	}
	return el('span', { class: 'links' }, out.flatMap((a, i) => (i ? [' · ', a] : [a])));
}

export const AssessmentUnitPage = defineComponent({
	props: { params: Object, query: Object },
	setup(props) {
		const score = ref(null);
		onMounted(async () => {
			score.value = await attempt(() => api(`/api/v1/assessment/scores/${encodeURIComponent(props.params.code)}`,
				{ query: { year: props.query?.year ?? new Date().getFullYear(), quarter: props.query?.quarter } }));
		});
		return () => {
			const s = score.value;
			if (!s) {
				return el('p', { class: 'loading' }, t('loading'));
			}
			return el('div', { class: 'assessment-unit' },
				pageTitle(t('assessment.unitTitle', s.unitName, s.label)),
				el('p', el('strong', { 'data-test': 'assessment-total' }, points(s.total)), ' ',
					el('span', { class: 'muted' }, t('assessment.withFormula', s.formulaVersion)),
					' · ', el('a', { href: `#/assessment?year=${s.year}${s.quarter ? `&quarter=${s.quarter}` : ''}` }, t('assessment.back'))),
				s.measures.map((m) => el('section', { class: 'card', 'data-test': 'measure', 'data-measure': m.measure, 'data-points': points(m.points) },
					el('h3', `${t(`measure.${m.measure}`)} · `, el('span', { 'data-test': 'measure-points' }, points(m.points))),
					el('p', { class: 'muted' }, `${m.rule} · `, el('span', { 'data-test': 'measure-explanation' }, m.explanation)),
					m.facts.length ? table(['assessment.day', 'assessment.fact', 'assessment.amount', 'assessment.links'],
						m.facts.map((f) => ({
							props: { 'data-test': 'fact-row', 'data-good': String(f.good) },
							cells: [f.day ?? '—', f.what, m.kind === 'RATE' ? (f.good ? '✓' : '✗') : String(f.amount), factLinks(f.links)]
						}))) : el('p', { class: 'muted' }, t('assessment.noFacts')))));
		};
	}
});
