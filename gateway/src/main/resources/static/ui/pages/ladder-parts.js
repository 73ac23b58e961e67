// What the ladder's pages share: their addresses, a step's basis with links to what it rests
// on, the person a step counts against, and the table of a record's steps.

import { label, t } from '../i18n.js';
import { nodeName, unitName } from '../session.js';
import { el, table } from '../view.js';
import { assignmentHref } from './task.js';

export const KINDS = ['NOTICE', 'INTERVIEW', 'CRITICISM', 'REFERRAL', 'COMMENDATION'];

export const proposalHref = (id) => `#/ladder/proposals/${encodeURIComponent(id)}`;
export const stepHref = (id) => `#/ladder/steps/${encodeURIComponent(id)}`;
export const unitRecordHref = (code) => `#/units/${encodeURIComponent(code)}/record`;
export const unitPeopleHref = (code) => `#/units/${encodeURIComponent(code)}/people`;
export const personRecordHref = (id) => `#/people/${encodeURIComponent(id)}/record`;

/** A unit by name, linked to its record. */
export function unitLink(code, name) {
	return el('a', { href: unitRecordHref(code) }, name ?? unitName(code));
}

/** The person a step or proposal concerns, linked to their record; or why there is none. */
export function personLink(personId, personName, role) {
	const post = role ? label('chargeRole', role) : '';
	if (!personId) {
		return el('span', { class: 'muted' }, `${post} · ${t('ladder.none')}`);
	}
	return el('span', `${post} `, el('a', { href: personRecordHref(personId), 'data-test': 'person-link' }, personName));
}

/** The facts a step rests on, each linked to its record where this node can open it. */
export function basisList(basis) {
	return el('ul', { class: 'plain basis', 'data-test': 'step-basis' }, basis.map((fact) => {
		const target = fact.kind === 'ASSIGNMENT' ? assignmentHref(fact.refId)
			: fact.kind === 'STEP' ? stepHref(fact.refId) : null;
		return el('li', el('span', { class: 'badge' }, label('basisKind', fact.kind)), ' ',
			target ? el('a', { href: target }, fact.label) : fact.label);
	}));
}

export function kindBadge(kind) {
	return el('span', { class: `badge ladder-${kind}`, 'data-kind': kind }, label('ladderKind', kind));
}

/** The steps of a record, the latest first. */
export function stepTable(steps) {
	if (!steps.length) {
		return el('p', { class: 'muted' }, t('ladder.noRecord'));
	}
	return table(['ladder.issuedOn', 'ladder.kind', 'ladder.issuer', 'unit', 'ladder.person', 'ladder.reason',
		'ladder.rectification'], steps.map((s) => ({
		props: { 'data-test': 'record-step', 'data-step-id': s.id, 'data-kind': s.kind },
		cells: [el('a', { href: stepHref(s.id) }, s.issuedOn), kindBadge(s.kind), nodeName(s.issuingNode),
			unitLink(s.unitCode, s.unitName), personLink(s.personId, s.personName, s.personRole), s.reason,
			s.rectification ? label('rectState', s.rectification) : '—']
	})));
}

/** Counts of a record by kind. */
export function countsView(counts) {
	return el('p', { class: 'counts', 'data-test': 'record-counts' }, KINDS.map((kind) =>
		el('span', { class: 'count' }, `${label('ladderKind', kind)} `,
			el('strong', { 'data-test': `record-count-${kind}` }, String(counts[kind] ?? 0)))));
}
