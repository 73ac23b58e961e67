// Conclusions and objections (督查结论与复核): the section of an inspection plan's page (its
// conclusions; at the planning node, a supervisor's draft for one of the inspected units)
// and the list of the conclusions a user sees (a unit's people: their own unit's, to sign
// for and object to).

import { defineComponent, h, onMounted, reactive, ref } from '../lib.js';
import { api, attempt, navigate } from '../api.js';
import { t } from '../i18n.js';
import { hasRole, ownNode, unitName } from '../session.js';
import { button, el, field, pageTitle, section, select, textarea } from '../view.js';
import { conclusionHref, conclusionTable } from './conclusion-parts.js';
import { registerPlanSection } from './inspection-parts.js';

/** The conclusions of one plan, for the plan's page. */
export const ConclusionsSection = defineComponent({
	props: { planId: String, objects: Array, own: Boolean },
	setup(props) {
		const path = `/api/v1/inspections/plans/${encodeURIComponent(props.planId)}/conclusions`;
		const items = ref([]);
		const objects = props.objects ?? [];
		const model = reactive({ unitCode: objects.length ? objects[0].unitCode : '', text: '' });
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
			props.own && hasRole('supervisor') ? el('form', { class: 'form', onSubmit: (event) => { event.preventDefault(); draft(); } },
				el('h4', t('conclusions.draft')),
				field('conclusions.unitCode', select('conclusion-unit', model, 'unitCode',
					objects.map((o) => ({ value: o.unitCode, label: `${o.unitName || unitName(o.unitCode)} (${o.unitCode})` })))),
				field('conclusions.text', textarea('conclusion-text', model, 'text', { rows: 5, required: true })),
				button('conclusion-draft-submit', 'conclusions.saveDraft', null, { type: 'submit', class: 'primary' })) : null));
	}
});

registerPlanSection((plan) => hasRole('supervisor', 'leader', 'handler', 'unit-head')
	? h(ConclusionsSection, { planId: plan.id, objects: plan.objects, own: plan.planningNode === ownNode(), key: `conclusions-${plan.id}` })
	: null);

/** The conclusions this user sees at this node. */
export const ConclusionListPage = defineComponent({
	setup() {
		const items = ref(null);
		onMounted(async () => {
			items.value = (await attempt(() => api('/api/v1/conclusions'))) ?? [];
		});
		return () => el('div',
			pageTitle(t('conclusions.title')),
			el('p', { class: 'muted' }, t('conclusions.intro')),
			section('conclusions.visible', items.value ? conclusionTable(items.value) : el('p', { class: 'muted' }, t('loading'))));
	}
});
