// The users of this node's subtree (security administrator): list with where each account
// comes from (local, a directory, an identity provider), create with a
// temporary password and business roles only, enable and disable; and, above the counties,
// appoint the administrators of the nodes right below (users-appoint.js).

import { defineComponent, h, onMounted, reactive, ref } from '../lib.js';
import { api, attempt, flash } from '../api.js';
import { label, roleName, t } from '../i18n.js';
import { button, el, field, input, pageTitle, section, table } from '../view.js';
import { AppointAdministrator, appointsAdministrators } from './users-appoint.js';

// delegated creation grants business roles only: administrators are appointed by the level above
const ROLES = ['supervisor', 'leader', 'handler', 'unit-head', 'observer'];
const SIZE = 50;

// where an account comes from: a directory's or a provider's accounts are changed there (name, group, roles)
const source = (user) => label('accountSources', user.source ?? 'LOCAL') + (user.sourceName ? `（${user.sourceName}）` : '');

export const UsersPage = defineComponent({
	setup() {
		const users = ref(null);
		const page = ref(0);
		const form = reactive({ username: '', firstName: '', lastName: '', email: '', groupCode: '', temporaryPassword: '', roles: {} });
		const load = async (n = page.value) => {
			const found = await attempt(() => api('/api/v1/admin/users', { query: { page: n, size: SIZE } }));
			if (found) {
				users.value = found;
				page.value = n;
			}
		};
		const toggle = async (user, action, key) => {
			if (await attempt(() => api(`/api/v1/admin/users/${encodeURIComponent(user.id)}/${action}`, { method: 'POST' }), key)) {
				await load();
			}
		};
		const create = async () => {
			const roles = ROLES.filter((r) => form.roles[r]);
			if (!form.username || !form.firstName || !form.groupCode || !form.temporaryPassword || !roles.length) {
				flash(t('fillIn', [t('username'), t('firstName'), t('groupCode'), t('temporaryPassword'), t('roles')].join('、')), 'error');
				return;
			}
			const body = { username: form.username, firstName: form.firstName, lastName: form.lastName || null,
				email: form.email || null, groupCode: form.groupCode, roles, temporaryPassword: form.temporaryPassword };
			if (await attempt(() => api('/api/v1/admin/users', { method: 'POST', body }), 'userCreated')) {
				Object.assign(form, { username: '', firstName: '', lastName: '', email: '', temporaryPassword: '', roles: {} });
				await load();
			}
		};
		onMounted(() => load(0));
		return () => el('div',
			pageTitle(t('nav.users')),
			users.value && users.value.length ? table(['username', 'name', 'email', 'groups', 'roles', 'accountSource', 'enabled', 'actionsLabel'],
				users.value.map((u) => ({
					props: { 'data-test': 'user-row', 'data-user-id': u.id, 'data-username': u.username },
					cells: [u.username, `${u.lastName ?? ''}${u.firstName ?? ''}`, u.email ?? '', u.groups.join('、'),
						u.roles.map(roleName).join('、'), el('span', { 'data-test': 'user-source' }, source(u)), u.enabled ? t('yes') : t('no'),
						u.enabled ? button('user-disable', 'disable', () => toggle(u, 'disable', 'userDisabled'), { class: 'danger' })
							: button('user-enable', 'enable', () => toggle(u, 'enable', 'userEnabled'))]
				}))) : el('p', { class: 'muted' }, users.value ? t('noUsers') : t('loading')),
			el('nav', { class: 'pager' },
				button('pagination-prev', 'previous', () => load(page.value - 1), { disabled: page.value <= 0 }),
				el('span', t('pageNumber', page.value + 1)),
				button('pagination-next', 'next', () => load(page.value + 1), { disabled: !users.value || users.value.length < SIZE })),
			section('createUser', el('form', { class: 'form', onSubmit: (event) => { event.preventDefault(); create(); } },
				el('div', { class: 'row' },
					field('username', input('user-username', form, 'username', { required: true, autocomplete: 'off' })),
					field('groupCode', input('user-group', form, 'groupCode', { required: true, placeholder: '441704:jyj' }))),
				el('div', { class: 'row' },
					field('lastName', input('user-last-name', form, 'lastName')),
					field('firstName', input('user-first-name', form, 'firstName', { required: true }))),
				field('email', input('user-email', form, 'email', { type: 'email' })),
				field('temporaryPassword', input('user-password', form, 'temporaryPassword',
					{ type: 'password', minlength: 12, autocomplete: 'new-password', required: true }), t('passwordHint')),
				el('fieldset', { 'data-test': 'user-roles', class: 'roles' }, el('legend', t('roles')),
					ROLES.map((role) => el('label', { class: 'check' }, input(`user-role-${role}`, form.roles, role, { type: 'checkbox' }), roleName(role)))),
				button('user-create', 'createUser', null, { type: 'submit', class: 'primary' }))),
			appointsAdministrators() ? h(AppointAdministrator, { onAppointed: () => load() }) : null);
	}
});
