// 中文：督查发现问题、整改要求、核查与回访。Spread into i18n-zh.js.

export const inspectionFindingsZh = {
	rectificationState: { REQUIRED: '待整改', REPORTED: '待核查', VERIFIED: '待回访', VISITED: '已回访', CLOSED: '已办结' },
	findings: {
		nav: '整改事项', title: '发现问题与整改', none: '暂无发现的问题', record: '记录发现的问题', content: '问题描述',
		evidence: '佐证材料', recorded: '问题已记录', recordedBy: '记录', require: '提出整改要求', unit: '整改单位',
		requirement: '整改要求', workingDays: '整改期限（工作日）', required: '整改要求已下达', rectifications: '整改要求',
		noRectifications: '暂无整改要求', deadline: '整改期限', state: '状态', issuer: '提出机关', finding: '发现的问题',
		listTitle: '整改要求', listIntro: '本单位须整改的事项，及本级提出的整改要求。', open: '查看',
		reports: '整改报告', report: '报送整改情况', reportContent: '整改情况说明', reportAttachments: '整改佐证材料',
		reported: '整改情况已报送', verification: '核查', verify: '记录核查结果', confirmed: '事实属实',
		notConfirmed: '事实不符', notes: '核查情况', verified: '核查已记录', visits: '回访', visit: '记录回访',
		visitedOn: '回访日期', factsClear: '问题已查清', complete: '整改已到位', grassrootsSaid: '基层反映',
		publicSaid: '群众反映', visited: '回访已记录', close: '办结', closed: '整改事项已办结', yes: '是', no: '否',
		closedBy: '办结', noReports: '尚未报送整改情况'
	}
};
