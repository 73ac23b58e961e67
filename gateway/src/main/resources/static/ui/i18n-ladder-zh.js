// 中文：单位负责人与督查问责（督查通知书、约谈、通报批评、问责移送、表扬激励）。Spread into i18n-zh.js.

export const ladderZh = {
	ladderKind: { NOTICE: '督查通知书', INTERVIEW: '约谈', CRITICISM: '通报批评', REFERRAL: '问责移送', COMMENDATION: '表扬激励' },
	proposalStatus: { PROPOSED: '待督查员确认', CONFIRMED: '待领导批准', DECLINED: '已不予采纳', ISSUED: '已签发' },
	chargeRole: { PRINCIPAL: '主要负责人', DEPUTY: '分管负责人' },
	rectState: { NONE: '未报告整改', REPORTED: '整改待验收', RETURNED: '整改被退回', ACCEPTED: '整改已验收' },
	basisKind: { ASSIGNMENT: '交办事项', STEP: '问责记录', REPORT: '进展报告', NOTE: '说明' },
	ladder: {
		nav: '督查问责', navPeople: '单位负责人', waiting: '待决定的建议', issuedSteps: '已签发的问责记录',
		anyWaiting: '待决定（待确认、待批准）', noProposals: '暂无待决定的建议', noSteps: '暂无问责记录',
		proposal: '问责建议', kind: '类别', person: '责任人', personFixed: '（针对本人）', proposedBy: '提出',
		system: '系统按规则提出', basis: '依据', reason: '事由', deadline: '整改期限', decision: '决定',
		decisionReason: '决定理由（确认、不予采纳时必填）', confirm: '确认建议', decline: '不予采纳', approve: '批准签发',
		confirmed: '已确认，待领导批准', declined: '已不予采纳', approved: '已批准签发', stepIssued: '已签发的记录',
		confirmedBy: '确认', approvedBy: '批准', declinedBy: '不予采纳', step: '问责记录', issuer: '签发机关', issuedOn: '日期',
		rectification: '整改情况', rectificationReports: '整改报告', reportRectification: '报送整改情况',
		rectificationContent: '整改情况说明', submitRectification: '报送', rectificationSent: '整改情况已报送',
		accept: '验收通过', returnIt: '退回整改', returnReason: '退回理由', accepted: '整改已验收', returned: '整改已退回',
		explanation: '常务会议说明', meetingDate: '会议日期', explanationText: '主要负责人说明', commitment: '整改承诺',
		recordExplanation: '记录说明', explained: '说明已记录', principalAtMeeting: '作说明的主要负责人',
		unitRecord: (name) => `${name} · 督查问责记录`, personRecord: (name) => `${name} · 个人问责记录`,
		export: '导出记录（Excel）', counts: '各类记录', noRecord: '暂无记录', posts: '任职情况', openRecord: '问责记录',
		peopleTitle: '单位负责人', peopleIntro: '各单位主要负责人与分管负责人（问责按记录日期在任者计）。',
		unitPeople: (name) => `${name} · 负责人`, principal: '主要负责人', deputy: '分管负责人', since: '任职起',
		until: '任职止', none: '未登记', addPerson: '登记人员', personName: '姓名', personTitle: '职务', phone: '电话',
		personAdded: '人员已登记', namePost: '任命', role: '岗位', from: '起始日期', named: '任命已记录',
		history: '任职历史', people: '登记人员', manage: '维护', proposeByHand: '提出问责建议',
		markIntro: '督查员可就严重后果或恶劣影响等情形提出问责移送，或提出其他建议，仍须确认与批准。',
		assignmentId: '交办事项编号（可选）', personId: '责任人（可选）', propose: '提出建议', proposed: '建议已提出',
		unitCode: '单位代码'
	}
};
