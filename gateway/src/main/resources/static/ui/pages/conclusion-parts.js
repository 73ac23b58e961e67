// Pieces shared by the conclusion pages: a conclusion's link, its state badge, a table of
// conclusions.

import { label, t } from '../i18n.js';
import { nodeName } from '../session.js';
import { el, table } from '../view.js';

export function conclusionHref(id) {
	return `#/conclusions/${encodeURIComponent(id)}`;
}

/** A state badge: its text is the state's name, data-state the code. */
export function stateBadge(state, test = 'conclusion-state') {
	return el('span', { class: `badge conclusion-${state}`, 'data-test': test, 'data-state': state },
		label('conclusionState', state));
}

export function conclusionTable(items) {
	if (!items.length) {
		return el('p', { class: 'muted', 'data-test': 'conclusions-empty' }, t('conclusions.none'));
	}
	return table(['unit', 'status', 'conclusions.issuer', 'conclusions.text', 'conclusions.windows'],
		items.map((c) => ({
			props: { 'data-test': 'conclusion-row', 'data-conclusion-id': c.id, 'data-state': c.state },
			cells: [el('a', { href: conclusionHref(c.id), 'data-test': 'conclusion-link' }, c.unitName),
				stateBadge(c.state, 'conclusion-row-state'), nodeName(c.issuingNode),
				el('span', { class: 'pre' }, c.textInForce),
				c.reviewDueOn ? t('conclusions.reviewDue', c.reviewDueOn)
					: c.objectionClosesOn ? t('conclusions.objectBy', c.objectionClosesOn) : '—']
		})));
}
