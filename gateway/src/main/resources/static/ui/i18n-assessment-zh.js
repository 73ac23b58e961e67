// 中文：绩效考核（得分、排名、计分明细、考核办法）。Spread into i18n-zh.js.

export const assessmentZh = {
	measure: { ON_TIME_REPORTS: '按时报送率', ON_TIME_COMPLETION: '按原期限办结率', OVERDUE_DAYS: '逾期天数', EXTENSIONS: '延期',
		CLAIM_OVERDUE: '超时签收', RECTIFICATIONS: '整改', LADDER_STEPS: '问责', COMMENDATIONS: '表扬' },
	assessment: {
		nav: '绩效考核', title: '绩效考核', year: '年度', quarter: '季度', wholeYear: '全年', q: (n) => `第${n}季度`, show: '查询',
		export: '导出（Excel）', formula: '考核办法', computed: (label, version) => `${label} · 按考核办法第 ${version} 版计分`,
		ranking: '得分排名', level: '层级', rank: '名次', score: '得分', unitTitle: (name, label) => `${name} · ${label}考核得分`,
		withFormula: (version) => `（考核办法第 ${version} 版）`, back: '返回排名', day: '日期', fact: '事项', amount: '计数',
		links: '链接', noFacts: '无计分事项', task: '任务', assignment: '交办', report: '报送', step: '问责记录',
		rectification: '整改', bulletin: '通报'
	},
	formula: {
		nav: '考核办法', title: '考核办法', intro: '比率指标按权重计分（权重之和为 100）；扣分、加分指标按项计分，不超过上限；总分不低于 0。考核办法由省级系统管理员设定，下发至各级节点。',
		inForce: '现行考核办法', version: (v) => `第 ${v} 版`, measure: '指标', kind: '计分方式', rule: '规则',
		kindName: { RATE: '比率', DEDUCTION: '扣分', BONUS: '加分' }, weightOf: (w) => `权重 ${w}`,
		deductionOf: (p, c) => `每项扣 ${p} 分，上限 ${c}`, bonusOf: (p, c) => `每项加 ${p} 分，上限 ${c}`,
		edit: '设定新版本', counted: '计入', weight: '权重', perFact: '每项分值', cap: '上限', reason: '理由', save: '保存并下发',
		saved: '考核办法已设定，并下发至各级节点', versions: '历史版本', versionNo: '版本', setBy: '设定人', setAt: '设定时间'
	}
};
