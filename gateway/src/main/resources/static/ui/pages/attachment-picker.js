// Attachments a record carries (a task's documents, a completion request's evidence):
// files uploaded at once to the node's content-addressed store, listed with a remove
// button; the record's body names them by hash. And a record's attachments as links.

import { h } from '../lib.js';
import { attempt, href, uploadAttachment } from '../api.js';
import { t } from '../i18n.js';
import { button, el, field } from '../view.js';

/** The picked attachments: [{sha256, name, size}] and how many uploads are running. */
export function pickerModel(attachments = []) {
	return { attachments: attachments.map((a) => ({ sha256: a.sha256, name: a.name, size: a.size })), uploading: 0 };
}

async function upload(model, files) {
	for (const file of files) {
		model.uploading += 1;
		const stored = await attempt(() => uploadAttachment(file));
		model.uploading -= 1;
		if (stored && !model.attachments.some((a) => a.sha256 === stored.sha256)) {
			model.attachments.push({ sha256: stored.sha256, name: stored.name ?? file.name, size: stored.size });
		}
	}
}

/** The file input and the list of what is picked; data-test names the input. */
export function attachmentPicker(test, model, labelKey) {
	return [
		field(labelKey, h('input', { type: 'file', multiple: true, 'data-test': test,
			onChange: (event) => { upload(model, Array.from(event.target.files)); event.target.value = ''; } })),
		model.uploading ? el('p', { class: 'muted' }, t('uploading')) : null,
		model.attachments.length ? el('ul', { class: 'attachments' }, model.attachments.map((a, i) =>
			el('li', { 'data-test': `${test}-item`, 'data-sha256': a.sha256 }, a.name, ' ',
				button(`${test}-remove`, 'remove', () => model.attachments.splice(i, 1))))) : null
	];
}

/** The body's attachments: [{sha256, name}]. */
export function pickedAttachments(model) {
	return model.attachments.map((a) => ({ sha256: a.sha256, name: a.name }));
}

/** A record's attachments as download links, read at a node. */
export function attachmentLinks(test, attachments, node) {
	if (!attachments || !attachments.length) {
		return null;
	}
	return el('ul', { class: 'attachments' }, attachments.map((a) =>
		el('li', el('a', { href: href(`/api/v1/attachments/${a.sha256}`, { node }), download: a.name, 'data-test': test }, a.name),
			el('span', { class: 'muted' }, ` ${Math.ceil(a.size / 1024)} KB`))));
}
