// The supervisor's page of invited observers: invite a person holding the observer role
// to a task for a period, list this node's invitations with where each stands today, and
// withdraw one with a reason.

import { defineComponent, onMounted, reactive, ref } from '../lib.js';
import { api, attempt, flash } from '../api.js';
import { label, t } from '../i18n.js';
import { hasRole } from '../session.js';
import { button, codeOptions, el, field, input, instant, pageTitle, section, select, table } from '../view.js';
import { taskHref } from './tasks.js';

const PATH = '/api/v1/observers/invitations';

function today() {
	return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

export const ObserverInvitationsPage = defineComponent({
	setup() {
		const form = reactive({ observer: '', kind: 'TASK', targetId: '', from: today(), until: '' });
		const reasons = reactive({});
		const invitations = ref(null);
		const load = async () => {
			invitations.value = (await attempt(() => api(PATH))) ?? [];
		};
		const invite = async () => {
			if (await attempt(() => api(PATH, { method: 'POST', body: { ...form } }), 'observer.invited')) {
				form.observer = '';
				form.targetId = '';
				await load();
				flash(t('observer.invited'), 'success');
			}
		};
		const withdraw = async (invitation) => {
			const reason = (reasons[invitation.id] ?? '').trim();
			if (!reason) {
				flash(t('observer.reasonRequired'), 'error');
				return;
			}
			const path = `${PATH}/${encodeURIComponent(invitation.id)}/withdraw`;
			if (await attempt(() => api(path, { method: 'POST', body: { reason } }), 'observer.withdrawn')) {
				await load();
				flash(t('observer.withdrawn'), 'success');
			}
		};
		onMounted(load);
		const target = (i) => i.kind === 'TASK'
			? el('a', { href: taskHref(i.targetId), 'data-test': 'invitation-target' }, i.targetTitle)
			: el('span', { 'data-test': 'invitation-target' }, i.targetTitle);
		const withdrawal = (i) => {
			if (i.state === 'WITHDRAWN') {
				return el('span', { class: 'muted' }, `${i.withdrawReason ?? ''} · ${i.withdrawnBy ?? ''} ${instant(i.withdrawnAt)}`);
			}
			if (i.state === 'ENDED' || !hasRole('supervisor')) {
				return null;
			}
			return el('span', { class: 'inline-form' },
				input('invitation-withdraw-reason', reasons, i.id, { placeholder: t('observer.withdrawReason') }),
				button('invitation-withdraw', 'observer.withdraw', () => withdraw(i)));
		};
		return () => el('div',
			pageTitle(t('observer.invitationsTitle')),
			el('p', { class: 'muted' }, t('observer.invitationsIntro')),
			hasRole('supervisor') ? section('observer.invite',
				field('observer.observerAccount', input('invitation-observer', form, 'observer', { placeholder: 'observer-441700' })),
				field('observer.kind', select('invitation-kind', form, 'kind', codeOptions('invitationKind', ['TASK', 'INSPECTION_PLAN']))),
				field('observer.targetId', input('invitation-target-id', form, 'targetId')),
				field('observer.from', input('invitation-from', form, 'from', { type: 'date' })),
				field('observer.until', input('invitation-until', form, 'until', { type: 'date' })),
				el('div', { class: 'actions' }, button('invitation-submit', 'observer.invite', invite, { class: 'primary' }))) : null,
			section('observer.list', invitations.value === null ? el('p', { class: 'muted' }, t('loading'))
				: invitations.value.length ? table(['observer.observerAccount', 'observer.target', 'observer.period',
					'observer.state', 'observer.invitedBy', 'observer.withdraw'], invitations.value.map((i) => ({
					props: { 'data-test': 'invitation-row', 'data-invitation-id': i.id, 'data-state': i.state },
					cells: [i.observer, [el('span', { class: 'badge' }, label('invitationKind', i.kind)), ' ', target(i)],
						`${i.from} — ${i.until}`,
						el('span', { class: `badge invitation-${i.state}`, 'data-test': 'invitation-state' }, label('invitationState', i.state)),
						`${i.invitedBy} · ${instant(i.invitedAt)}`, withdrawal(i)]
				})))
					: el('p', { class: 'muted' }, t('observer.none'))));
	}
});
