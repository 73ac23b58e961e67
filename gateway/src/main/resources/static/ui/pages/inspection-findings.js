// An inspection's findings and the rectification requirements made of them, as a section
// of the plan's page: the planning node's supervisors record a finding with its evidence,
// and turn it into a requirement for a unit with a deadline in working days; each
// requirement links to its own page (report, verification, return visits, closing).

import { defineComponent, h, onMounted, reactive, ref } from '../lib.js';
import { api, attempt } from '../api.js';
import { label, t } from '../i18n.js';
import { hasRole, loadUnits, ownNode } from '../session.js';
import { button, el, field, input, link, pageTitle, section, select, table, textarea } from '../view.js';
import { attachmentLinks, attachmentPicker, pickedAttachments, pickerModel } from './attachment-picker.js';
import { registerPlanSection } from './inspection-parts.js';

/** The requirements as a table linking to each one's page. */
export function rectificationTable(rectifications) {
	if (!rectifications.length) {
		return el('p', { class: 'muted' }, t('findings.noRectifications'));
	}
	return table(['findings.unit', 'findings.requirement', 'findings.deadline', 'findings.state', ''],
		rectifications.map((r) => ({
			props: { 'data-test': 'rectification-row', 'data-rectification-id': r.id, 'data-state': r.state },
			cells: [r.unitName, r.requirement, r.deadline,
				el('span', { class: `badge rect-${r.state}`, 'data-test': 'rectification-state', 'data-state': r.state },
					label('rectificationState', r.state)),
				link(`#/rectifications/${encodeURIComponent(r.id)}`, t('findings.open'), { 'data-test': 'rectification-link' })]
		})));
}

function requireForm(finding, model, units, submit) {
	return el('form', { class: 'form inline', 'data-test': 'require-form',
		onSubmit: (event) => { event.preventDefault(); submit(finding.id); } },
	field('findings.unit', select('require-unit', model, 'unitCode',
		[{ value: '', label: '—' }, ...units.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))])),
	field('findings.requirement', textarea('require-text', model, 'requirement', { rows: 2, required: true })),
	field('findings.workingDays', input('require-days', model, 'workingDays', { type: 'number', min: 1, max: 250 })),
	button('require-submit', 'findings.require', null, { type: 'submit', class: 'primary' }));
}

export const FindingsSection = defineComponent({
	props: { planId: String },
	setup(props) {
		const base = `/api/v1/inspections/plans/${encodeURIComponent(props.planId)}`;
		const findings = ref([]);
		const rectifications = ref([]);
		const units = ref([]);
		const model = reactive({ content: '', files: pickerModel() });
		const requirement = reactive({ unitCode: '', requirement: '', workingDays: 10 });
		const load = async () => {
			findings.value = (await attempt(() => api(`${base}/findings`))) ?? findings.value;
			rectifications.value = (await attempt(() => api(`${base}/rectifications`))) ?? rectifications.value;
		};
		const record = async () => {
			const body = { content: model.content, attachments: pickedAttachments(model.files) };
			if (await attempt(() => api(`${base}/findings`, { method: 'POST', body }), 'findings.recorded')) {
				Object.assign(model, { content: '', files: pickerModel() });
				await load();
			}
		};
		const require = async (findingId) => {
			const body = { unitCode: requirement.unitCode, requirement: requirement.requirement,
				workingDays: Number(requirement.workingDays) };
			if (await attempt(() => api(`/api/v1/inspections/findings/${encodeURIComponent(findingId)}/rectifications`,
				{ method: 'POST', body }), 'findings.required')) {
				Object.assign(requirement, { unitCode: '', requirement: '' });
				await load();
			}
		};
		onMounted(async () => {
			units.value = (await attempt(() => loadUnits())) ?? [];
			await load();
		});
		return () => {
			const acts = hasRole('supervisor', 'leader');
			return el('div', { 'data-test': 'findings-section' },
				section('findings.title',
					findings.value.length ? findings.value.map((f) => el('article', { class: 'report', 'data-test': 'finding-row',
						'data-finding-id': f.id },
					el('header', el('span', { class: 'muted' }, `${t('findings.recordedBy')} ${f.recordedBy}`)),
					el('p', { class: 'pre', 'data-test': 'finding-content' }, f.content),
					attachmentLinks('finding-attachment-link', f.evidence),
					acts ? requireForm(f, requirement, units.value, require) : null))
						: el('p', { class: 'muted' }, t('findings.none')),
					acts ? el('form', { class: 'form', 'data-test': 'finding-form',
						onSubmit: (event) => { event.preventDefault(); record(); } },
					el('h4', t('findings.record')),
					field('findings.content', textarea('finding-content-input', model, 'content', { rows: 3, required: true })),
					attachmentPicker('finding-attachments', model.files, 'findings.evidence'),
					button('finding-submit', 'findings.record', null, { type: 'submit', class: 'primary' })) : null),
				section('findings.rectifications', rectificationTable(rectifications.value)));
		};
	}
});

/** The findings of a plan as a page of their own (the plan's page links here). */
export const InspectionFindingsPage = defineComponent({
	props: { params: Object, query: Object },
	setup(props) {
		return () => el('div', pageTitle(t('findings.title')), h(FindingsSection, { planId: props.params.id }));
	}
});

// On the plan's page: its findings and requirements, at the planning node, once approved.
registerPlanSection((plan) => (plan.planningNode === ownNode() && hasRole('supervisor', 'leader')
	&& ['APPROVED', 'CARRIED_OUT', 'CLOSED'].includes(plan.status))
	? h(FindingsSection, { planId: plan.id, key: `findings-${plan.id}` }) : null);
