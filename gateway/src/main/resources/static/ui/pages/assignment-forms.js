// The forms of an assignment's page. The assignee's: sign or return
// (assignment-signing.js), report progress (report-form.js) or, for a co-unit, contribute
// to the lead's report (contributions.js), ask for an extension or (the lead) completion.
// The issuer's: decide extensions and completion, urge, hand a returned task to
// another unit.

import { h } from '../lib.js';
import { api, ApiError, attempt, flash } from '../api.js';
import { label, t } from '../i18n.js';
import { DueDate } from '../dates.js';
import { unitName } from '../session.js';
import { button, el, field, input, instant, section, select, table, textarea } from '../view.js';
import { completionSection, signingModel, signingSection } from './assignment-signing.js';
import { contributionForm, contributionModel } from './contributions.js';
import { reportForm, reportModel } from './report-form.js';
import { documentLinks } from './document-links.js';

export function formsModel(assignment) {
	return {
		reason: '',
		report: reportModel(assignment),
		contribution: contributionModel(),
		lead: { contributions: [], waiting: null },
		returns: {},
		extension: { requestedDate: '', reason: '' },
		completion: { evidence: '', reason: '' },
		decision: {},
		urge: { title: '', message: '', toUnitHead: false },
		reassign: { unitCode: '' },
		signing: signingModel(assignment)
	};
}

/**
 * Each action posts (to the assignment's path plus a suffix, or to a full /api/ path),
 * shows its message and reloads the page's data.
 */
export function poster(path, reload) {
	return async (suffix, body, successKey) => {
		const target = suffix.startsWith('/api/') ? suffix : `${path}${suffix}`;
		let stale = false;
		const answer = await attempt(() => api(target, { method: 'POST', body }).catch((error) => {
			stale = error instanceof ApiError && error.status === 409;
			throw error;
		}), successKey);
		if (answer !== undefined) {
			await reload();
			flash(t(successKey), 'success');
			return true;
		}
		if (stale) {
			// someone else acted first (another window, a colleague): show what holds now,
			// under the message that says so
			await reload();
		}
		return false;
	};
}

/** What the assignee can do in the assignment's status. */
export function assigneeForms(a, model, path, reload, coordination) {
	const post = poster(path, reload);
	const parts = [];
	if (a.status === 'PENDING_SIGN') {
		parts.push(signingSection(model, post));
	}
	if (a.status === 'SIGNED' || a.status === 'REPORTING') {
		parts.push(a.role === 'CO' ? contributionForm(model.contribution, post)
			: section('reportProgress', reportForm(model, post, model.lead)));
		parts.push(section('extensionRequest', el('form', { class: 'form', onSubmit: (event) => {
			event.preventDefault();
			if (!model.extension.requestedDate) {
				flash(t('fillIn', t('requestedDate')), 'error');
				return;
			}
			post('/extensions', { ...model.extension }, 'extensionRequested');
		} },
		el('div', { class: 'row' }, field('requestedDate', input('extension-until', model.extension, 'requestedDate', { type: 'date' }))),
		field('reason', textarea('extension-reason', model.extension, 'reason', { rows: 2 })),
		button('extension-submit', 'requestExtension', null, { type: 'submit' }))));
		if (a.role === 'LEAD') {
			parts.push(completionSection(model, post));
		}
	}
	if (a.role === 'LEAD' && coordination) {
		parts.push(coordination);
	}
	return parts;
}

function extensionRows(extensions, model, post, decides) {
	return table(['requestedAt', 'deadlineBefore', 'requestedDate', 'reason', 'extensionStatus', 'decision'],
		extensions.map((x) => {
			const decision = model.decision[x.id] ?? { approvedDate: x.requestedDate, reason: '' };
			const pending = x.status === 'PENDING';
			return {
				props: { 'data-test': 'extension-row', 'data-extension-id': x.id, 'data-status': x.status },
				cells: [`${instant(x.requestedAt)} · ${x.requestedBy ?? ''}`, x.deadlineBefore ?? '—', x.requestedDate, x.reason ?? '',
					label('extStatus', x.status),
					pending && decides ? el('div', { class: 'decide' },
						input('extension-approved-date', decision, 'approvedDate', { type: 'date', 'aria-label': t('approvedDate') }),
						input('extension-decision-reason', decision, 'reason', { placeholder: t('reasonHint'), 'aria-label': t('reason') }),
						button('extension-approve', 'approve', () => post(`/api/v1/extensions/${encodeURIComponent(x.id)}/approve`,
							{ approvedDate: decision.approvedDate, reason: decision.reason || null }, 'extensionApproved'), { class: 'primary' }),
						button('extension-refuse', 'refuse', () => (decision.reason.trim()
							? post(`/api/v1/extensions/${encodeURIComponent(x.id)}/refuse`, { reason: decision.reason }, 'extensionRefused')
							: flash(t('reasonRequired'), 'error')), { class: 'danger' }))
						: (x.decidedAt ? `${x.approvedDate ?? ''} ${x.decisionReason ?? ''} · ${x.decidedBy ?? ''}` : '—')]
			};
		}));
}

/** What the issuer can do: decide, urge, reassign; and the extension requests for all. */
export function issuerForms(a, task, state, model, path, reload, units, decides) {
	const post = poster(path, reload);
	const parts = [];
	if (state.extensions.length) {
		parts.push(section('extensions', extensionRows(state.extensions, model, post, decides)));
	}
	if (!decides) {
		return parts;
	}
	if (a.status === 'COMPLETION_REQUESTED') {
		parts.push(section('completionDecision',
			a.completion ? el('p', { class: 'pre' }, a.completion.evidence ?? '') : null,
			field('reason', textarea('completion-reason', model.completion, 'reason', { rows: 2, placeholder: t('refuseHint') })),
			el('div', { class: 'actions' },
				button('completion-approve', 'approveCompletion',
					() => post('/completion/approve', { reason: model.completion.reason || null }, 'completionApproved'), { class: 'primary' }),
				button('completion-refuse', 'refuse', () => (model.completion.reason.trim()
					? post('/completion/refuse', { reason: model.completion.reason }, 'completionRefused')
					: flash(t('reasonRequired'), 'error')), { class: 'danger' }))));
	}
	if (a.status === 'RETURNED' && !(a.returned && a.returned.replacedBy)) {
		parts.push(section('reassign', el('p', t('returnedBecause', a.returned ? a.returned.reason : '')),
			field('unit', select('reassign-unit', model.reassign, 'unitCode', [{ value: '', label: t('chooseUnit') },
				...units.filter((u) => u.code !== a.unitCode).map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))])),
			button('reassign-submit', 'reassign', () => post('/reassign', { unitCode: model.reassign.unitCode }, 'reassigned'))));
	}
	if (!['COMPLETED', 'RETURNED'].includes(a.status)) {
		parts.push(section('urge', el('form', { class: 'form', onSubmit: (event) => {
			event.preventDefault();
			if (!model.urge.message.trim()) {
				flash(t('fillIn', t('urgeMessage')), 'error');
				return;
			}
			post('/reminders', { ...model.urge }, 'urged');
		} },
		field('urgeTitle', input('urge-title', model.urge, 'title', { maxlength: 200 })),
		field('urgeMessage', textarea('urge-message', model.urge, 'message', { rows: 2, required: true })),
		el('label', { class: 'check' }, input('urge-unit-head', model.urge, 'toUnitHead', { type: 'checkbox' }), t('toUnitHead')),
		button('urge-submit', 'urgeNow', null, { type: 'submit', class: 'primary' }))));
	}
	return parts;
}

/** The reminders the assignment received. */
export function remindersView(reminders, node) {
	return reminders.length ? section('reminders', table(['when', 'reminderKindLabel', 'from', 'title', 'dueDate', 'documents.urgingNotice'],
		reminders.map((r) => ({ props: { 'data-test': 'reminder-row', 'data-reminder-id': r.id },
			cells: [instant(r.sentAt), label('reminderKind', r.kind), `${r.fromNode} · ${unitName(r.fromUnit)}`,
				`${r.title ?? ''} ${r.message ?? ''}`, r.dueDate ? h(DueDate, { date: r.dueDate, done: true }) : '—',
				documentLinks('reminder-notice', `/api/v1/reminders/${encodeURIComponent(r.id)}/notice`, node)] })))) : null;
}
