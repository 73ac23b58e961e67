// The reports of an assignment's page, each with the issuer's return (退回) when there is one;
// the issuer returns the latest report with a reason while it is not accepted yet (the node
// answers 409 once it is).

import { flash } from '../api.js';
import { t } from '../i18n.js';
import { button, el, section, textarea } from '../view.js';
import { reportView } from './task.js';

/** The report of an assignment that waits to be submitted again, if any. */
export function waitingReport(reports) {
	return reports.find((r) => r.returned && !r.returned.answeredBy) ?? null;
}

/** The reports, newest first; the issuer may return the latest one. */
export function reportsSection(reports, node, decides, reasons, post) {
	if (!reports.length) {
		return section('reports', el('p', { class: 'muted' }, t('noReports')));
	}
	const latest = reports[0];
	return section('reports', reports.map((r) => [reportView(r, node),
		decides && r === latest && !r.returned ? returnControl(r, reasons, post) : null]));
}

function returnControl(report, reasons, post) {
	return el('div', { class: 'decide', 'data-test': 'report-return' },
		textarea('report-return-reason', reasons, report.id, { rows: 2, placeholder: t('returnReportHint'), 'aria-label': t('reason') }),
		button('report-return-submit', 'returnReport', () => ((reasons[report.id] ?? '').trim()
			? post(`/api/v1/reports/${encodeURIComponent(report.id)}/return`, { reason: reasons[report.id] }, 'reportReturnedOk')
			: flash(t('reasonRequired'), 'error')), { class: 'danger' }));
}
