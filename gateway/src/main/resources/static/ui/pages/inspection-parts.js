// Pieces the inspection plan pages share: links, the status badge, the lists of a plan, the
// warning of duplicate supervision, and the hook through which the findings and conclusions
// pages add their sections to a plan's page.

import { label, t } from '../i18n.js';
import { unitName } from '../session.js';
import { button, el, field, table, textarea } from '../view.js';

export const PLAN_KINDS = ['COMPREHENSIVE', 'SPECIAL', 'ROUTINE'];
export const PLAN_METHODS = ['REPORTS', 'DOCUMENT_REVIEW', 'SITE_VISITS', 'FORUMS', 'UNANNOUNCED_VISITS'];
export const PLAN_BASIS_KINDS = ['ANNUAL_PRIORITY', 'LEADER_INSTRUCTION', 'TASK'];
export const PLAN_STATUSES = ['DRAFT', 'AWAITING_APPROVAL', 'APPROVED', 'CARRIED_OUT', 'CLOSED', 'WITHDRAWN'];

export function planHref(id) {
	return `#/inspections/plans/${encodeURIComponent(id)}`;
}

export function planStatus(status) {
	return el('span', { class: `badge plan-${status}`, 'data-test': 'plan-status', 'data-status': status },
		label('planStatus', status));
}

/** "暗访" or "公开督查". */
export function secrecy(plan) {
	return el('span', { class: plan.unannounced ? 'badge plan-unannounced' : 'badge', 'data-test': 'plan-secrecy' },
		t(plan.unannounced ? 'plans.unannounced' : 'plans.announced'));
}

export function methodList(methods) {
	return (methods ?? []).map((m) => label('planMethod', m)).join('、');
}

export function objectList(objects) {
	return el('ul', { class: 'plain', 'data-test': 'plan-objects-list' }, (objects ?? []).map((o) =>
		el('li', { 'data-unit-code': o.unitCode }, `${o.unitName && o.unitName !== o.unitCode ? o.unitName : unitName(o.unitCode)} (${o.unitCode})`)));
}

/**
 * The warning of duplicate supervision: the announced plans with a unit in common in an
 * overlapping period, a reason, and the two ways on — proceed with the reason, or withdraw.
 */
export function duplicateWarning(duplicates, model, proceed, withdraw) {
	if (!duplicates || !duplicates.length) {
		return null;
	}
	return el('section', { class: 'card warning', 'data-test': 'plan-warning' },
		el('h3', t('plans.warning')),
		el('p', t('plans.warningIntro')),
		table(['plans.planTitle', 'plans.planner', 'plans.period', 'plans.commonUnits'], duplicates.map((d) => ({
			props: { 'data-test': 'plan-warning-row', 'data-plan-id': d.id },
			cells: [d.title, `${d.planningNodeName} (${d.planningNode})`, `${d.startsOn} — ${d.endsOn}`,
				d.commonUnits.map(unitName).join('、')]
		}))),
		field('plans.duplicateReason', textarea('plan-duplicate-reason', model, 'duplicateReason', { rows: 2 })),
		el('div', { class: 'actions' },
			button('plan-proceed', 'plans.proceed', proceed, { class: 'primary' }),
			button('plan-withdraw', 'plans.withdraw', withdraw)));
}

/**
 * Sections other pages add below a plan: each a function (plan) → vnode or null, e.g. the
 * findings and the conclusions of the plan. Register at module load.
 */
const sections = [];

export function registerPlanSection(render) {
	sections.push(render);
}

export function planSections(plan) {
	return sections.map((render) => render(plan)).filter((vnode) => vnode);
}
