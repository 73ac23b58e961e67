// 中文：督查结论与复核申请。Spread into i18n-zh.js.

export const conclusionsZh = {
	conclusionState: { DRAFT: '草稿', APPROVED: '已审批', ISSUED: '已下达待签收', SIGNED: '已签收', OBJECTED: '已申请复核',
		REVIEWED: '已复核' },
	reviewOutcome: { UPHELD: '维持', CHANGED: '变更' },
	conclusions: {
		nav: '督查结论', title: '督查结论与复核', one: '督查结论', none: '暂无督查结论', visible: '可见的督查结论',
		intro: '被督查单位签收督查结论后 30 日内可申请复核；复核由非结论作出人员在 30 日内完成。',
		issuer: '作出机关', text: '结论',
		windows: '期限', draft: '起草督查结论', unitCode: '被督查单位', saveDraft: '保存草稿', drafted: '督查结论草稿已保存',
		approve: '审批', issue: '下达', sign: '签收', object: '申请复核', objection: '复核申请', review: '复核',
		objectBy: (day) => `复核申请截止：${day}`, reviewDue: (day) => `复核期限：${day}`,
		reminded: (marks) => `已提醒（提前 ${marks} 日）`, filedOn: '申请日期', reasons: '复核理由', attachments: '附件',
		noObjection: '未申请复核', outcome: '复核结果', changedText: '变更后的结论', reviewedBy: '复核人',
		late: '逾期复核', recusal: '复核人员须回避：结论起草人、审批人及督查组成员不得复核。',
		recordReview: '记录复核结果', changedTextRequired: '变更结论须填写变更后的结论', asIssued: '原结论',
		draftedBy: '起草', approvedBy: '审批', issuedOn: '下达日期', signedOn: '签收',
		done_approve: '已审批', done_issue: '已下达', done_sign: '已签收', done_objection: '复核申请已提交',
		done_review: '复核结果已记录'
	}
};
