// 中文：事项的目标任务、会议日期、领导批示、责任人、附件与中止/撤销申请（merged into i18n-zh.js）.

export const zhRecords = {
	goal: '目标任务', goalHint: '要达到的目标，与事项内容分列', meetingDate: '会议日期',
	meetingDateHint: '会议决定事项须填写；首次报送期限为会议结束后一个月内',
	instruction: '领导批示', instructionLeader: '批示人', instructionDate: '批示日期', instructionText: '批示内容',
	instructionProposal: '拟办意见', urgencyLabel: '紧急程度', urgency: { URGENT: '急件', NORMAL: '一般件', DIFFICULT: '疑难件' },
	urgencyDays: (days) => `交办后${days}个工作日内`,
	deadlineByUrgency: (days) => `可不填：按紧急程度为交办后第${days}个工作日（按工作日历计算）`,
	taskAttachments: '附件（批示件、来源文件）', evidenceAttachments: '佐证材料',
	responsible: '责任人', responsibleName: '责任人姓名', responsiblePost: '职务', responsiblePhone: '联系电话',
	responsibleOf: (unit) => `${unit} 责任人`, responsibleMissing: '未明确',
	responsibleHint: '交办方可为本级部门明确责任人；下级政府签收时自行明确',
	responsibleAtSigning: '明确本单位责任人（可修改交办方所填）',
	originalDeadline: '原定期限', currentDeadline: '现期限',
	controlKind: { SUSPEND: '中止', WITHDRAW: '撤销' }, controlRequests: '中止/撤销申请',
	controlPending: (kind, by, at, reason) => `${by} 于 ${at} 申请${kind}，理由：${reason}。待领导审批。`,
	approveControl: '批准申请', refuseControl: '不予批准', controlApproved: '已批准', controlRefused: '已不予批准',
	suspendAsked: '已提交中止申请，待领导审批', withdrawAsked: '已提交撤销申请，待领导审批',
	controlStatus: { PENDING: '待审批', APPROVED: '已批准', REFUSED: '未批准' }
};
