// English: special reports and annual supervision priorities. Spread into i18n-en.js.

export const reportsEn = {
	specialReportStatus: { DRAFT: 'Draft', SUBMITTED: 'Submitted', READ: 'Read', INSTRUCTED: 'Instructed' },
	itemKind: { TASK: 'Task', FINDING: 'Finding', REPORT: 'Progress report' },
	priorityStatus: { DRAFT: 'Draft', SUBMITTED: 'Awaiting approval', APPROVED: 'Approved' },
	targetKind: { TASK: 'Task', PLAN: 'Inspection plan' },
	specialReports: {
		nav: 'Special reports', title: 'Special reports', list: 'Special reports', none: 'No special report',
		compose: 'Compose a special report', reportTitle: 'Title', text: 'Text', items: 'Cited records',
		itemsHint: 'One a line: the kind (TASK, FINDING or REPORT) and the id, separated by a space', kind: 'Kind',
		itemId: 'Id', headline: 'Record', state: 'State', detail: 'Facts', on: 'Date',
		unavailable: 'Out of your scope or gone', status: 'Status', draftedBy: 'Composed by', submittedAt: 'Submitted',
		save: 'Save draft', saved: 'Special report saved', submit: 'Submit to the leaders', submitted: 'Special report submitted',
		read: 'Mark read', markedRead: 'Read receipt recorded', receipts: 'Read receipts', noReceipts: 'No leader read it yet',
		instructions: 'Instructions', noInstructions: 'No instruction yet', instruct: 'Instruct',
		instructionText: 'Instruction', instructed: 'Instruction recorded', toTask: 'Turn into a task', leadUnit: 'Lead unit',
		deadline: 'Deadline', taskCreated: 'Registered as a draft task', becameTask: 'Became task', download: 'Download',
		word: 'Word', pdf: 'PDF', open: 'Open'
	},
	priorities: {
		nav: 'Annual priorities', title: 'Annual supervision priorities', none: 'No annual priorities', year: 'Year',
		node: 'Set by', status: 'Status', items: 'Priorities', itemsHint: 'One a line: the title, a description after "|"',
		draft: 'Draft the year\'s priorities', save: 'Save draft', saved: 'Priorities saved', submit: 'Submit for approval',
		submitted: 'Submitted for approval', approve: 'Approve', approved: 'Approved', sendBack: 'Send back',
		sentBack: 'Sent back', reason: 'Reason', reasonRequired: 'Say why they are sent back', sentBackNote: 'Sent back because',
		copyNote: (name) => `Priorities of ${name} above; link this node's tasks and plans to them.`, links: 'Tasks and plans implementing it',
		noLinks: 'Nothing linked yet', link: 'Link', linked: 'Linked', unlink: 'Unlink', unlinked: 'Unlinked',
		targetKind: 'Kind', targetId: 'Task or plan id', approvedBy: 'Approved by', open: 'Open'
	}
};
