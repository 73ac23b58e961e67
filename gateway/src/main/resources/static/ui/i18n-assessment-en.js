// English: the assessment (scores, ranking, breakdown, formula). Spread into i18n-en.js.

export const assessmentEn = {
	measure: { ON_TIME_REPORTS: 'On-time report rate', ON_TIME_COMPLETION: 'Completion within the original deadline',
		OVERDUE_DAYS: 'Overdue days', EXTENSIONS: 'Extensions', CLAIM_OVERDUE: 'Late signings', RECTIFICATIONS: 'Rectifications',
		LADDER_STEPS: 'Accountability steps', COMMENDATIONS: 'Commendations' },
	assessment: {
		nav: 'Assessment', title: 'Assessment', year: 'Year', quarter: 'Quarter', wholeYear: 'Whole year', q: (n) => `Q${n}`, show: 'Show',
		export: 'Export (Excel)', formula: 'Formula', computed: (label, version) => `${label} · scored with formula version ${version}`,
		ranking: 'Ranking', level: 'Level', rank: 'Rank', score: 'Score', unitTitle: (name, label) => `${name} · score of ${label}`,
		withFormula: (version) => `(formula version ${version})`, back: 'Back to the ranking', day: 'Day', fact: 'Fact', amount: 'Counts',
		links: 'Links', noFacts: 'Nothing counted', task: 'Task', assignment: 'Assignment', report: 'Report', step: 'Ladder step',
		rectification: 'Rectification', bulletin: 'Bulletin'
	},
	formula: {
		nav: 'Assessment formula', title: 'Assessment formula', intro: 'Rate measures earn their weight (the weights make 100); deductions and bonuses count per fact up to their cap; the score is never below 0. The province\'s system administrator sets the formula; every node receives it.',
		inForce: 'Formula in force', version: (v) => `version ${v}`, measure: 'Measure', kind: 'Counts as', rule: 'Rule',
		kindName: { RATE: 'rate', DEDUCTION: 'deduction', BONUS: 'bonus' }, weightOf: (w) => `weight ${w}`,
		deductionOf: (p, c) => `−${p} per fact, at most ${c}`, bonusOf: (p, c) => `+${p} per fact, at most ${c}`,
		edit: 'Set a new version', counted: 'Counted', weight: 'Weight', perFact: 'Per fact', cap: 'Cap', reason: 'Reason', save: 'Save and send down',
		saved: 'The formula is set and sent to every node', versions: 'Versions', versionNo: 'Version', setBy: 'Set by', setAt: 'Set at'
	}
};
