// One conclusion (督查结论): its text and steps, and what the caller may do next — a leader
// of the issuing node approves, a supervisor issues; the unit's people sign for it and
// object within 30 days of signing; a supervisor or leader of the issuing node who is none
// of its authors reviews the objection (the node refuses an author with the reason).

import { defineComponent, onMounted, reactive, ref } from '../lib.js';
import { api, attempt, flash } from '../api.js';
import { label, t } from '../i18n.js';
import { hasRole, nodeName, ownNode, session } from '../session.js';
import { button, el, facts, field, instant, pageTitle, section, select, textarea } from '../view.js';
import { stateBadge } from './conclusion-parts.js';

function isUnitsPeople(c) {
	const unitsNode = c.unitCode.split(':')[0] === ownNode();
	return unitsNode && (session.identity.unitCode === c.unitCode
		|| (c.unitCode === ownNode() && hasRole('supervisor', 'leader')));
}

function issuerActions(c, act) {
	const issuer = c.issuingNode === ownNode();
	return el('div', { class: 'actions' },
		issuer && c.state === 'DRAFT' && hasRole('leader') ? button('conclusion-approve', 'conclusions.approve', () => act('approve'), { class: 'primary' }) : null,
		issuer && c.state === 'APPROVED' && hasRole('supervisor', 'leader') ? button('conclusion-issue', 'conclusions.issue', () => act('issue'), { class: 'primary' }) : null,
		isUnitsPeople(c) && c.state === 'ISSUED' ? button('conclusion-sign', 'conclusions.sign', () => act('sign'), { class: 'primary' }) : null);
}

function objectionView(c, model, act) {
	const o = c.objection;
	const objects = isUnitsPeople(c) && c.state === 'SIGNED';
	return section('conclusions.objection',
		c.objectionClosesOn ? el('p', { 'data-test': 'objection-closes' }, t('conclusions.objectBy', c.objectionClosesOn)) : null,
		o ? el('div', { 'data-test': 'objection-shown' }, facts([
			['conclusions.filedOn', `${o.filedOn} · ${o.filedBy}`],
			['conclusions.reasons', el('span', { class: 'pre' }, o.reasons)],
			['conclusions.attachments', o.attachmentIds.length ? o.attachmentIds.join(', ') : '—']])) : null,
		!o && !objects ? el('p', { class: 'muted' }, t('conclusions.noObjection')) : null,
		objects ? el('form', { class: 'form', onSubmit: (event) => { event.preventDefault(); act('objection'); } },
			field('conclusions.reasons', textarea('objection-reasons', model, 'reasons', { rows: 4, required: true })),
			button('objection-submit', 'conclusions.object', null, { type: 'submit', class: 'primary' })) : null);
}

function reviewView(c, model, act) {
	const r = c.review;
	const reviews = !r && c.state === 'OBJECTED' && c.issuingNode === ownNode() && hasRole('supervisor', 'leader');
	return section('conclusions.review',
		c.reviewDueOn ? el('p', { 'data-test': 'review-due' }, t('conclusions.reviewDue', c.reviewDueOn),
			c.remindedDaysBefore.length ? ` · ${t('conclusions.reminded', c.remindedDaysBefore.join('/'))}` : '') : null,
		r ? el('div', { 'data-test': 'review-shown', 'data-outcome': r.outcome }, facts([
			['conclusions.outcome', label('reviewOutcome', r.outcome)],
			r.changedText ? ['conclusions.changedText', el('span', { class: 'pre' }, r.changedText)] : null,
			['conclusions.reviewedBy', `${r.reviewedBy} · ${r.reviewedOn}${r.late ? ` · ${t('conclusions.late')}` : ''}`]])) : null,
		reviews ? el('form', { class: 'form', onSubmit: (event) => { event.preventDefault(); act('review'); } },
			el('p', { class: 'muted' }, t('conclusions.recusal')),
			field('conclusions.outcome', select('review-outcome', model, 'outcome',
				['UPHELD', 'CHANGED'].map((o) => ({ value: o, label: label('reviewOutcome', o) })))),
			model.outcome === 'CHANGED' ? field('conclusions.changedText', textarea('review-text', model, 'changedText', { rows: 4 })) : null,
			button('review-submit', 'conclusions.recordReview', null, { type: 'submit', class: 'primary' })) : null);
}

export const ConclusionPage = defineComponent({
	props: { params: Object, query: Object },
	setup(props) {
		const path = `/api/v1/conclusions/${encodeURIComponent(props.params.id)}`;
		const conclusion = ref(null);
		const model = reactive({ reasons: '', outcome: 'UPHELD', changedText: '' });
		const load = async () => {
			conclusion.value = (await attempt(() => api(path))) ?? conclusion.value;
		};
		const act = async (step) => {
			const bodies = {
				approve: {}, issue: {}, sign: {},
				objection: { reasons: model.reasons, attachmentIds: [] },
				review: { outcome: model.outcome, changedText: model.outcome === 'CHANGED' ? model.changedText : null }
			};
			if (step === 'review' && model.outcome === 'CHANGED' && !model.changedText.trim()) {
				flash(t('conclusions.changedTextRequired'), 'error');
				return;
			}
			if (await attempt(() => api(`${path}/${step}`, { method: 'POST', body: bodies[step] }), `conclusions.done_${step}`)) {
				await load();
			}
		};
		onMounted(load);
		return () => {
			const c = conclusion.value;
			if (!c) {
				return el('div', pageTitle(t('conclusions.one')), el('p', { class: 'muted' }, t('loading')));
			}
			return el('div',
				pageTitle(`${t('conclusions.one')} · ${c.unitName}`),
				el('p', { class: 'subtitle' }, stateBadge(c.state), ` ${nodeName(c.issuingNode)}`),
				section('conclusions.one', facts([
					['unit', c.unitName],
					['conclusions.text', el('span', { class: 'pre', 'data-test': 'conclusion-text-in-force' }, c.textInForce)],
					c.textInForce !== c.text ? ['conclusions.asIssued', el('span', { class: 'pre muted' }, c.text)] : null,
					['conclusions.draftedBy', `${c.draftedBy} · ${instant(c.draftedAt)}`],
					['conclusions.approvedBy', c.approvedBy], ['conclusions.issuedOn', c.issuedOn],
					['conclusions.signedOn', c.signedOn ? `${c.signedOn} · ${c.signedBy}` : null]]),
				issuerActions(c, act)),
				c.signedOn ? objectionView(c, model, act) : null,
				c.objection ? reviewView(c, model, act) : null);
		};
	}
});
