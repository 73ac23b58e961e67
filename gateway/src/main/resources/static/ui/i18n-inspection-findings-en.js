// English: inspection findings, rectification requirements, verification and return visits.
// Spread into i18n-en.js.

export const inspectionFindingsEn = {
	rectificationState: { REQUIRED: 'To rectify', REPORTED: 'To verify', VERIFIED: 'To visit again', VISITED: 'Visited',
		CLOSED: 'Closed' },
	findings: {
		nav: 'Rectifications', title: 'Findings and rectification', none: 'No findings yet', record: 'Record a finding',
		content: 'What was found', evidence: 'Evidence', recorded: 'Finding recorded', recordedBy: 'Recorded by',
		require: 'Require rectification', unit: 'Unit', requirement: 'Requirement', workingDays: 'Deadline (working days)',
		required: 'Rectification required', rectifications: 'Rectification requirements',
		noRectifications: 'No rectification requirements', deadline: 'Deadline', state: 'State', issuer: 'Issued by',
		finding: 'Finding', listTitle: 'Rectification requirements',
		listIntro: 'What your unit must rectify, and the requirements this node issued.', open: 'Open',
		reports: 'Rectification reports', report: 'Report the rectification', reportContent: 'What was rectified',
		reportAttachments: 'Evidence of the rectification', reported: 'Rectification reported',
		verification: 'On-site verification', verify: 'Record the verification', confirmed: 'Facts confirmed',
		notConfirmed: 'Facts not confirmed', notes: 'What the verification found', verified: 'Verification recorded',
		visits: 'Return visits', visit: 'Record a return visit', visitedOn: 'Day of the visit',
		factsClear: 'Facts clear', complete: 'Rectification complete', grassrootsSaid: 'What the grassroots said',
		publicSaid: 'What the public said', visited: 'Return visit recorded', close: 'Close', closed: 'Closed',
		yes: 'Yes', no: 'No', closedBy: 'Closed by', noReports: 'No rectification reported yet'
	}
};
