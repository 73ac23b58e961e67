// The assessment formula (考核办法): the one in force and the versions before it, for
// everyone; the form that sets a new version, for the province's system administrator
// (the node refuses anyone else, and every node below the province).

import { defineComponent, onMounted, reactive, ref } from '../lib.js';
import { api, attempt } from '../api.js';
import { t } from '../i18n.js';
import { atProvince, hasRole } from '../session.js';
import { button, el, input, instant, pageTitle, section, table, textarea } from '../view.js';

function ruleText(rule) {
	return rule.kind === 'RATE' ? t('formula.weightOf', rule.weight)
		: t(rule.kind === 'BONUS' ? 'formula.bonusOf' : 'formula.deductionOf', rule.perFact, rule.cap);
}

function rulesTable(formula) {
	return table(['formula.measure', 'formula.kind', 'formula.rule'], formula.rules.map((r) => ({
		props: { 'data-test': 'formula-rule', 'data-measure': r.measure },
		cells: [t(`measure.${r.measure}`), t(`formula.kindName.${r.kind}`), ruleText(r)]
	})));
}

/** The form's rows: every measure, those of the formula in force ticked and filled in. */
function draftOf(response) {
	return response.measures.map((m) => {
		const rule = response.formula.rules.find((r) => r.measure === m.measure);
		return reactive({ measure: m.measure, kind: m.kind, counted: Boolean(rule),
			weight: rule?.weight ?? '', perFact: rule?.perFact ?? '', cap: rule?.cap ?? '' });
	});
}

export const AssessmentFormulaPage = defineComponent({
	setup() {
		const current = ref(null);
		const versions = ref([]);
		const draft = ref([]);
		const form = reactive({ reason: '' });
		const keeper = hasRole('sysadmin') && atProvince();
		const load = async () => {
			current.value = await attempt(() => api('/api/v1/assessment/formula'));
			versions.value = (await attempt(() => api('/api/v1/assessment/formula/versions'))) ?? [];
			if (current.value) {
				draft.value = draftOf(current.value);
			}
		};
		const save = async () => {
			const number = (value) => (value === '' || value === null ? null : Number(value));
			const rules = draft.value.filter((r) => r.counted).map((r) => (r.kind === 'RATE'
				? { measure: r.measure, weight: number(r.weight) }
				: { measure: r.measure, perFact: number(r.perFact), cap: number(r.cap) }));
			const saved = await attempt(() => api('/api/v1/assessment/formula', { method: 'PUT', body: { rules, reason: form.reason } }), 'formula.saved');
			if (saved) {
				form.reason = '';
				await load();
			}
		};
		onMounted(load);
		return () => {
			const c = current.value;
			return el('div', { class: 'assessment-formula' },
				pageTitle(t('formula.title')),
				el('p', { class: 'muted' }, t('formula.intro')),
				c ? section('formula.inForce',
					el('p', { 'data-test': 'formula-version', 'data-version': String(c.formula.version) },
						t('formula.version', c.formula.version), ' · ', c.formula.reason),
					rulesTable(c.formula)) : null,
				keeper && c ? section('formula.edit',
					el('div', { 'data-test': 'formula-form' }, table(['formula.counted', 'formula.measure', 'formula.weight', 'formula.perFact', 'formula.cap'],
						draft.value.map((r) => ({
							props: { 'data-test': 'formula-row', 'data-measure': r.measure },
							cells: [input('formula-counted', r, 'counted', { type: 'checkbox' }), t(`measure.${r.measure}`),
								r.kind === 'RATE' ? input('formula-weight', r, 'weight', { size: 6 }) : '—',
								r.kind === 'RATE' ? '—' : input('formula-per-fact', r, 'perFact', { size: 6 }),
								r.kind === 'RATE' ? '—' : input('formula-cap', r, 'cap', { size: 6 })]
						}))),
					el('label', { class: 'field' }, el('span', { class: 'field-label' }, t('formula.reason')), textarea('formula-reason', form, 'reason')),
					button('formula-save', 'formula.save', save, { class: 'primary' }))) : null,
				section('formula.versions', table(['formula.versionNo', 'formula.rule', 'formula.reason', 'formula.setBy', 'formula.setAt'],
					versions.value.map((v) => ({
						props: { 'data-test': 'formula-version-row', 'data-version': String(v.version) },
						cells: [String(v.version), v.rules.map((r) => `${t(`measure.${r.measure}`)} ${ruleText(r)}`).join('；'), v.reason, v.setBy, v.version ? instant(v.setAt) : '—']
					})))));
		};
	}
});
