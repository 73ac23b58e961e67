// 中文：公文下载（督办通知单、催办单、整改通知）。Spread into i18n-zh.js.

export const documentsZh = {
	documents: {
		word: 'Word', pdf: 'PDF', supervisionNotice: '督办通知单', urgingNotice: '催办单', rectificationNotice: '整改通知',
		download: '下载公文'
	}
};
