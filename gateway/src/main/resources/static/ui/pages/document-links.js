// The Word and PDF downloads of an item's official document (公文): a supervision notice,
// an urging notice, a rectification notice — Word for the office that edits it, PDF for
// the file. The node lays them out (docs/business-rules.md §19, "Documents").

import { href } from '../api.js';
import { t } from '../i18n.js';
import { el } from '../view.js';

/**
 * The two download buttons of the document at path (e.g. /api/v1/assignments/x/notice),
 * read at a node below when one is named; their data-test is test-docx and test-pdf.
 */
export function documentLinks(test, path, node, title) {
	const link = (format, text) => el('a', { class: 'button', download: '', 'data-test': `${test}-${format}`,
		href: href(path, { node, query: { format } }), title: `${title ?? ''} ${text}`.trim() }, text);
	return el('span', { class: 'document-links', 'data-test': test },
		title ? el('span', { class: 'muted' }, `${title}：`) : null,
		link('docx', t('documents.word')), ' ', link('pdf', t('documents.pdf')));
}
