// 中文：受邀列席/观察（人大代表、政协委员受邀参与督查）。Spread into i18n-zh.js.

export const observerZh = {
	invitationState: { UPCOMING: '未开始', ACTIVE: '有效', ENDED: '已到期', WITHDRAWN: '已撤回' },
	invitationKind: { TASK: '督办事项', INSPECTION_PLAN: '督查方案' },
	observer: {
		navInvitations: '观察员邀请', navMine: '受邀事项',
		invitationsTitle: '邀请观察员', invitationsIntro: '邀请持有观察员角色的人大代表、政协委员在指定期间查看指定事项；期满或撤回后即不能查看，每次查看均记入审计。',
		invite: '发出邀请', observerAccount: '观察员账号', kind: '邀请查看', targetId: '事项编号（ID）', from: '起始日期',
		until: '截止日期（含当日）', invited: '邀请已发出', list: '本节点的邀请', none: '暂无邀请', target: '事项',
		period: '期间', state: '状态', invitedBy: '邀请人', withdraw: '撤回', withdrawReason: '撤回理由',
		withdrawn: '邀请已撤回', reasonRequired: '请填写撤回理由',
		mineTitle: '受邀事项', mineIntro: '您受邀查看以下事项（只读）；期满或被撤回后将不再显示。',
		mineNone: '目前没有受邀查看的事项', open: '查看', readOnly: '只读 · 受邀查看',
		assignments: '承办单位', progress: '进度', deadline: '办理时限', reports: '进展报告', noReports: '暂无进展报告',
		source: '来源', issuer: '交办单位', goal: '目标', content: '内容', unit: '单位', light: '亮灯',
		plan: '督查方案', planner: '制定单位', objects: '督查对象', team: '督查组',
		timeline: '办理过程', back: '返回受邀事项'
	}
};
