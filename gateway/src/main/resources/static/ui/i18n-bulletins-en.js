// English: bulletins. Spread into i18n-en.js.

export const bulletinsEn = {
	bulletinKind: { MONTHLY: 'Monthly bulletin', QUARTERLY: 'Quarterly bulletin', AD_HOC: 'Ad-hoc bulletin' },
	bulletinStatus: { DRAFT: 'Draft', SUBMITTED: 'Submitted', APPROVED: 'Approved', PUBLISHED: 'Published' },
	bulletinVerdict: { COMMENDED: 'Commended', CRITICIZED: 'Criticised', RANKED: 'Ranked only' },
	bulletins: {
		nav: 'Bulletins', title: 'Supervision bulletins', one: 'Bulletin', none: 'No bulletins',
		intro: 'A bulletin is generated from the record (ranking, overdue items, proposed commendations and criticisms); supervisors edit its text, a leader approves it; once published it never changes — a correction is a new bulletin.',
		generate: 'Generate a bulletin', kind: 'Kind', from: 'From', to: 'To', titleField: 'Title (optional)',
		generated: 'Draft bulletin generated', number: 'Number', period: 'Period', status: 'Status', publishedOn: 'Published on',
		issuingOrgan: 'Issuing organ', preface: 'Preface', closing: 'Requirements', save: 'Save', saved: 'Saved',
		submit: 'Submit for approval', approve: 'Approve', returnIt: 'Return', returnReason: 'Reason for returning', publish: 'Publish',
		correct: 'Publish a correction', corrects: 'Corrects', correctedBy: 'Corrected by', returned: 'Returned: ',
		done_submit: 'Submitted', done_approve: 'Approved', done_return: 'Returned', done_publish: 'Bulletin published',
		done_correct: 'Correction drafted', ranking: 'Ranking', overdue: 'Overdue items', mentions: 'Commendations and criticisms',
		noOverdue: 'No overdue items in the period', rank: 'Rank', unit: 'Unit', rate: 'On-time rate', onTime: 'On time / due',
		missing: 'Missing', overdueItems: 'Overdue', within: 'Within original / completed', extensions: 'Extensions',
		steps: 'Ladder steps', claims: 'Signed late', task: 'Task', deadline: 'Deadline', days: 'Working days overdue', verdictField: 'Verdict',
		text: 'Wording', docx: 'Download Word', pdf: 'Download PDF', createdBy: 'Drafted by', decidedBy: 'Decided by',
		readOnly: 'A published bulletin never changes.'
	}
};
