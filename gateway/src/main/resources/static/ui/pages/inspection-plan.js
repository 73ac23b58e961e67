// One inspection plan: what it says (objects, team, period, basis), where it stands, and the steps
// the caller's roles allow at the planning node — a supervisor submits (with a reason when
// warned of duplicate supervision) or withdraws the draft, marks it carried out and closes it; a
// leader approves or sends it back. Below, the sections the findings and conclusions pages add.

import { defineComponent, onMounted, reactive, ref } from '../lib.js';
import { api, attempt, flash, navigate } from '../api.js';
import { label, t } from '../i18n.js';
import { hasRole, ownNode } from '../session.js';
import { button, el, facts, field, instant, pageTitle, section, textarea } from '../view.js';
import { duplicateWarning, methodList, objectList, planSections, planStatus, secrecy } from './inspection-parts.js';

function stepButtons(p, model, act) {
	const supervisor = hasRole('supervisor');
	const leader = hasRole('leader');
	const buttons = [];
	if (supervisor && p.status === 'DRAFT' && !p.duplicates.length) {
		buttons.push(button('plan-submit', 'plans.submit', () => act('submit', {}, 'plans.submitted'), { class: 'primary' }));
	}
	if (supervisor && p.status === 'DRAFT' && !p.duplicates.length) {
		buttons.push(button('plan-withdraw', 'plans.withdraw', () => act('withdraw', {}, 'plans.withdrawn')));
	}
	if (leader && p.status === 'AWAITING_APPROVAL') {
		buttons.push(button('plan-approve', 'plans.approve', () => act('approve', {}, 'plans.approved'), { class: 'primary' }));
	}
	if (supervisor && p.status === 'APPROVED') {
		buttons.push(button('plan-carry-out', 'plans.carryOut', () => act('carry-out', {}, 'plans.carriedOut'), { class: 'primary' }));
	}
	if (supervisor && p.status === 'CARRIED_OUT') {
		buttons.push(button('plan-close', 'plans.close', () => act('close', {}, 'plans.closed'), { class: 'primary' }));
	}
	const sendBack = leader && p.status === 'AWAITING_APPROVAL';
	if (!buttons.length && !sendBack) {
		return null;
	}
	return section('plans.steps',
		sendBack ? field('plans.sendBackReason', textarea('plan-send-back-reason', model, 'reason', { rows: 2 })) : null,
		el('div', { class: 'actions' }, buttons,
			sendBack ? button('plan-send-back', 'plans.sendBack', () => {
				if (!model.reason.trim()) {
					flash(t('plans.reasonRequired'), 'error');
					return null;
				}
				return act('send-back', { reason: model.reason }, 'plans.sentBack');
			}) : null));
}

export const PlanPage = defineComponent({
	props: { params: Object, query: Object },
	setup(props) {
		const path = `/api/v1/inspections/plans/${encodeURIComponent(props.params.id)}`;
		const plan = ref(null);
		const model = reactive({ reason: '', duplicateReason: '' });
		const load = async () => {
			plan.value = (await attempt(() => api(path))) ?? plan.value;
		};
		const act = async (action, body, successKey) => {
			const done = await attempt(() => api(`${path}/${action}`, { method: 'POST', body }));
			if (done && action === 'withdraw') {
				navigate('#/inspections/plans', t(successKey));
			}
			else if (done) {
				flash(t(successKey), 'success');
				model.reason = '';
				await load();
			}
		};
		const proceed = () => {
			if (!model.duplicateReason.trim()) {
				flash(t('plans.reasonRequired'), 'error');
				return null;
			}
			return act('submit', { duplicateReason: model.duplicateReason }, 'plans.submitted');
		};
		onMounted(load);
		return () => {
			const p = plan.value;
			if (!p) {
				return el('div', pageTitle(t('plans.plan')), el('p', { class: 'muted' }, t('loading')));
			}
			const own = p.planningNode === ownNode();
			return el('div',
				pageTitle(p.title),
				el('p', { class: 'subtitle' }, planStatus(p.status), ' ', secrecy(p), ' ', label('planKind', p.kind)),
				own ? null : el('p', { class: 'muted', 'data-test': 'plan-copy' }, t('plans.copyNote', p.planningNodeName)),
				p.unannounced && own && (p.status === 'DRAFT' || p.status === 'AWAITING_APPROVAL' || p.status === 'APPROVED')
					? el('p', { class: 'muted' }, t('plans.unannouncedNote')) : null,
				own && p.status === 'DRAFT' && hasRole('supervisor')
					? duplicateWarning(p.duplicates, model, proceed, () => act('withdraw', {}, 'plans.withdrawn')) : null,
				section('plans.plan', facts([
					['plans.planner', `${p.planningNodeName} (${p.planningNode})`],
					['plans.period', `${p.startsOn} — ${p.endsOn}`],
					['plans.methods', methodList(p.methods)],
					['plans.objects', objectList(p.objects)],
					p.team.length ? ['plans.team', el('span', { 'data-test': 'plan-team-list' }, p.team.join('、'))] : null,
					['plans.basis', `${label('planBasisKind', p.basis.kind)}${p.basis.reference ? ` · ${p.basis.reference}` : ''}`
						+ `${p.basis.text ? ` · ${p.basis.text}` : ''}`],
					p.draftedBy ? ['plans.draftedBy', `${p.draftedBy} · ${instant(p.draftedAt)}`] : null,
					p.duplicateReason ? ['plans.recordedReason', el('span', { 'data-test': 'plan-recorded-reason' }, p.duplicateReason)] : null,
					p.sentBackReason ? ['plans.sentBackNote', p.sentBackReason] : null,
					p.approvedBy ? ['plans.approvedBy', `${p.approvedBy} · ${instant(p.approvedAt)}`] : null,
					p.carriedOutAt ? ['plans.carriedOutAt', instant(p.carriedOutAt)] : null,
					p.closedAt ? ['plans.closedAt', instant(p.closedAt)] : null
				])),
				own ? stepButtons(p, model, act) : null,
				el('div', { 'data-test': 'plan-sections' }, planSections(p)));
		};
	}
});
