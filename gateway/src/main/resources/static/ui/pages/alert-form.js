// Raising an alert (双向提示预警): a prompt or urging down to a node below, a risk,
// difficulty, request for coordination or policy proposal up to the issuer. Shared by
// the assignment page and the alerts page.

import { api, attempt, flash } from '../api.js';
import { label, t } from '../i18n.js';
import { button, el, field, input, select, textarea } from '../view.js';

export const UP_KINDS = ['RISK', 'DIFFICULTY', 'COORDINATION_REQUEST', 'POLICY_PROPOSAL'];
export const DOWN_KINDS = ['PROMPT', 'URGE'];

/** A fresh alert model; fixed holds what the page already knows (task, assignment …). */
export function alertModel(kinds, fixed = {}) {
	return { kind: kinds[0], toNode: '', toUnit: '', taskId: '', assignmentId: '', title: '', message: '', ...fixed };
}

/** Sends it; resolves to the alert, or undefined after showing why not. */
export async function raiseAlert(model) {
	if (!model.title.trim() || !model.toNode) {
		flash(t('fillIn', [!model.title.trim() ? t('alertTitle') : null, !model.toNode ? t('toNode') : null]
			.filter((x) => x).join('、')), 'error');
		return undefined;
	}
	const alert = await attempt(() => api('/api/v1/alerts', {
		method: 'POST', body: {
			kind: model.kind, toNode: model.toNode, toUnit: model.toUnit || null, taskId: model.taskId || null,
			assignmentId: model.assignmentId || null, title: model.title, message: model.message || null
		}
	}), 'alertRaised');
	if (alert) {
		model.title = '';
		model.message = '';
	}
	return alert;
}

/**
 * The form. nodes: [{code, name}] to choose the receiving node from; without them the
 * node is fixed (the issuer of the task).
 */
export function alertForm(model, kinds, nodes, onSent) {
	return el('form', { class: 'form alert-form', 'data-test': 'alert-form', onSubmit: async (event) => {
		event.preventDefault();
		const alert = await raiseAlert(model);
		if (alert && onSent) {
			onSent(alert);
		}
	} },
	el('div', { class: 'row' },
		field('alertKindLabel', select('alert-kind', model, 'kind', kinds.map((k) => ({ value: k, label: label('alertKind', k) })))),
		nodes && nodes.length
			? field('toNode', select('alert-to-node', model, 'toNode', [{ value: '', label: t('chooseNode') },
				...nodes.map((n) => ({ value: n.code, label: `${n.name} (${n.code})` }))]))
			: field('toNode', input('alert-to-node', model, 'toNode', { readonly: true })),
		field('toUnit', input('alert-to-unit', model, 'toUnit', { placeholder: t('toUnitHint') }))),
	field('alertTitle', input('alert-title', model, 'title', { maxlength: 500, required: true })),
	field('alertMessage', textarea('alert-message', model, 'message', { rows: 3 })),
	el('div', { class: 'actions' }, button('alert-submit', 'raiseAlert', null, { type: 'submit', class: 'primary' })));
}
