// What the task's issuer can do on its page, as its status and the caller's roles allow:
// send a draft for approval, approve or reject it; ask to withdraw or suspend the issued
// task (a leader's request stands at once, a supervisor's waits) and a leader's decision
// on a pending request; resume; revise.

import { label, t } from '../i18n.js';
import { hasRole, ownNode } from '../session.js';
import { button, el, field, input, instant, section, textarea } from '../view.js';

/** The pending suspension or withdrawal, for everyone who sees the task at its issuer. */
export function pendingControl(task) {
	const request = task.controlRequest;
	if (!request) {
		return null;
	}
	return el('p', { class: 'reason', 'data-test': 'control-request', 'data-kind': request.kind, 'data-status': request.status },
		t('controlPending', label('controlKind', request.kind), request.requestedBy ?? '', instant(request.requestedAt), request.reason ?? ''));
}

/**
 * The actions section, or null. The context gives the task's id, the reason form, act
 * (action, successKey, body, needsReason), remove and revise.
 */
export function actionsSection(task, { id, node, form, act, remove, revise }) {
	const here = task.issuingNode === ownNode() && !node;
	if (!here) {
		return null;
	}
	const buttons = [];
	const boss = hasRole('supervisor', 'leader');
	const leader = hasRole('leader');
	if (task.status === 'DRAFT' && boss) {
		buttons.push(el('a', { class: 'button', href: `#/tasks/${encodeURIComponent(id)}/edit`, 'data-test': 'task-edit' }, t('edit')),
			button('task-submit', 'submitForApproval', () => act('submit', 'submitted'), { class: 'primary' }),
			button('task-delete', 'delete', remove, { class: 'danger' }));
	}
	if (task.status === 'PENDING_APPROVAL' && leader) {
		buttons.push(button('task-approve', 'approve', () => act('approve', 'approved'), { class: 'primary' }),
			button('task-reject', 'reject', () => act('reject', 'rejected', { reason: form.reason }, true), { class: 'danger' }));
	}
	const open = task.status === 'ISSUED' || task.status === 'IN_PROGRESS';
	if (task.controlRequest && leader) {
		buttons.push(button('control-approve', 'approveControl',
			() => act('control-request/approve', 'controlApproved', { reason: form.reason || null }), { class: 'primary' }),
		button('control-refuse', 'refuseControl',
			() => act('control-request/refuse', 'controlRefused', { reason: form.reason }, true), { class: 'danger' }));
	}
	else if ((open || task.status === 'SUSPENDED') && boss) {
		buttons.push(button('task-withdraw', 'withdraw',
			() => act('withdraw', leader ? 'withdrawn' : 'withdrawAsked', { reason: form.reason }, true), { class: 'danger' }));
		if (open) {
			buttons.push(button('task-suspend', 'suspend',
				() => act('suspend', leader ? 'suspended' : 'suspendAsked', { reason: form.reason }, true)));
		}
	}
	if (task.status === 'SUSPENDED' && boss) {
		buttons.push(button('task-resume', 'resume', () => act('resume', 'resumed', { reason: form.reason || null })));
	}
	if (!buttons.length) {
		return null;
	}
	return section('actions',
		task.status !== 'DRAFT' ? field('reason', textarea('task-reason', form, 'reason', { rows: 2, placeholder: t('reasonHint') })) : null,
		el('div', { class: 'actions' }, buttons),
		open && hasRole('supervisor') ? el('details', { class: 'revise' }, el('summary', t('revise')),
			field('taskTitle', input('revise-title', form, 'title', { placeholder: task.title })),
			field('goal', input('revise-goal', form, 'goal', { placeholder: task.goal ?? '' })),
			field('deadline', input('revise-deadline', form, 'deadline', { type: 'date' })),
			button('task-revise', 'revise', revise)) : null);
}
