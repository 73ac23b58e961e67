// Appointing an administrator of a node right below this one (the security administrator of
// the level above): a new account with one of sysadmin, secadmin, auditor and no password;
// Keycloak e-mails the person a link to set their password and one-time-code device.

import { defineComponent, reactive } from '../lib.js';
import { api, attempt, flash } from '../api.js';
import { roleName, t } from '../i18n.js';
import { session } from '../session.js';
import { button, el, field, input, section, select } from '../view.js';

const ADMINISTRATOR_ROLES = ['sysadmin', 'secadmin', 'auditor'];

/** Whether the caller's node has nodes below it (a county appoints nobody). */
export function appointsAdministrators() {
	return session.identity !== null && session.identity.orgLevel !== 'COUNTY';
}

export const AppointAdministrator = defineComponent({
	emits: ['appointed'],
	setup(props, { emit }) {
		const form = reactive({ username: '', firstName: '', lastName: '', email: '', nodeCode: '', role: 'auditor' });
		const appoint = async () => {
			if (!form.username || !form.firstName || !form.email || !form.nodeCode) {
				flash(t('fillIn', [t('username'), t('firstName'), t('email'), t('childNode')].join('、')), 'error');
				return;
			}
			const body = { username: form.username, firstName: form.firstName, lastName: form.lastName || null,
				email: form.email, nodeCode: form.nodeCode, role: form.role };
			if (await attempt(() => api('/api/v1/admin/administrators', { method: 'POST', body }), 'administratorAppointed')) {
				Object.assign(form, { username: '', firstName: '', lastName: '', email: '', nodeCode: '' });
				emit('appointed');
			}
		};
		return () => section('appointAdministrator',
			el('p', { class: 'muted' }, t('appointHint')),
			el('form', { class: 'form', 'data-test': 'appoint-form', onSubmit: (event) => { event.preventDefault(); appoint(); } },
				el('div', { class: 'row' },
					field('username', input('appoint-username', form, 'username', { required: true, autocomplete: 'off' })),
					field('childNode', input('appoint-node', form, 'nodeCode', { required: true, placeholder: '441704' }))),
				el('div', { class: 'row' },
					field('lastName', input('appoint-last-name', form, 'lastName')),
					field('firstName', input('appoint-first-name', form, 'firstName', { required: true }))),
				field('email', input('appoint-email', form, 'email', { type: 'email', required: true })),
				field('administratorRole', select('appoint-role', form, 'role',
					ADMINISTRATOR_ROLES.map((role) => ({ value: role, label: roleName(role) })))),
				button('appoint-submit', 'appoint', null, { type: 'submit', class: 'primary' })));
	}
});
