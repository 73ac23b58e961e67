// 中文：专报与年度督查工作重点。Spread into i18n-zh.js.

export const reportsZh = {
	specialReportStatus: { DRAFT: '草稿', SUBMITTED: '已报送', READ: '已阅', INSTRUCTED: '已批示' },
	itemKind: { TASK: '督查事项', FINDING: '督查发现', REPORT: '进展报告' },
	priorityStatus: { DRAFT: '草稿', SUBMITTED: '待审批', APPROVED: '已批准' },
	targetKind: { TASK: '督查事项', PLAN: '督查方案' },
	specialReports: {
		nav: '专报', title: '专报', list: '专报列表', none: '暂无专报', compose: '撰写专报', reportTitle: '标题', text: '正文',
		items: '引用事项', itemsHint: '每行一项：类别（TASK、FINDING 或 REPORT）和编号，以空格分隔', kind: '类别',
		itemId: '编号', headline: '事项', state: '状态', detail: '情况', on: '日期', unavailable: '不在查阅范围内或已不存在',
		status: '状态', draftedBy: '撰写', submittedAt: '报送时间', save: '保存草稿', saved: '专报草稿已保存',
		submit: '报送领导', submitted: '专报已报送', read: '阅件', markedRead: '已记录阅件', receipts: '阅件回执',
		noReceipts: '尚无领导阅看', instructions: '领导批示', noInstructions: '尚无批示', instruct: '批示',
		instructionText: '批示内容', instructed: '批示已记录', toTask: '批示转立项', leadUnit: '牵头单位', deadline: '完成时限',
		taskCreated: '已登记为事项草稿', becameTask: '已转为事项', download: '下载', word: 'Word 版', pdf: 'PDF 版', open: '查看'
	},
	priorities: {
		nav: '年度督查工作重点', title: '年度督查工作重点', none: '暂无年度督查工作重点', year: '年度', node: '制定机关',
		status: '状态', items: '工作重点', itemsHint: '每行一项：标题，可在“｜”后写说明', draft: '起草年度重点', save: '保存草稿',
		saved: '年度重点草稿已保存', submit: '提交审批', submitted: '已提交审批', approve: '批准', approved: '已批准',
		sendBack: '退回', sentBack: '已退回', reason: '退回理由', reasonRequired: '请填写退回理由', sentBackNote: '退回理由',
		copyNote: (name) => `上级${name}的年度重点，本级可将事项和方案关联于此。`, links: '落实的事项与方案', noLinks: '尚未关联',
		link: '关联', linked: '已关联', unlink: '取消关联', unlinked: '已取消关联', targetKind: '类别', targetId: '事项或方案编号',
		approvedBy: '批准', open: '查看'
	}
};
