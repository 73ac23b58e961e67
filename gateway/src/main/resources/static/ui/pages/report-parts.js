// What the report and contribution forms share: the seed's content fields (三(一)) besides
// the main progress, and attachments uploaded one after the other before sending.

import { h } from '../lib.js';
import { attempt, uploadAttachment } from '../api.js';
import { t } from '../i18n.js';
import { button, el, field } from '../view.js';

export const REPORT_PARTS = ['dissemination', 'measures', 'effects', 'practices', 'difficulties', 'suggestions'];

/** Uploads files one after the other into a form's attachments. */
export async function upload(target, files) {
	for (const file of files) {
		target.uploading += 1;
		const stored = await attempt(() => uploadAttachment(file));
		target.uploading -= 1;
		if (stored) {
			target.attachments.push({ sha256: stored.sha256, name: stored.name ?? file.name, size: stored.size });
		}
	}
}

/** The attachment picker of a form (report or contribution), its test hooks prefixed. */
export function attachmentsField(target, prefix) {
	return [field('attachments', h('input', { type: 'file', multiple: true, 'data-test': `${prefix}-attachments`,
		onChange: (event) => { upload(target, Array.from(event.target.files)); event.target.value = ''; } })),
	target.uploading ? el('p', { class: 'muted' }, t('uploading')) : null,
	target.attachments.length ? el('ul', { class: 'attachments' }, target.attachments.map((a, i) =>
		el('li', { 'data-test': `${prefix}-attachment`, 'data-sha256': a.sha256 }, a.name, ' ',
			button(`${prefix}-attachment-remove`, 'remove', () => target.attachments.splice(i, 1))))) : null];
}
