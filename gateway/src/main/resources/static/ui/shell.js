// The frame of every page: the header (who is signed in, language, sign in/out), the
// navigation the roles allow (collapsible on a phone), the global message, and the page
// the hash route names.

import { defineComponent, h, onMounted, ref } from './lib.js';
import { clearFlash, flash, notice, takePending } from './api.js';
import { language, roleName, setLanguage, t } from './i18n.js';
import { isDuchaRole, loadIdentity, navItems, session, signOut, unitName } from './session.js';
import { el } from './view.js';
import { HomePage } from './pages/home.js';
import { DashboardPage } from './pages/dashboard.js';
import { TaskListPage } from './pages/tasks.js';
import { TaskFormPage } from './pages/task-form.js';
import { TaskPage } from './pages/task.js';
import { AssignmentPage } from './pages/assignment.js';
import { InboxPage } from './pages/inbox.js';
import { AlertsPage } from './pages/alerts.js';
import { LinksPage } from './pages/links.js';
import { UsersPage } from './pages/users.js';
import { AuditPage } from './pages/audit.js';
import { CalendarPage } from './pages/calendar.js';
import { PublicPage } from './pages/public.js';
import { LadderPage } from './pages/ladder.js';
import { ProposalPage } from './pages/ladder-proposal.js';
import { StepPage } from './pages/ladder-step.js';
import { PersonRecordPage, UnitRecordPage } from './pages/ladder-record.js';
import { ConclusionListPage } from './pages/conclusions.js';
import { ConclusionPage } from './pages/conclusion.js';
import { BulletinListPage } from './pages/bulletins.js';
import { BulletinPage } from './pages/bulletin.js';
import { PeoplePage } from './pages/people.js';
import { UnitPeoplePage } from './pages/unit-people.js';
import { ObserverInvitationsPage } from './pages/observer-invitations.js';
import { InvitedItemsPage, InvitedPlanPage, InvitedTaskPage } from './pages/observer-invited.js';
import { PlanFormPage, PlanListPage } from './pages/inspection-plans.js';
import { PlanPage } from './pages/inspection-plan.js';
import { RectificationPage, RectificationsPage } from './pages/rectifications.js';
import { InspectionFindingsPage } from './pages/inspection-findings.js';
import { AssessmentPage } from './pages/assessment.js';
import { AssessmentUnitPage } from './pages/assessment-unit.js';
import { AssessmentFormulaPage } from './pages/assessment-formula.js';
import { SpecialReportFormPage, SpecialReportListPage } from './pages/special-reports.js';
import { SpecialReportPage } from './pages/special-report.js';
import { PriorityListPage, PriorityPage } from './pages/priorities.js';

/** [pattern, component, whether it needs a session]; :name captures a path segment. */
const ROUTES = [
	['/', HomePage, false],
	['/dashboard', DashboardPage, true],
	['/tasks', TaskListPage, true],
	['/tasks/new', TaskFormPage, true],
	['/tasks/:id/edit', TaskFormPage, true],
	['/tasks/:id', TaskPage, true],
	['/assignments/:id', AssignmentPage, true],
	['/inbox', InboxPage, true],
	['/alerts', AlertsPage, true],
	['/admin/links', LinksPage, true],
	['/admin/users', UsersPage, true],
	['/admin/audit', AuditPage, true],
	['/admin/calendar', CalendarPage, true],
	['/public', PublicPage, false],
	['/ladder', LadderPage, true],
	['/ladder/proposals/:id', ProposalPage, true],
	['/ladder/steps/:id', StepPage, true],
	['/people', PeoplePage, true],
	['/units/:code/people', UnitPeoplePage, true],
	['/units/:code/record', UnitRecordPage, true],
	['/people/:id/record', PersonRecordPage, true],
	['/inspections/plans', PlanListPage, true],
	['/inspections/plans/new', PlanFormPage, true],
	['/inspections/plans/:id', PlanPage, true],
	['/conclusions', ConclusionListPage, true],
	['/conclusions/:id', ConclusionPage, true],
	['/observers', ObserverInvitationsPage, true],
	['/observer', InvitedItemsPage, true],
	['/observer/tasks/:id', InvitedTaskPage, true],
	['/observer/plans/:id', InvitedPlanPage, true],
	['/rectifications', RectificationsPage, true],
	['/rectifications/:id', RectificationPage, true],
	['/inspections/plans/:id/findings', InspectionFindingsPage, true],
	['/bulletins', BulletinListPage, true],
	['/bulletins/:id', BulletinPage, true],
	['/assessment', AssessmentPage, true],
	['/assessment/formula', AssessmentFormulaPage, true],
	['/assessment/units/:code', AssessmentUnitPage, true],
	['/special-reports', SpecialReportListPage, true],
	['/special-reports/new', SpecialReportFormPage, true],
	['/special-reports/:id', SpecialReportPage, true],
	['/priorities', PriorityListPage, true],
	['/priorities/:id', PriorityPage, true]
];

/** The route of a hash such as #/tasks/42?node=441704. */
export function parseHash(hash) {
	const raw = hash.replace(/^#/, '') || '/';
	const [path, search] = raw.split('?');
	const query = Object.fromEntries(new URLSearchParams(search ?? ''));
	const segments = path.split('/').filter((s) => s);
	for (const [pattern, component, secured] of ROUTES) {
		const parts = pattern.split('/').filter((s) => s);
		if (parts.length !== segments.length) {
			continue;
		}
		const params = {};
		const matches = parts.every((part, i) => {
			if (part.startsWith(':')) {
				params[part.substring(1)] = decodeURIComponent(segments[i]);
				return true;
			}
			return part === segments[i];
		});
		if (matches) {
			return { component, secured, params, query, path: `/${segments.join('/')}` };
		}
	}
	return { component: null, secured: false, params: {}, query, path };
}

const NotFound = defineComponent({
	setup() {
		return () => el('div', el('h2', { 'data-test': 'page-title' }, t('notFoundPage')),
			el('p', el('a', { href: '#/' }, t('nav.home'))));
	}
});

const SignInNeeded = defineComponent({
	setup() {
		return () => el('div', { class: 'card' }, el('h2', { 'data-test': 'page-title' }, t('signInNeeded')),
			el('p', t('signedOutIntro')),
			el('a', { class: 'button primary', href: '/oauth2/authorization/keycloak' }, t('signIn')));
	}
});

function whoami() {
	const identity = session.identity;
	if (!identity) {
		return null;
	}
	const node = identity.node ? identity.node.name : identity.orgCode;
	return el('div', { class: 'whoami', 'data-test': 'whoami' },
		el('span', { 'data-test': 'whoami-name', class: 'who' }, identity.name ?? identity.username),
		el('span', { 'data-test': 'whoami-unit' }, `${node} · ${unitName(identity.unitCode ?? identity.orgCode)}`),
		el('span', { 'data-test': 'whoami-level' }, t(`level.${identity.orgLevel ?? 'UNKNOWN'}`)),
		el('span', { 'data-test': 'whoami-roles' }, identity.roles.filter(isDuchaRole).map(roleName).join('、')));
}

export const Shell = defineComponent({
	setup() {
		const route = ref(parseHash(window.location.hash));
		const navOpen = ref(false);
		const routeKey = ref(0);
		window.addEventListener('hashchange', () => {
			route.value = parseHash(window.location.hash);
			routeKey.value += 1;
			navOpen.value = false;
			clearFlash();
			const message = takePending();
			if (message) {
				flash(message.text, message.kind);
			}
			window.scrollTo(0, 0);
		});
		onMounted(async () => {
			const query = new URLSearchParams(window.location.search);
			if (query.has('signed-out')) {
				flash(t('signedOut'), 'info');
			}
			else if (query.has('sign-in-failed')) {
				flash(t('signInFailed'), 'error');
			}
			await loadIdentity();
			if (session.unavailable) {
				flash(t('unavailable'), 'error');
			}
			document.title = `${t('title')} · Ducha`;
		});
		return () => {
			const current = route.value;
			let page;
			if (!session.loaded) {
				page = el('p', { class: 'loading' }, t('loading'));
			}
			else if (!current.component) {
				page = h(NotFound);
			}
			else if (current.secured && !session.identity) {
				page = h(SignInNeeded);
			}
			else {
				page = h(current.component, { key: `${routeKey.value}${window.location.hash}`, params: current.params, query: current.query });
			}
			const active = `#${current.path}`;
			return [
				el('header', { class: 'top' },
					el('button', { type: 'button', class: 'nav-toggle', 'data-test': 'nav-toggle',
						'aria-expanded': String(navOpen.value), onClick: () => { navOpen.value = !navOpen.value; } }, '☰'),
					el('h1', el('a', { href: '#/' }, t('title'))),
					whoami(),
					el('div', { class: 'header-actions' },
						el('button', { type: 'button', 'data-test': 'language', lang: language() === 'en' ? 'zh-CN' : 'en',
							onClick: () => setLanguage(language() === 'en' ? 'zh-CN' : 'en') }, t('switchTo')),
						session.identity
							? el('button', { type: 'button', 'data-test': 'sign-out', onClick: signOut }, t('signOut'))
							: el('a', { class: 'button', 'data-test': 'sign-in', href: '/oauth2/authorization/keycloak' },
								t('signIn')))),
				el('div', { class: 'layout' },
					el('nav', { class: navOpen.value ? 'side open' : 'side' }, el('ul', navItems().map(([href, key, test]) =>
						el('li', el('a', { href, 'data-test': test, class: active === href ? 'active' : '' }, t(key)))))),
					el('main', { id: 'main' },
						el('div', { class: `message-bar message-${notice.kind}`, hidden: !notice.text },
							el('div', { class: 'message', 'data-test': 'message', 'data-kind': notice.kind,
								role: notice.kind === 'error' ? 'alert' : 'status' }, notice.text),
							el('button', { type: 'button', class: 'close', 'aria-label': t('close'), onClick: clearFlash }, '×'),
							notice.details.length ? el('ul', { 'data-test': 'message-details' },
								notice.details.map((d) => el('li', typeof d === 'string' ? d
									: `${t('row')} ${d.row} · ${d.column ?? ''}：${d.message}`))) : null),
						page)),
				el('footer', t('footer'))
			];
		};
	}
});
