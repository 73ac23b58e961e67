// Who is signed in (the gateway's /whoami: the browser never sees a token), what the
// navigation offers them, and the names of the units they deal with.

import { reactive } from './lib.js';
import { api, csrfToken, flash } from './api.js';
import { t } from './i18n.js';

export const session = reactive({ identity: null, loaded: false, unavailable: false, units: {} });

export async function loadIdentity() {
	try {
		const response = await fetch('/whoami', { headers: { Accept: 'application/json, application/problem+json' } });
		if (response.ok) {
			session.identity = await response.json();
		}
		else if (response.status === 401) {
			const problem = await response.json().catch(() => ({}));
			if (problem.code === 'session_expired') {
				flash(t('sessionExpired'), 'error');
			}
		}
		else {
			session.unavailable = true;
		}
	}
	catch (error) {
		session.unavailable = true;
	}
	session.loaded = true;
	if (session.identity) {
		loadUnits(null);
	}
}

export async function signOut() {
	await fetch('/logout', { method: 'POST', headers: { 'X-XSRF-TOKEN': csrfToken() }, redirect: 'manual' });
	window.location.assign('/?signed-out');
}

export function signedIn() {
	return session.identity !== null;
}

/** The realm's own roles (docs/security.md §1.3); Keycloak's defaults such as offline_access are not shown. */
const DUCHA_ROLES = new Set(['supervisor', 'leader', 'handler', 'unit-head', 'observer', 'sysadmin', 'secadmin', 'auditor']);

export function isDuchaRole(role) {
	return DUCHA_ROLES.has(role);
}

export function hasRole(...roles) {
	return session.identity !== null && roles.some((role) => session.identity.roles.includes(role));
}

/** Whether the caller holds the observer role and no other: they read only what they are invited to. */
export function readsOnlyByInvitation() {
	return hasRole('observer') && !hasRole('supervisor', 'leader', 'handler', 'unit-head', 'sysadmin', 'secadmin', 'auditor');
}

/** The caller's own node code. */
export function ownNode() {
	return session.identity ? session.identity.orgCode : null;
}

/** Whether the caller's node is the province (the calendar is edited there). */
export function atProvince() {
	const identity = session.identity;
	return identity !== null && (identity.orgLevel === 'PROVINCE'
		|| (identity.node !== null && identity.node !== undefined && !identity.node.parent));
}

/** The node to address for a node code: null (own node) or the code of a node below. */
export function nodeParam(code) {
	return code && code !== ownNode() ? code : null;
}

/** The nodes the caller may address: their own and those below. */
export function reachableNodes() {
	return session.identity ? session.identity.nodes : [];
}

/** The navigation: [route, i18n key, data-test], only what the roles allow. */
export function navItems() {
	const items = [];
	if (signedIn()) {
		items.push(['#/', 'nav.home', 'nav-home']);
		if (hasRole('supervisor', 'leader', 'handler', 'unit-head')) {
			items.push(['#/dashboard', 'nav.dashboard', 'nav-dashboard']);
		}
		if (hasRole('supervisor', 'leader', 'handler', 'unit-head')) {
			items.push(['#/tasks', 'nav.tasks', 'nav-tasks']);
		}
		if (hasRole('supervisor', 'leader')) {
			items.push(['#/tasks/new', 'nav.newTask', 'nav-new-task']);
		}
		// an invited observer reads only what they are invited to (docs/security.md, "Invited observers")
		if (readsOnlyByInvitation()) {
			items.push(['#/observer', 'observer.navMine', 'nav-observer']);
		}
		else {
			items.push(['#/inbox', 'nav.inbox', 'nav-inbox']);
		}
		if (hasRole('supervisor', 'leader', 'handler', 'unit-head')) {
			items.push(['#/alerts', 'nav.alerts', 'nav-alerts']);
		}
		if (hasRole('supervisor', 'leader')) {
			items.push(['#/ladder', 'ladder.nav', 'nav-ladder']);
		}
		if (hasRole('supervisor', 'leader')) {
			items.push(['#/observers', 'observer.navInvitations', 'nav-observers']);
		}
		if (hasRole('supervisor', 'leader', 'handler', 'unit-head')) {
			items.push(['#/people', 'ladder.navPeople', 'nav-people']);
		}
		if (hasRole('supervisor', 'leader', 'handler', 'unit-head')) {
			items.push(['#/inspections/plans', 'plans.nav', 'nav-inspections']);
			items.push(['#/conclusions', 'conclusions.nav', 'nav-conclusions']);
			items.push(['#/rectifications', 'findings.nav', 'nav-rectifications']);
			items.push(['#/bulletins', 'bulletins.nav', 'nav-bulletins']);
		}
		if (hasRole('supervisor', 'leader', 'handler', 'unit-head')) {
			items.push(['#/assessment', 'assessment.nav', 'nav-assessment']);
		}
		if (hasRole('sysadmin') && atProvince()) {
			items.push(['#/assessment/formula', 'formula.nav', 'nav-assessment-formula']);
		}
		if (hasRole('supervisor', 'leader')) {
			items.push(['#/special-reports', 'specialReports.nav', 'nav-special-reports']);
		}
		if (hasRole('supervisor', 'leader', 'handler', 'unit-head')) {
			items.push(['#/priorities', 'priorities.nav', 'nav-priorities']);
		}
		if (hasRole('sysadmin')) {
			items.push(['#/admin/links', 'nav.links', 'nav-links']);
		}
		if (hasRole('sysadmin') && atProvince()) {
			items.push(['#/admin/calendar', 'nav.calendar', 'nav-calendar']);
		}
		if (hasRole('secadmin')) {
			items.push(['#/admin/users', 'nav.users', 'nav-users']);
		}
		if (hasRole('auditor')) {
			items.push(['#/admin/audit', 'nav.audit', 'nav-audit']);
		}
	}
	items.push(['#/public', 'nav.public', 'nav-public']);
	return items;
}

const loading = new Map();

/** The units a node assigns to (its departments, itself, the governments below it). */
export function loadUnits(node) {
	const key = node ?? ownNode();
	if (!loading.has(key)) {
		loading.set(key, api('/api/v1/units', { node: nodeParam(node) }).then((units) => {
			for (const unit of units) {
				session.units[unit.code] = unit;
			}
			return units;
		}).catch((error) => {
			loading.delete(key);
			throw error;
		}));
	}
	return loading.get(key);
}

/** "阳东区教育局 (441704:jyj)", or the code while the name is unknown. */
export function unitName(code) {
	if (!code) {
		return '—';
	}
	const unit = session.units[code];
	if (unit) {
		return unit.name;
	}
	const node = session.identity ? session.identity.nodes.find((n) => n.code === code) : null;
	return node ? node.name : code;
}

export function nodeName(code) {
	if (!code) {
		return '—';
	}
	const identity = session.identity;
	const node = identity ? identity.nodes.find((n) => n.code === code) : null;
	if (node) {
		return `${node.name} (${code})`;
	}
	if (identity && identity.node && identity.node.parent === code) {
		return `${t('parentNode')} (${code})`;
	}
	return session.units[code] ? session.units[code].name : code;
}
