// English: inspection plans. Keys as in i18n-inspection-plans-zh.js.

export const inspectionPlansEn = {
	planKind: { COMPREHENSIVE: 'Comprehensive', SPECIAL: 'Special', ROUTINE: 'Routine' },
	planMethod: { REPORTS: 'Hearing reports', DOCUMENT_REVIEW: 'Document review', SITE_VISITS: 'Site visits',
		FORUMS: 'Forums and visits', UNANNOUNCED_VISITS: 'Unannounced visits (四不两直)' },
	planBasisKind: { TASK: 'A supervised task', LEADER_INSTRUCTION: 'A leader\'s instruction', ANNUAL_PRIORITY: 'An annual priority' },
	planStatus: { DRAFT: 'Draft', AWAITING_APPROVAL: 'Awaiting approval', APPROVED: 'Approved', CARRIED_OUT: 'Carried out',
		CLOSED: 'Closed', WITHDRAWN: 'Withdrawn' },
	plans: {
		nav: 'Inspection plans', title: 'Inspection plans', list: 'Plans', none: 'No inspection plan yet',
		newPlan: 'Draft an inspection plan', anyStatus: 'Any status', plan: 'Plan', planTitle: 'Title', kind: 'Kind',
		methods: 'Methods', period: 'Period', startsOn: 'From', endsOn: 'To', objects: 'Units inspected',
		team: 'Inspection team', teamHint: 'Usernames, separated by commas', basis: 'Basis', basisKind: 'Kind of basis',
		basisReference: 'Reference (task id or document number, optional)', basisText: 'Basis in words',
		planner: 'Planned by', status: 'Status', draftedBy: 'Drafted by', approvedBy: 'Approved by',
		carriedOutAt: 'Carried out', closedAt: 'Closed', save: 'Save draft', saved: 'Draft saved',
		unannounced: 'Unannounced', announced: 'Announced',
		unannouncedNote: 'An unannounced plan, its dates and its team are seen here and above only; nothing of it is sent '
			+ 'to the inspected or the levels between before it is carried out.',
		warning: 'Duplicate supervision', warningIntro: 'These announced plans inspect a unit in common in an overlapping '
			+ 'period (Regulation on supervision, Art. 15). Give a reason to go on, or withdraw this draft.',
		commonUnits: 'Units in common', duplicateReason: 'Reason to go on', proceed: 'Give the reason and submit',
		withdraw: 'Withdraw draft', withdrawn: 'Draft withdrawn', recordedReason: 'Reason despite duplicates',
		submit: 'Submit for approval', submitted: 'Plan submitted for approval', approve: 'Approve', approved: 'Plan approved',
		sendBack: 'Send back', sendBackReason: 'Reason for sending back', sentBack: 'Plan sent back',
		sentBackNote: 'Sent back because', carryOut: 'Mark carried out', carriedOut: 'Plan marked carried out',
		close: 'Close plan', closed: 'Plan closed', steps: 'Steps',
		copyNote: (name) => `Planned by ${name}; read only here.`, results: 'Findings and conclusions',
		noResults: 'Findings, rectifications and conclusions appear here.', reasonRequired: 'Give a reason', open: 'Open'
	}
};
