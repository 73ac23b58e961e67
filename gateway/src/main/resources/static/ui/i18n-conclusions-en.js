// English: inspection conclusions and objections. Keys as in i18n-conclusions-zh.js.

export const conclusionsEn = {
	conclusionState: { DRAFT: 'Draft', APPROVED: 'Approved', ISSUED: 'Issued, to sign for', SIGNED: 'Signed for',
		OBJECTED: 'Objected to', REVIEWED: 'Reviewed' },
	reviewOutcome: { UPHELD: 'Upheld', CHANGED: 'Changed' },
	conclusions: {
		nav: 'Conclusions', title: 'Conclusions and objections', one: 'Conclusion', none: 'No conclusions',
		visible: 'Conclusions you see',
		intro: 'The inspected unit may object within 30 days of signing; people who are none of the conclusion\'s authors review it within 30 days.',
		issuer: 'Issued by', text: 'Conclusion',
		windows: 'Deadline', draft: 'Draft a conclusion', unitCode: 'Inspected unit', saveDraft: 'Save draft',
		drafted: 'Draft saved', approve: 'Approve', issue: 'Issue', sign: 'Sign for it', object: 'Object',
		objection: 'Objection', review: 'Review', objectBy: (day) => `Objections until ${day}`,
		reviewDue: (day) => `Review due by ${day}`, reminded: (marks) => `reminded ${marks} day(s) before`,
		filedOn: 'Filed', reasons: 'Reasons', attachments: 'Attachments', noObjection: 'No objection',
		outcome: 'Outcome', changedText: 'Changed conclusion', reviewedBy: 'Reviewed by', late: 'late',
		recusal: 'The drafter, the approver and the inspection team may not review (recusal).',
		recordReview: 'Record the review', changedTextRequired: 'A changed outcome needs the changed conclusion',
		asIssued: 'As issued', draftedBy: 'Drafted', approvedBy: 'Approved by', issuedOn: 'Issued on', signedOn: 'Signed',
		done_approve: 'Approved', done_issue: 'Issued', done_sign: 'Signed for', done_objection: 'Objection filed',
		done_review: 'Review recorded'
	}
};
