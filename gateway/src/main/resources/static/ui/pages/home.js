// Home: who is signed in (unit, level, roles, the nodes they reach) and whether their own
// node confirms it; signed out, the way in.

import { defineComponent, onMounted, ref } from '../lib.js';
import { api } from '../api.js';
import { roleName, t } from '../i18n.js';
import { isDuchaRole, navItems, session, unitName } from '../session.js';
import { el, facts, pageTitle } from '../view.js';

export const HomePage = defineComponent({
	setup() {
		const check = ref(null);
		onMounted(async () => {
			if (!session.identity) {
				return;
			}
			try {
				const me = await api('/api/v1/me');
				check.value = { ok: true, text: () => t('nodeConfirms', me.orgCode) };
			}
			catch (error) {
				check.value = { ok: false, text: () => `${t('nodeFails', error.status)} ${error.message}` };
			}
		});
		return () => {
			const identity = session.identity;
			if (!identity) {
				return el('div', pageTitle(t('welcome')),
					el('section', { class: 'card' }, el('p', t('signedOutIntro')),
						el('a', { class: 'button primary', href: '/oauth2/authorization/keycloak' }, t('signIn'))),
					el('section', { class: 'card' }, el('p', t('publicIntro')),
						el('a', { href: '#/public' }, t('nav.public'))));
			}
			return el('div', pageTitle(t('signedInTitle')),
				el('section', { class: 'card' }, facts([
					['name', identity.name],
					['username', identity.username],
					['org', identity.node ? `${identity.node.name} (${identity.node.code})` : identity.orgCode],
					['levelLabel', t(`level.${identity.orgLevel ?? 'UNKNOWN'}`)],
					['unit', identity.unitCode ? `${unitName(identity.unitCode)} (${identity.unitCode})` : null],
					['roles', identity.roles.filter(isDuchaRole).map(roleName).join('、')],
					['nodes', el('span', { 'data-test': 'home-nodes' },
						identity.nodes.map((n) => `${n.name} (${n.code})`).join('、'))],
					['nodeCheck', el('span', { 'data-test': 'node-check', class: check.value && !check.value.ok ? 'bad' : '' },
						check.value ? check.value.text() : t('loading'))]
				])),
				el('section', { class: 'card' }, el('h3', t('quickLinks')),
					el('ul', { class: 'quick' }, navItems().filter(([href]) => href !== '#/')
						.map(([href, key]) => el('li', el('a', { href }, t(key)))))));
		};
	}
});
