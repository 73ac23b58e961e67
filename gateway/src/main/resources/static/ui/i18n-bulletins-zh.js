// 中文：督查通报。Spread into i18n-zh.js.

export const bulletinsZh = {
	bulletinKind: { MONTHLY: '月度通报', QUARTERLY: '季度通报', AD_HOC: '专项通报' },
	bulletinStatus: { DRAFT: '草稿', SUBMITTED: '待审批', APPROVED: '已审批', PUBLISHED: '已发布' },
	bulletinVerdict: { COMMENDED: '通报表扬', CRITICIZED: '通报批评', RANKED: '仅排名' },
	bulletins: {
		nav: '督查通报', title: '督查通报', one: '督查通报', none: '暂无通报',
		intro: '通报根据履职记录自动生成排名、逾期事项和表扬批评建议；督查人员修改文字后报领导审批，发布后不可修改，如需更正须另发更正通报。',
		generate: '生成通报', kind: '类型', from: '起始日期', to: '截止日期', titleField: '标题（可不填）',
		generated: '通报草稿已生成', number: '文号', period: '期间', status: '状态', publishedOn: '发布日期',
		issuingOrgan: '发文机关', preface: '导语', closing: '工作要求', save: '保存修改', saved: '修改已保存',
		submit: '提交审批', approve: '审批通过', returnIt: '退回修改', returnReason: '退回理由', publish: '发布',
		correct: '发布更正通报', corrects: '更正', correctedBy: '已被更正', returned: '已退回：',
		done_submit: '已提交审批', done_approve: '已审批', done_return: '已退回', done_publish: '通报已发布',
		done_correct: '更正通报草稿已生成', ranking: '排名', overdue: '逾期事项', mentions: '表扬与批评',
		noOverdue: '本期无逾期事项', rank: '名次', unit: '单位', rate: '按时报送率', onTime: '按时/应报',
		missing: '逾期未报', overdueItems: '逾期事项', within: '按原期限办结/办结', extensions: '延期',
		steps: '问责', claims: '签收超时', task: '任务', deadline: '办理期限', days: '逾期工作日', verdictField: '评价',
		text: '文字', docx: '下载 Word', pdf: '下载 PDF', createdBy: '起草', decidedBy: '审批',
		readOnly: '已发布的通报不可修改。'
	}
};
