// 督查问责: the proposals waiting for a decision at this node, the steps it holds (issued
// here, or about its subtree's units from wherever they were issued), and a supervisor's
// proposal by hand (a referral for serious consequences or bad influence, …).

import { defineComponent, onMounted, reactive, ref } from '../lib.js';
import { api, attempt, navigate } from '../api.js';
import { label, t } from '../i18n.js';
import { hasRole } from '../session.js';
import { button, codeOptions, el, field, input, instant, pageTitle, pager, section, select, table, textarea } from '../view.js';
import { KINDS, basisList, kindBadge, personLink, proposalHref, stepTable, unitLink } from './ladder-parts.js';

const STATUSES = ['PROPOSED', 'CONFIRMED', 'DECLINED', 'ISSUED'];

function proposalRows(items) {
	return table(['ladder.kind', 'unit', 'ladder.person', 'ladder.reason', 'ladder.basis', 'status', 'ladder.proposedBy'],
		items.map((p) => ({
			props: { 'data-test': 'proposal-row', 'data-proposal-id': p.id, 'data-kind': p.kind, 'data-status': p.status },
			cells: [el('a', { href: proposalHref(p.id), 'data-test': 'proposal-link' }, kindBadge(p.kind)),
				unitLink(p.unitCode, p.unitName), personLink(p.personId, p.personName, p.role),
				el('a', { href: proposalHref(p.id) }, p.reason), basisList(p.basis),
				el('span', { class: `badge proposal-${p.status}` }, label('proposalStatus', p.status)),
				`${p.proposedBy === 'system' ? t('ladder.system') : p.proposedBy} · ${instant(p.proposedAt)}`]
		})));
}

function markForm(model) {
	const send = async () => {
		const body = { ...model, assignmentId: model.assignmentId || null, personId: model.personId || null };
		const made = await attempt(() => api('/api/v1/ladder/proposals', { method: 'POST', body }));
		if (made) {
			navigate(proposalHref(made.id), t('ladder.proposed'));
		}
	};
	return section('ladder.proposeByHand', el('p', { class: 'muted' }, t('ladder.markIntro')),
		el('form', { class: 'form', onSubmit: (event) => { event.preventDefault(); send(); } },
			el('div', { class: 'row' },
				field('ladder.kind', select('mark-kind', model, 'kind', codeOptions('ladderKind', KINDS))),
				field('ladder.unitCode', input('mark-unit', model, 'unitCode', { required: true })),
				field('ladder.assignmentId', input('mark-assignment', model, 'assignmentId'))),
			field('ladder.reason', textarea('mark-reason', model, 'reason', { required: true })),
			button('mark-submit', 'ladder.propose', null, { type: 'submit', class: 'primary' })));
}

export const LadderPage = defineComponent({
	props: { params: Object, query: Object },
	setup(props) {
		const filter = reactive({ status: props.query.status ?? '' });
		const mark = reactive({ kind: 'REFERRAL', unitCode: '', assignmentId: '', reason: '' });
		const proposals = ref(null);
		const steps = ref(null);
		const load = async (page = 0) => {
			const query = { status: filter.status || 'PROPOSED,CONFIRMED', page, size: 20 };
			proposals.value = (await attempt(() => api('/api/v1/ladder/proposals', { query }))) ?? proposals.value;
		};
		const loadSteps = async (page = 0) => {
			steps.value = (await attempt(() => api('/api/v1/ladder/steps', { query: { page, size: 20 } }))) ?? steps.value;
		};
		onMounted(() => Promise.all([load(0), loadSteps(0)]));
		return () => el('div',
			pageTitle(t('ladder.nav')),
			section('ladder.waiting',
				el('form', { class: 'filters', onSubmit: (event) => { event.preventDefault(); load(0); } },
					select('ladder-filter-status', filter, 'status', codeOptions('proposalStatus', STATUSES, 'ladder.anyWaiting')),
					button('ladder-filter-apply', 'searchRun', null, { type: 'submit', class: 'primary' })),
				proposals.value && proposals.value.items.length ? proposalRows(proposals.value.items)
					: el('p', { class: 'muted' }, proposals.value ? t('ladder.noProposals') : t('loading')),
				pager(proposals.value, load)),
			section('ladder.issuedSteps',
				steps.value ? stepTable(steps.value.items) : el('p', { class: 'muted' }, t('loading')),
				pager(steps.value, loadSteps)),
			hasRole('supervisor') ? markForm(mark) : null);
	}
});
