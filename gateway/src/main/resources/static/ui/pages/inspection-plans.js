// 督查方案: the plans stored at this node (its own, and those of other nodes about its units), and
// a supervisor's new plan — answered, when announced plans inspect a unit in common in an
// overlapping period, with the warning of duplicate supervision: go on with a reason, or withdraw.

import { defineComponent, onMounted, reactive, ref } from '../lib.js';
import { api, attempt, flash, navigate } from '../api.js';
import { label, t } from '../i18n.js';
import { hasRole, loadUnits, ownNode } from '../session.js';
import { button, codeOptions, el, field, input, pageTitle, pager, section, select, table, textarea } from '../view.js';
import { PLAN_BASIS_KINDS, PLAN_KINDS, PLAN_METHODS, PLAN_STATUSES, duplicateWarning, planHref, planStatus,
	secrecy } from './inspection-parts.js';

function planRows(items) {
	return table(['plans.planTitle', 'plans.kind', 'plans.objects', 'plans.period', 'plans.planner', 'plans.status'],
		items.map((p) => ({
			props: { 'data-test': 'plan-row', 'data-plan-id': p.id, 'data-status': p.status },
			cells: [el('a', { href: planHref(p.id), 'data-test': 'plan-link' }, p.title), [label('planKind', p.kind), ' ', secrecy(p)],
				p.objects.map((o) => o.unitName).join('、'), `${p.startsOn} — ${p.endsOn}`, p.planningNodeName, planStatus(p.status)]
		})));
}

export const PlanListPage = defineComponent({
	props: { params: Object, query: Object },
	setup(props) {
		const filter = reactive({ status: props.query.status ?? '' });
		const plans = ref(null);
		const load = async (page = 0) => {
			const query = { page, size: 20, ...(filter.status ? { status: filter.status } : {}) };
			plans.value = (await attempt(() => api('/api/v1/inspections/plans', { query }))) ?? plans.value;
		};
		onMounted(() => load(0));
		return () => el('div',
			pageTitle(t('plans.title')),
			hasRole('supervisor') ? el('p', el('a', { class: 'button primary', href: '#/inspections/plans/new', 'data-test': 'plan-new' },
				t('plans.newPlan'))) : null,
			section('plans.list',
				el('form', { class: 'filters', onSubmit: (event) => { event.preventDefault(); load(0); } },
					select('plan-filter-status', filter, 'status', codeOptions('planStatus', PLAN_STATUSES, 'plans.anyStatus')),
					button('plan-filter-apply', 'searchRun', null, { type: 'submit', class: 'primary' })),
				plans.value && plans.value.items.length ? planRows(plans.value.items)
					: el('p', { class: 'muted' }, plans.value ? t('plans.none') : t('loading')),
				pager(plans.value, load)));
	}
});

function methodBoxes(model) {
	return el('div', { class: 'checks' }, PLAN_METHODS.map((m) => el('label', { class: 'check' },
		el('input', { type: 'checkbox', 'data-test': `plan-method-${m}`, checked: model.methods.includes(m),
			onChange: (event) => {
				model.methods = event.target.checked ? [...model.methods, m] : model.methods.filter((x) => x !== m);
			} }),
		label('planMethod', m))));
}

/** Every unit of this node's subtree, this node's own government first. */
function unitOptions(units) {
	const own = ownNode();
	return [...units].sort((a, b) => Number(b.code === own) - Number(a.code === own) || a.code.localeCompare(b.code))
		.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }));
}

/** The body the API takes, from the form's model. */
export function planBody(model) {
	return { title: model.title, kind: model.kind, methods: model.methods, startsOn: model.startsOn, endsOn: model.endsOn,
		objects: model.objects, team: model.team.split(/[,，、\s]+/).filter((s) => s),
		basisKind: model.basisKind, basisReference: model.basisReference || null, basisText: model.basisText || null };
}

export const PlanFormPage = defineComponent({
	props: { params: Object, query: Object },
	setup() {
		const model = reactive({ title: '', kind: 'SPECIAL', methods: ['SITE_VISITS'], startsOn: '', endsOn: '', objects: [],
			team: '', basisKind: 'ANNUAL_PRIORITY', basisReference: '', basisText: '', duplicateReason: '' });
		const units = ref([]);
		const drafted = ref(null);
		onMounted(async () => {
			units.value = (await attempt(() => loadUnits(null))) ?? [];
		});
		const save = async () => {
			const made = await attempt(() => api('/api/v1/inspections/plans', { method: 'POST', body: planBody(model) }));
			if (made && made.duplicates.length) {
				drafted.value = made;
			}
			else if (made) {
				navigate(planHref(made.id), t('plans.saved'));
			}
		};
		const step = (action, body) => attempt(() => api(`/api/v1/inspections/plans/${drafted.value.id}/${action}`,
			{ method: 'POST', body }));
		const proceed = async () => {
			if (!model.duplicateReason.trim()) {
				flash(t('plans.reasonRequired'), 'error');
				return null;
			}
			const done = await step('submit', { duplicateReason: model.duplicateReason });
			return done ? navigate(planHref(done.id), t('plans.submitted')) : null;
		};
		const withdraw = async () => {
			const done = await step('withdraw', {});
			return done ? navigate('#/inspections/plans', t('plans.withdrawn')) : null;
		};
		return () => el('div',
			pageTitle(t('plans.newPlan')),
			drafted.value ? duplicateWarning(drafted.value.duplicates, model, proceed, withdraw) : null,
			section('plans.plan', el('form', { class: 'form', onSubmit: (event) => { event.preventDefault(); save(); } },
				field('plans.planTitle', input('plan-title', model, 'title', { required: true, disabled: Boolean(drafted.value) })),
				el('div', { class: 'row' },
					field('plans.kind', select('plan-kind', model, 'kind', codeOptions('planKind', PLAN_KINDS))),
					field('plans.startsOn', input('plan-starts', model, 'startsOn', { type: 'date', required: true })),
					field('plans.endsOn', input('plan-ends', model, 'endsOn', { type: 'date', required: true }))),
				field('plans.methods', methodBoxes(model), model.methods.includes('UNANNOUNCED_VISITS') ? t('plans.unannouncedNote') : null),
				field('plans.objects', select('plan-objects', model, 'objects', unitOptions(units.value), { multiple: true, size: 6 })),
				field('plans.team', input('plan-team', model, 'team', { required: true }), t('plans.teamHint')),
				el('div', { class: 'row' },
					field('plans.basisKind', select('plan-basis-kind', model, 'basisKind', codeOptions('planBasisKind', PLAN_BASIS_KINDS))),
					field('plans.basisReference', input('plan-basis-reference', model, 'basisReference'))),
				field('plans.basisText', textarea('plan-basis-text', model, 'basisText', { rows: 2 })),
				drafted.value ? null : button('plan-save', 'plans.save', null, { type: 'submit', class: 'primary' }))));
	}
});
