// The assignee's first step on an assignment: sign for it (签收), naming its unit's
// responsible person (责任人, or changing the one the issuer named), or return it to the
// issuer with the reason. And the completion request's form, with its evidence documents.

import { flash } from '../api.js';
import { t } from '../i18n.js';
import { button, el, field, input, section, textarea } from '../view.js';
import { attachmentPicker, pickedAttachments, pickerModel } from './attachment-picker.js';

export function signingModel(assignment) {
	const person = assignment.responsible ?? {};
	return { name: person.name ?? '', post: person.post ?? '', phone: person.phone ?? '', proofs: pickerModel() };
}

/** The signing section of an assignment waiting to be signed. */
export function signingSection(model, post) {
	const s = model.signing;
	const sign = () => post('/sign', s.name.trim() ? { responsible: { name: s.name.trim(), post: s.post || null,
		phone: s.phone || null } } : undefined, 'signedOk');
	return section('signing',
		el('p', { class: 'muted' }, t('responsibleAtSigning')),
		el('div', { class: 'row' },
			field('responsibleName', input('sign-responsible-name', s, 'name', { maxlength: 64 })),
			field('responsiblePost', input('sign-responsible-post', s, 'post', { maxlength: 64 })),
			field('responsiblePhone', input('sign-responsible-phone', s, 'phone', { maxlength: 32 }))),
		el('div', { class: 'actions' }, button('assignment-sign', 'sign', sign, { class: 'primary' })),
		field('returnReason', textarea('return-reason', model, 'reason', { rows: 2, placeholder: t('returnHint') })),
		button('assignment-return', 'returnToIssuer', () => (model.reason.trim()
			? post('/return', { reason: model.reason }, 'returnedOk') : flash(t('reasonRequired'), 'error')), { class: 'danger' }));
}

/** The lead unit's completion request, with what was done and the documents that prove it. */
export function completionSection(model, post) {
	const proofs = model.signing.proofs;
	return section('completionRequest',
		field('evidence', textarea('completion-evidence', model.completion, 'evidence', { rows: 3, placeholder: t('evidenceHint') })),
		attachmentPicker('completion-attachments', proofs, 'evidenceAttachments'),
		button('completion-submit', 'requestCompletion', async () => {
			if (await post('/completion', { evidence: model.completion.evidence || null, attachments: pickedAttachments(proofs) },
				'completionRequested')) {
				proofs.attachments.splice(0);
			}
		}, { class: 'primary', disabled: proofs.uploading > 0 }));
}

