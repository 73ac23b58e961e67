// English: people in charge and the accountability ladder. Keys as in i18n-ladder-zh.js.

export const ladderEn = {
	ladderKind: { NOTICE: 'Supervision notice', INTERVIEW: 'Interview', CRITICISM: 'Public criticism', REFERRAL: 'Referral',
		COMMENDATION: 'Commendation' },
	proposalStatus: { PROPOSED: 'Awaiting a supervisor', CONFIRMED: 'Awaiting a leader', DECLINED: 'Declined', ISSUED: 'Issued' },
	chargeRole: { PRINCIPAL: 'Principal leader', DEPUTY: 'Deputy in charge' },
	rectState: { NONE: 'No rectification reported', REPORTED: 'Rectification awaiting review', RETURNED: 'Rectification sent back',
		ACCEPTED: 'Rectification accepted' },
	basisKind: { ASSIGNMENT: 'Assignment', STEP: 'Ladder step', REPORT: 'Progress report', NOTE: 'Note' },
	ladder: {
		nav: 'Accountability', navPeople: 'People in charge', waiting: 'Proposals awaiting a decision', issuedSteps: 'Issued steps',
		anyWaiting: 'Awaiting a decision', noProposals: 'No proposal awaits a decision', noSteps: 'No step issued yet',
		proposal: 'Proposal', kind: 'Step', person: 'Person', personFixed: ' (this person)', proposedBy: 'Proposed by',
		system: 'the system, by its rules', basis: 'Basis', reason: 'Reason', deadline: 'Rectification deadline', decision: 'Decision',
		decisionReason: 'Reason (required to confirm or decline)', confirm: 'Confirm', decline: 'Decline', approve: 'Approve and issue',
		confirmed: 'Confirmed; awaiting a leader', declined: 'Declined', approved: 'Approved and issued', stepIssued: 'The issued step',
		confirmedBy: 'Confirmed by', approvedBy: 'Approved by', declinedBy: 'Declined by', step: 'Ladder step', issuer: 'Issued by',
		issuedOn: 'Date', rectification: 'Rectification', rectificationReports: 'Rectification reports',
		reportRectification: 'Report the rectification', rectificationContent: 'What was rectified', submitRectification: 'Report',
		rectificationSent: 'Rectification reported', accept: 'Accept', returnIt: 'Send back', returnReason: 'Why it is sent back',
		accepted: 'Rectification accepted', returned: 'Rectification sent back', explanation: 'Explanation at the executive meeting',
		meetingDate: 'Meeting date', explanationText: 'The principal leader’s explanation', commitment: 'Commitment to rectify',
		recordExplanation: 'Record the explanation', explained: 'Explanation recorded', principalAtMeeting: 'Principal leader',
		unitRecord: (name) => `${name} · accountability record`, personRecord: (name) => `${name} · personal record`,
		export: 'Export (Excel)', counts: 'Steps by kind', noRecord: 'Nothing on record', posts: 'Posts held', openRecord: 'Record',
		peopleTitle: 'People in charge', peopleIntro: 'Each unit’s principal leader and deputy in charge (a step counts against whoever held the post on its date).',
		unitPeople: (name) => `${name} · people in charge`, principal: 'Principal leader', deputy: 'Deputy in charge', since: 'Since',
		until: 'Until', none: 'Not named', addPerson: 'Record a person', personName: 'Name', personTitle: 'Title', phone: 'Phone',
		personAdded: 'Person recorded', namePost: 'Name to a post', role: 'Post', from: 'From', named: 'Appointment recorded',
		history: 'History of the posts', people: 'People recorded', manage: 'Manage', proposeByHand: 'Propose a step',
		markIntro: 'A supervisor proposes a referral for serious consequences or bad influence, or any other step; it is still confirmed and approved.',
		assignmentId: 'Assignment id (optional)', personId: 'Person (optional)', propose: 'Propose', proposed: 'Proposal made',
		unitCode: 'Unit code'
	}
};
