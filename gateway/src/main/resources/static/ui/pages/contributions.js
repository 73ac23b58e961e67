// Co-units' contributions to the lead unit's report (协办材料): the co-unit's form and its own
// contributions; the lead unit's list of what the issuer passed on to it, each to include in
// its report or to quote.

import { h } from '../lib.js';
import { flash, href } from '../api.js';
import { t } from '../i18n.js';
import { unitName } from '../session.js';
import { button, el, field, instant, section, textarea } from '../view.js';
import { attachmentsField, REPORT_PARTS } from './report-parts.js';

export function contributionModel() {
	return { progress: '', dissemination: '', measures: '', effects: '', practices: '', difficulties: '', suggestions: '',
		attachments: [], uploading: 0 };
}

/** The co-unit's form: the report's content fields, without a percentage. */
export function contributionForm(model, post) {
	const send = async () => {
		if (!model.progress.trim()) {
			flash(t('fillIn', t('report.progress')), 'error');
			return;
		}
		const body = { progress: model.progress, attachments: model.attachments.map((a) => ({ sha256: a.sha256, name: a.name })) };
		for (const part of REPORT_PARTS) {
			body[part] = model[part] || null;
		}
		if (await post('/contributions', body, 'contributed')) {
			Object.assign(model, contributionModel());
		}
	};
	return section('contribute', el('p', { class: 'muted' }, t('contributionIntro')),
		el('form', { class: 'form', 'data-test': 'contribution-form', onSubmit: (event) => { event.preventDefault(); send(); } },
			field('report.progress', textarea('contribution-progress', model, 'progress', { rows: 4, required: true })),
			REPORT_PARTS.map((part) => field(`report.${part}`, textarea(`contribution-${part}`, model, part, { rows: 2 }))),
			attachmentsField(model, 'contribution'),
			button('contribution-submit', 'submitContribution', null,
				{ type: 'submit', class: 'primary', disabled: model.uploading > 0 })));
}

/**
 * Contributions as read; with pick ({chosen: ids, quote(c)}) each can be included in the
 * lead's report and quoted into its text.
 */
export function contributionsView(list, pick, node) {
	return el('div', { class: 'contributions' }, list.map((c) => {
		const named = { ...c, unitName: unitName(c.unitCode) };
		const chosen = pick ? pick.chosen.includes(c.id) : false;
		return el('article', { class: 'report', 'data-test': 'contribution-row', 'data-contribution-id': c.id },
			el('header', el('strong', named.unitName), ' ', el('span', { class: 'muted' },
				`${c.slotLabel ?? t('adHoc')} · ${c.contributedBy ?? ''} · ${instant(c.contributedAt)}`)),
			el('p', { class: 'pre' }, c.content.progress),
			REPORT_PARTS.filter((name) => c.content[name]).map((name) =>
				el('div', el('h4', t(`report.${name}`)), el('p', { class: 'pre' }, c.content[name]))),
			c.attachments.length ? el('ul', { class: 'attachments' }, c.attachments.map((a) => el('li',
				el('a', { href: href(`/api/v1/attachments/${a.sha256}`, { node }), download: a.name }, a.name)))) : null,
			pick ? el('div', { class: 'actions' },
				el('label', { class: 'check' }, h('input', { type: 'checkbox', checked: chosen, 'data-test': 'contribution-include',
					onChange: (event) => {
						const at = pick.chosen.indexOf(c.id);
						if (event.target.checked && at < 0) {
							pick.chosen.push(c.id);
						}
						else if (!event.target.checked && at >= 0) {
							pick.chosen.splice(at, 1);
						}
					} }), t('includeInReport')),
				button('contribution-quote', 'quote', () => pick.quote(named))) : null);
	}));
}

/** The contributions of an assignment for readers who do not report on it. */
export function contributionsSection(list, node) {
	return list.length ? section('contributions', contributionsView(list, null, node)) : null;
}
