// A ladder step: what was issued, to whom, why and on what basis; for a notice, the unit's
// rectification reports and the issuer's decisions on them (the unit reports at its own
// node, the issuer accepts or sends back); for a criticism, the principal leader's
// explanation and commitment at the executive meeting.

import { defineComponent, onMounted, reactive, ref } from '../lib.js';
import { api, attempt, flash } from '../api.js';
import { label, t } from '../i18n.js';
import { hasRole, nodeName, ownNode, session } from '../session.js';
import { button, el, facts, field, input, instant, pageTitle, section, textarea } from '../view.js';
import { basisList, kindBadge, personLink, unitLink } from './ladder-parts.js';

function rectificationView(s, model, act) {
	const unit = session.identity;
	const unitsNode = s.unitCode.split(':')[0] === ownNode();
	const reports = unitsNode && (unit.unitCode === s.unitCode || (s.unitCode === ownNode() && hasRole('supervisor', 'leader')))
		&& (s.rectification === 'NONE' || s.rectification === 'RETURNED');
	const decides = s.issuingNode === ownNode() && hasRole('supervisor', 'leader') && s.rectification === 'REPORTED';
	return section('ladder.rectification',
		el('p', el('span', { class: `badge rect-${s.rectification}`, 'data-test': 'step-rectification', 'data-state': s.rectification },
			label('rectState', s.rectification)), ` ${t('ladder.deadline')}：${s.rectificationDeadline}`),
		s.rectifications.map((r) => {
			const decision = s.decisions.find((d) => d.reportId === r.id);
			return el('article', { class: 'report', 'data-test': 'rectification-row', 'data-report-id': r.id },
				el('header', el('span', { class: 'muted' }, `${r.reportedBy} · ${instant(r.reportedAt)}`)),
				el('p', { class: 'pre' }, r.content),
				decision ? el('p', { class: decision.accepted ? 'muted' : 'bad' },
					`${decision.accepted ? t('ladder.accepted') : t('ladder.returned')} · ${decision.decidedBy} · ${instant(decision.decidedAt)}`,
					decision.reason ? ` · ${decision.reason}` : '') : null);
		}),
		reports ? el('form', { class: 'form', onSubmit: (event) => { event.preventDefault(); act('report'); } },
			field('ladder.rectificationContent', textarea('rectification-content', model, 'content', { rows: 4, required: true })),
			button('rectification-submit', 'ladder.submitRectification', null, { type: 'submit', class: 'primary' })) : null,
		decides ? el('form', { class: 'form', onSubmit: (event) => event.preventDefault() },
			field('ladder.returnReason', textarea('rectification-reason', model, 'reason', { rows: 2 })),
			el('div', { class: 'actions' },
				button('rectification-accept', 'ladder.accept', () => act('accept'), { class: 'primary' }),
				button('rectification-return', 'ladder.returnIt', () => act('return')))) : null);
}

function explanationView(s, model, act) {
	const e = s.explanation;
	const records = !e && s.issuingNode === ownNode() && hasRole('supervisor', 'leader');
	return section('ladder.explanation',
		e ? el('div', { 'data-test': 'step-explanation' }, facts([
			['ladder.meetingDate', e.meetingDate], ['ladder.principalAtMeeting', e.principalName],
			['ladder.explanationText', e.explanation], ['ladder.commitment', e.commitment],
			['ladder.confirmedBy', `${e.recordedBy} · ${instant(e.recordedAt)}`]])) : null,
		!e && !records ? el('p', { class: 'muted' }, t('ladder.noRecord')) : null,
		records ? el('form', { class: 'form', onSubmit: (event) => { event.preventDefault(); act('explain'); } },
			field('ladder.meetingDate', input('explanation-date', model, 'meetingDate', { type: 'date', required: true })),
			field('ladder.explanationText', textarea('explanation-text', model, 'explanation', { required: true })),
			field('ladder.commitment', textarea('explanation-commitment', model, 'commitment', { required: true })),
			button('explanation-submit', 'ladder.recordExplanation', null, { type: 'submit', class: 'primary' })) : null);
}

export const StepPage = defineComponent({
	props: { params: Object, query: Object },
	setup(props) {
		const path = `/api/v1/ladder/steps/${encodeURIComponent(props.params.id)}`;
		const step = ref(null);
		const model = reactive({ content: '', reason: '', meetingDate: '', explanation: '', commitment: '' });
		const load = async () => {
			step.value = (await attempt(() => api(path))) ?? step.value;
		};
		const act = async (action) => {
			const calls = {
				report: [`${path}/rectifications`, { content: model.content }, 'ladder.rectificationSent'],
				accept: [`${path}/rectification/accept`, {}, 'ladder.accepted'],
				return: [`${path}/rectification/return`, { reason: model.reason }, 'ladder.returned'],
				explain: [`${path}/explanation`, { meetingDate: model.meetingDate, explanation: model.explanation,
					commitment: model.commitment }, 'ladder.explained']
			};
			if (action === 'return' && !model.reason.trim()) {
				flash(t('reasonRequired'), 'error');
				return;
			}
			const [url, body, done] = calls[action];
			if (await attempt(() => api(url, { method: 'POST', body }), done)) {
				Object.assign(model, { content: '', reason: '' });
				await load();
			}
		};
		onMounted(load);
		return () => {
			const s = step.value;
			if (!s) {
				return el('div', pageTitle(t('ladder.step')), el('p', { class: 'muted' }, t('loading')));
			}
			return el('div',
				pageTitle(`${label('ladderKind', s.kind)} · ${s.unitName}`),
				el('p', { class: 'subtitle' }, el('span', { 'data-test': 'step-kind', 'data-kind': s.kind }, kindBadge(s.kind)),
					` ${s.issuedOn} · ${nodeName(s.issuingNode)}`),
				section('ladder.step', facts([
					['unit', unitLink(s.unitCode, s.unitName)],
					['ladder.person', el('span', { 'data-test': 'step-person' }, personLink(s.personId, s.personName, s.personRole),
						s.personTitle ? ` · ${s.personTitle}` : '')],
					['ladder.reason', el('span', { class: 'pre' }, s.reason)],
					['ladder.issuer', `${nodeName(s.issuingNode)} · ${instant(s.issuedAt)}`],
					['ladder.proposedBy', s.proposedBy === 'system' ? t('ladder.system') : s.proposedBy],
					['ladder.confirmedBy', s.confirmedBy], ['ladder.approvedBy', s.approvedBy]
				]), el('h4', t('ladder.basis')), basisList(s.basis)),
				s.kind === 'NOTICE' ? rectificationView(s, model, act) : null,
				s.kind === 'CRITICISM' ? explanationView(s, model, act) : null);
		};
	}
});
