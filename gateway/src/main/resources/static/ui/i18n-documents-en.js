// English: official documents to download (supervision, urging and rectification notices). Spread into i18n-en.js.

export const documentsEn = {
	documents: {
		word: 'Word', pdf: 'PDF', supervisionNotice: 'Supervision notice', urgingNotice: 'Urging notice',
		rectificationNotice: 'Rectification notice', download: 'Document'
	}
};
