// Conclusions and objections (督查结论与复核): the section of an inspection's page (its
// conclusions, a supervisor's draft for one of the inspected units) and the list of the
// conclusions a user sees (a unit's people: their own unit's, to sign for and object to).

import { defineComponent, h, onMounted, reactive, ref } from '../lib.js';
import { api, attempt, navigate } from '../api.js';
import { t } from '../i18n.js';
import { hasRole } from '../session.js';
import { button, el, field, input, pageTitle, section, textarea } from '../view.js';
import { conclusionHref, conclusionTable } from './conclusion-parts.js';

/** The conclusions of one plan, for the inspection's page. */
export const ConclusionsSection = defineComponent({
	props: { planId: String, objects: Array },
	setup(props) {
		const path = `/api/v1/inspections/plans/${encodeURIComponent(props.planId)}/conclusions`;
		const items = ref([]);
		const model = reactive({ unitCode: (props.objects && props.objects[0]) || '', text: '' });
		const load = async () => {
			items.value = (await attempt(() => api(path))) ?? items.value;
		};
		const draft = async () => {
			const made = await attempt(() => api(path, { method: 'POST', body: { unitCode: model.unitCode, text: model.text } }));
			if (made) {
				navigate(conclusionHref(made.id), t('conclusions.drafted'));
			}
		};
		onMounted(load);
		return () => el('div', { 'data-test': 'conclusions-section' }, section('conclusions.title',
			conclusionTable(items.value),
			hasRole('supervisor') ? el('form', { class: 'form', onSubmit: (event) => { event.preventDefault(); draft(); } },
				el('h4', t('conclusions.draft')),
				field('conclusions.unitCode', input('conclusion-unit', model, 'unitCode', { required: true })),
				field('conclusions.text', textarea('conclusion-text', model, 'text', { rows: 5, required: true })),
				button('conclusion-draft-submit', 'conclusions.saveDraft', null, { type: 'submit', class: 'primary' })) : null));
	}
});

/** The conclusions this user sees at this node. */
export const ConclusionListPage = defineComponent({
	setup() {
		const items = ref(null);
		const plan = reactive({ id: '' });
		onMounted(async () => {
			items.value = (await attempt(() => api('/api/v1/conclusions'))) ?? [];
		});
		return () => el('div',
			pageTitle(t('conclusions.title')),
			el('p', { class: 'muted' }, t('conclusions.intro')),
			section('conclusions.visible', items.value ? conclusionTable(items.value) : el('p', { class: 'muted' }, t('loading'))),
			hasRole('supervisor') ? section('conclusions.byPlan',
				el('form', { class: 'form', onSubmit: (event) => { event.preventDefault(); navigate(`#/conclusions/plan/${encodeURIComponent(plan.id)}`, null); } },
					field('conclusions.planId', input('conclusion-plan-id', plan, 'id', { required: true })),
					button('conclusion-plan-open', 'conclusions.open', null, { type: 'submit' }))) : null);
	}
});

/** One plan's conclusions on a page of their own, until the inspection's page embeds them. */
export const PlanConclusionsPage = defineComponent({
	props: { params: Object, query: Object },
	setup(props) {
		return () => el('div', pageTitle(t('conclusions.title')),
			h(ConclusionsSection, { planId: props.params.id, key: props.params.id }));
	}
});
