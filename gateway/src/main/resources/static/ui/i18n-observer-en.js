// English: invited observers (deputies and CPPCC members invited to take part). Spread into i18n-en.js.

export const observerEn = {
	invitationState: { UPCOMING: 'Upcoming', ACTIVE: 'Active', ENDED: 'Ended', WITHDRAWN: 'Withdrawn' },
	invitationKind: { TASK: 'Task', INSPECTION_PLAN: 'Inspection plan' },
	observer: {
		navInvitations: 'Observer invitations', navMine: 'Invited items',
		invitationsTitle: 'Invite observers', invitationsIntro: 'Invite a deputy or CPPCC member holding the observer role to read one item for a period; after its last day or a withdrawal they read it no more, and every read is audited.',
		invite: 'Invite', observerAccount: 'Observer account', kind: 'Invited to', targetId: 'Item id', from: 'From',
		until: 'Until (included)', invited: 'Invitation sent', list: 'Invitations of this node', none: 'No invitations', target: 'Item',
		period: 'Period', state: 'State', invitedBy: 'Invited by', withdraw: 'Withdraw', withdrawReason: 'Reason for the withdrawal',
		withdrawn: 'Invitation withdrawn', reasonRequired: 'Please give the reason for the withdrawal',
		mineTitle: 'Invited items', mineIntro: 'You are invited to read these items (read only); they disappear when the invitation ends or is withdrawn.',
		mineNone: 'You are not invited to any item at present', open: 'Open', readOnly: 'Read only · by invitation',
		assignments: 'Units', progress: 'Progress', deadline: 'Deadline', reports: 'Progress reports', noReports: 'No progress reports',
		source: 'Source', issuer: 'Issued by', goal: 'Goal', content: 'Content', unit: 'Unit', light: 'Light',
		plan: 'Inspection plan', planner: 'Planned by', objects: 'Inspected units', team: 'Team',
		timeline: 'Timeline', back: 'Back to invited items'
	}
};
