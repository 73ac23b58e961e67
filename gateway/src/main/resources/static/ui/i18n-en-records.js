// English: a task's goal, meeting date, leader instruction, responsible person, documents
// and suspension or withdrawal requests (merged into i18n-en.js).

export const enRecords = {
	goal: 'Goal', goalHint: 'What the task is to achieve, apart from its content', meetingDate: 'Meeting date',
	meetingDateHint: 'Required of a meeting decision; its first report is due one calendar month after the meeting',
	instruction: 'Leader’s instruction', instructionLeader: 'Instructed by', instructionDate: 'Instructed on',
	instructionText: 'Instruction', instructionProposal: 'Proposed handling', urgencyLabel: 'Urgency',
	urgency: { URGENT: 'Urgent', NORMAL: 'Normal', DIFFICULT: 'Difficult' },
	urgencyDays: (days) => `within ${days} working days of issue`,
	deadlineByUrgency: (days) => `May be left empty: the ${days}th working day after issue, by urgency (on the working-day calendar)`,
	taskAttachments: 'Documents (the instruction, the source file)', evidenceAttachments: 'Evidence documents',
	responsible: 'Responsible person', responsibleName: 'Name', responsiblePost: 'Post', responsiblePhone: 'Phone',
	responsibleOf: (unit) => `Responsible person of ${unit}`, responsibleMissing: 'not named',
	responsibleHint: 'The issuer may name one for its own departments; a government below names its own when signing',
	responsibleAtSigning: 'Name your unit’s responsible person (replaces the issuer’s choice)',
	originalDeadline: 'Original deadline', currentDeadline: 'Deadline in force',
	controlKind: { SUSPEND: 'suspension', WITHDRAW: 'withdrawal' }, controlRequests: 'Suspension and withdrawal requests',
	controlPending: (kind, by, at, reason) => `${by} asked for ${kind} at ${at}: ${reason}. Awaiting a leader’s decision.`,
	approveControl: 'Approve the request', refuseControl: 'Refuse', controlApproved: 'Approved', controlRefused: 'Refused',
	suspendAsked: 'Suspension asked for; a leader decides', withdrawAsked: 'Withdrawal asked for; a leader decides',
	controlStatus: { PENDING: 'Awaiting a decision', APPROVED: 'Approved', REFUSED: 'Refused' }
};
