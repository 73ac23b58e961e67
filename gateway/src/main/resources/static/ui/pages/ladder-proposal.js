// A ladder proposal and the decisions on it: a supervisor confirms (a notice's deadline may
// be set anew) or declines with a reason; a leader approves, which issues the step, or
// declines instead.

import { defineComponent, onMounted, reactive, ref } from '../lib.js';
import { api, attempt, flash, navigate } from '../api.js';
import { label, t } from '../i18n.js';
import { hasRole } from '../session.js';
import { button, el, facts, field, input, instant, pageTitle, section, textarea } from '../view.js';
import { basisList, kindBadge, personLink, stepHref, unitLink } from './ladder-parts.js';

function decisions(p) {
	return facts([
		p.confirmedBy ? ['ladder.confirmedBy', `${p.confirmedBy} · ${instant(p.confirmedAt)} · ${p.confirmReason ?? ''}`] : null,
		p.declinedBy ? ['ladder.declinedBy', `${p.declinedBy} · ${instant(p.declinedAt)} · ${p.declineReason ?? ''}`] : null,
		p.approvedBy ? ['ladder.approvedBy', `${p.approvedBy} · ${instant(p.approvedAt)}`] : null
	]);
}

function decisionForm(p, model, act) {
	const supervisor = hasRole('supervisor') && p.status === 'PROPOSED';
	const leader = hasRole('leader') && (p.status === 'PROPOSED' || p.status === 'CONFIRMED');
	if (!supervisor && !leader) {
		return null;
	}
	return section('ladder.decision', el('form', { class: 'form', onSubmit: (event) => event.preventDefault() },
		field('ladder.decisionReason', textarea('proposal-reason', model, 'reason', { rows: 3 })),
		p.kind === 'NOTICE' ? field('ladder.deadline', input('proposal-deadline', model, 'deadline', { type: 'date' })) : null,
		el('div', { class: 'actions' },
			supervisor ? button('proposal-confirm', 'ladder.confirm', () => act('confirm'), { class: 'primary' }) : null,
			leader && p.status === 'CONFIRMED'
				? button('proposal-approve', 'ladder.approve', () => act('approve'), { class: 'primary' }) : null,
			button('proposal-decline', 'ladder.decline', () => act('decline')))));
}

export const ProposalPage = defineComponent({
	props: { params: Object, query: Object },
	setup(props) {
		const path = `/api/v1/ladder/proposals/${encodeURIComponent(props.params.id)}`;
		const proposal = ref(null);
		const model = reactive({ reason: '', deadline: '' });
		const load = async () => {
			const found = await attempt(() => api(path));
			if (found) {
				model.deadline = model.deadline || (found.rectificationDeadline ?? '');
				proposal.value = found;
			}
		};
		const act = async (action) => {
			if (action !== 'approve' && !model.reason.trim()) {
				flash(t('reasonRequired'), 'error');
				return;
			}
			const deadline = proposal.value.kind === 'NOTICE' && model.deadline ? model.deadline : null;
			const body = action === 'approve' ? { rectificationDeadline: deadline }
				: action === 'confirm' ? { reason: model.reason, rectificationDeadline: deadline } : { reason: model.reason };
			const done = await attempt(() => api(`${path}/${action}`, { method: 'POST', body }));
			if (done && action === 'approve') {
				navigate(stepHref(done.id), t('ladder.approved'));
			}
			else if (done) {
				flash(t(action === 'confirm' ? 'ladder.confirmed' : 'ladder.declined'), 'success');
				model.reason = '';
				await load();
			}
		};
		onMounted(load);
		return () => {
			const p = proposal.value;
			if (!p) {
				return el('div', pageTitle(t('ladder.proposal')), el('p', { class: 'muted' }, t('loading')));
			}
			return el('div',
				pageTitle(`${label('ladderKind', p.kind)} · ${p.unitName}`),
				el('p', { class: 'subtitle' }, kindBadge(p.kind), ' ',
					el('span', { class: `badge proposal-${p.status}`, 'data-test': 'proposal-status', 'data-status': p.status },
						label('proposalStatus', p.status))),
				section('ladder.proposal', facts([
					['unit', unitLink(p.unitCode, p.unitName)],
					['ladder.person', el('span', { 'data-test': 'proposal-person' },
						personLink(p.personId, p.personName, p.role), p.personFixed ? t('ladder.personFixed') : '')],
					['ladder.reason', el('span', { class: 'pre', 'data-test': 'proposal-reason-text' }, p.reason)],
					p.rectificationDeadline ? ['ladder.deadline', p.rectificationDeadline] : null,
					['ladder.proposedBy', `${p.proposedBy === 'system' ? t('ladder.system') : p.proposedBy} · ${instant(p.proposedAt)}`]
				]), el('h4', t('ladder.basis')), basisList(p.basis)),
				p.status !== 'PROPOSED' ? section('ladder.decision', decisions(p),
					p.stepId ? el('p', el('a', { href: stepHref(p.stepId), 'data-test': 'proposal-step-link' }, t('ladder.stepIssued'))) : null)
					: null,
				decisionForm(p, model, act));
		};
	}
});
