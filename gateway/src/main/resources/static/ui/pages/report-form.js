// The progress report form of an assignment's page: the percentage and the seed's content
// fields (三(一)), attachments uploaded first; for a lead unit the co-units' contributions to
// sum up (each may be quoted into the text); after the issuer returned a report, the form
// submits it again (重新报送).

import { flash } from '../api.js';
import { t } from '../i18n.js';
import { button, el, field, input, textarea } from '../view.js';
import { contributionsView } from './contributions.js';
import { attachmentsField, REPORT_PARTS } from './report-parts.js';

export function reportModel(assignment) {
	return { percentComplete: String(assignment.percentComplete ?? 0), progress: '', dissemination: '', measures: '',
		effects: '', practices: '', difficulties: '', suggestions: '', attachments: [], uploading: 0, summarised: [] };
}

/**
 * The form; lead holds the contributions passed on to a lead unit and the report of its
 * that waits to be submitted again, if any.
 */
export function reportForm(model, post, lead = { contributions: [], waiting: null }) {
	const r = model.report;
	const send = async () => {
		const percent = Number(r.percentComplete);
		if (!r.progress.trim() || !Number.isInteger(percent) || percent < 0 || percent > 100) {
			flash(t('reportInvalid'), 'error');
			return;
		}
		const body = { percentComplete: percent, progress: r.progress,
			attachments: r.attachments.map((a) => ({ sha256: a.sha256, name: a.name })),
			answers: lead.waiting ? lead.waiting.id : null, contributions: [...r.summarised] };
		for (const part of REPORT_PARTS) {
			body[part] = r[part] || null;
		}
		if (await post('/reports', body, 'reported')) {
			Object.assign(r, { progress: '', attachments: [], summarised: [] }, Object.fromEntries(REPORT_PARTS.map((p) => [p, ''])));
		}
	};
	const quote = (c) => {
		r.progress = `${r.progress}${r.progress ? '\n' : ''}${t('quoted', c.unitName, c.content.progress)}`;
	};
	return el('form', { class: 'form', 'data-test': 'report-form', onSubmit: (event) => { event.preventDefault(); send(); } },
		el('h4', t(lead.waiting ? 'resubmitReport' : 'reportProgress')),
		lead.waiting ? el('p', { class: 'reason', 'data-test': 'report-resubmits' },
			t('resubmitsBecause', lead.waiting.returned.reason ?? '')) : null,
		lead.contributions.length ? el('div', { class: 'summarise' }, el('p', { class: 'muted' }, t('summariseIntro')),
			contributionsView(lead.contributions, { chosen: r.summarised, quote })) : null,
		field('report.percentComplete', input('report-percentComplete', r, 'percentComplete',
			{ type: 'number', min: 0, max: 100, step: 1, required: true })),
		field('report.progress', textarea('report-progress', r, 'progress', { rows: 4, required: true })),
		REPORT_PARTS.map((part) => field(`report.${part}`, textarea(`report-${part}`, r, part, { rows: 2 }))),
		attachmentsField(r, 'report'),
		button('report-submit', lead.waiting ? 'submitAgain' : 'submitReport', null,
			{ type: 'submit', class: 'primary', disabled: r.uploading > 0 }));
}
