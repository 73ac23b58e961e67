// 中文：督查方案（综合、专项、日常督查；四不两直暗访；重复督查提示）。Spread into i18n-zh.js.

export const inspectionPlansZh = {
	planKind: { COMPREHENSIVE: '综合督查', SPECIAL: '专项督查', ROUTINE: '日常督查' },
	planMethod: { REPORTS: '听取汇报', DOCUMENT_REVIEW: '查阅资料', SITE_VISITS: '实地察看', FORUMS: '座谈走访',
		UNANNOUNCED_VISITS: '暗访（四不两直）' },
	planBasisKind: { TASK: '督办事项', LEADER_INSTRUCTION: '领导批示', ANNUAL_PRIORITY: '年度重点工作' },
	planStatus: { DRAFT: '草稿', AWAITING_APPROVAL: '待领导审批', APPROVED: '已批准', CARRIED_OUT: '已实施', CLOSED: '已结束',
		WITHDRAWN: '已撤回' },
	plans: {
		nav: '督查方案', title: '督查方案', list: '督查方案列表', none: '暂无督查方案', newPlan: '制定督查方案',
		anyStatus: '全部状态', plan: '方案', planTitle: '方案名称', kind: '督查类型', methods: '督查方式', period: '督查时间',
		startsOn: '开始日期', endsOn: '结束日期', objects: '督查对象', team: '督查组成员', teamHint: '账号，以逗号或顿号分隔',
		basis: '督查依据', basisKind: '依据类别', basisReference: '依据编号（事项编号或批示文号，可选）', basisText: '依据说明',
		planner: '制定机关', status: '状态', draftedBy: '起草', approvedBy: '批准', carriedOutAt: '实施完毕',
		closedAt: '结束', save: '保存草稿', saved: '方案草稿已保存', unannounced: '暗访', announced: '公开督查',
		unannouncedNote: '暗访方案及其时间、人员仅在本级及上级可见，实施完毕前不向被督查地区和中间层级发送。',
		warning: '重复督查提示', warningIntro: '以下已公开的督查方案与本方案督查对象相同、时间重叠（《督查工作条例》第十五条）。'
			+ '请说明理由后继续，或撤回本方案草稿。',
		commonUnits: '相同对象', duplicateReason: '继续的理由', proceed: '说明理由并提交审批', withdraw: '撤回草稿',
		withdrawn: '方案草稿已撤回', recordedReason: '重复督查的理由', submit: '提交审批', submitted: '方案已提交审批',
		approve: '批准', approved: '方案已批准', sendBack: '退回修改', sendBackReason: '退回理由', sentBack: '方案已退回修改',
		sentBackNote: '领导退回意见', carryOut: '标记为已实施', carriedOut: '方案已标记为已实施', close: '结束方案',
		closed: '方案已结束', steps: '办理', copyNote: (name) => `本方案由${name}制定，本级仅可查阅。`,
		results: '督查发现与结论', noResults: '督查发现、整改与结论将在此显示。', reasonRequired: '请填写理由',
		open: '查看'
	}
};
