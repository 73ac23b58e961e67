// Coordination on a lead assignment (二(一)): the attempts with co-units, and after the
// second attempt without result the written report upward — how coordination went, why
// it failed, the lead unit's opinions and suggestions.

import { nextTick } from '../lib.js';
import { api, attempt, flash } from '../api.js';
import { label, t } from '../i18n.js';
import { today } from '../dates.js';
import { unitName } from '../session.js';
import { button, el, field, input, instant, section, select, table, textarea } from '../view.js';

export function coordinationModel() {
	return {
		attempt: { date: today(), withUnits: [], withText: '', matter: '', outcome: 'UNRESOLVED', notes: '' },
		report: { process: '', reasons: '', suggestions: '' }
	};
}

function units(model) {
	const typed = model.withText.split(/[,，、;；\s]+/).filter((code) => code);
	return [...new Set([...model.withUnits, ...typed])];
}

function leadToReport() {
	flash(t('writtenReportDue'), 'error');
	nextTick(() => {
		const form = document.querySelector('[data-test="coordination-report-form"]');
		if (form) {
			form.scrollIntoView({ behavior: 'smooth', block: 'start' });
			const first = form.querySelector('textarea');
			if (first) {
				first.focus();
			}
		}
	});
}

/**
 * The section. state: {list, status} as loaded; coUnits: the task's other units;
 * reload: loads list and status again.
 */
export function coordinationSection(path, model, state, coUnits, reload) {
	const record = async () => {
		const body = { ...model.attempt, withUnits: units(model.attempt) };
		delete body.withText;
		if (!body.withUnits.length || !body.matter.trim()) {
			flash(t('fillIn', [t('coordinatedWith'), t('matter')].join('、')), 'error');
			return;
		}
		const done = await attempt(() => api(`${path}/coordinations`, { method: 'POST', body }), 'coordinationRecorded');
		if (done) {
			model.attempt.matter = '';
			model.attempt.notes = '';
			await reload();
			if (state.status && state.status.writtenReportRequired) {
				leadToReport();
			}
		}
	};
	const report = async () => {
		const done = await attempt(() => api(`${path}/coordination-report`, { method: 'POST', body: model.report }),
			'writtenReportFiled');
		if (done) {
			model.report = { process: '', reasons: '', suggestions: '' };
			await reload();
		}
	};
	const status = state.status;
	return section('coordination',
		status ? el('p', { 'data-test': 'coordination-status', 'data-required': String(status.writtenReportRequired),
			class: status.writtenReportRequired ? 'bad' : 'muted' },
		t('coordinationCounts', status.attempts, status.unresolved),
		status.writtenReportRequired ? ` ${t('writtenReportDue')}` : '',
		status.writtenReport ? ` ${t('writtenReportFiledAt', instant(status.writtenReport.reportedAt))}` : '') : null,
		state.list.length ? table(['date', 'coordinatedWith', 'matter', 'outcomeLabel', 'notes'], state.list.map((c) => ({
			props: { 'data-test': 'coordination-row' },
			cells: [c.date, c.withUnits.map(unitName).join('、'), c.matter, label('outcome', c.outcome), c.notes ?? '']
		}))) : null,
		status && status.writtenReportRequired ? el('form', { class: 'form written', 'data-test': 'coordination-report-form',
			onSubmit: (event) => { event.preventDefault(); report(); } },
		el('h4', t('writtenReport')), el('p', { class: 'muted' }, t('writtenReportIntro')),
		field('process', textarea('coordination-report-process', model.report, 'process', { rows: 4, required: true })),
		field('failureReasons', textarea('coordination-report-reasons', model.report, 'reasons', { rows: 3, required: true })),
		field('opinions', textarea('coordination-report-suggestions', model.report, 'suggestions', { rows: 3, required: true })),
		button('coordination-report-submit', 'fileWrittenReport', null, { type: 'submit', class: 'primary' })) : null,
		el('form', { class: 'form', onSubmit: (event) => { event.preventDefault(); record(); } },
			el('h4', t('recordCoordination')),
			el('div', { class: 'row' },
				field('date', input('coordination-date', model.attempt, 'date', { type: 'date', max: today() })),
				field('outcomeLabel', select('coordination-outcome', model.attempt, 'outcome',
					['UNRESOLVED', 'RESOLVED'].map((o) => ({ value: o, label: label('outcome', o) }))))),
			coUnits.length
				? field('coordinatedWith', select('coordination-with', model.attempt, 'withUnits',
					coUnits.map((code) => ({ value: code, label: `${unitName(code)} (${code})` })), { multiple: true }))
				: field('coordinatedWith', input('coordination-with', model.attempt, 'withText', { placeholder: t('unitCodesHint') })),
			field('matter', textarea('coordination-matter', model.attempt, 'matter', { rows: 2 })),
			field('notes', textarea('coordination-notes', model.attempt, 'notes', { rows: 2 })),
			button('coordination-submit', 'record', null, { type: 'submit' })));
}
