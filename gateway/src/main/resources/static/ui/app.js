// Who is signed in: the gateway's /whoami, and the caller's own node through the gateway
// (/api/v1/me). The gateway keeps the tokens; this page only ever sees its session cookie
// and the CSRF cookie.

import { language, roleName, setLanguage, t, translatePage } from './i18n.js';

const accept = { Accept: 'application/json, application/problem+json' };

let identity = null;

function show(id, visible) {
	document.getElementById(id).hidden = !visible;
}

function text(id, value) {
	document.getElementById(id).textContent = value ?? '—';
}

function message(key) {
	const element = document.getElementById('message');
	element.textContent = key ? t(key) : '';
	element.hidden = !key;
}

function nodeLabel(node) {
	return node ? `${node.name} (${node.code})` : null;
}

function csrfToken() {
	const cookie = document.cookie.split('; ').find((entry) => entry.startsWith('XSRF-TOKEN='));
	return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

function render() {
	translatePage();
	show('signed-in', identity !== null);
	show('signed-out', identity === null);
	if (identity === null) {
		return;
	}
	text('name', identity.name);
	text('username', identity.username);
	text('org', nodeLabel(identity.node) ?? identity.orgCode);
	text('unit', identity.unitCode);
	text('roles', identity.roles.map(roleName).join('、'));
	text('nodes', identity.nodes.map(nodeLabel).join('、'));
}

async function checkNode() {
	const response = await fetch('/api/v1/me', { headers: accept });
	if (response.ok) {
		const me = await response.json();
		text('node-check', t('nodeConfirms', me.orgCode));
	}
	else {
		text('node-check', t('nodeFails', response.status));
	}
}

async function load() {
	const query = new URLSearchParams(window.location.search);
	if (query.has('signed-out')) {
		message('signedOut');
	}
	else if (query.has('sign-in-failed')) {
		message('signInFailed');
	}
	try {
		const response = await fetch('/whoami', { headers: accept });
		if (response.ok) {
			identity = await response.json();
		}
		else if (response.status === 401) {
			const problem = await response.json();
			if (problem.code === 'session_expired') {
				message('sessionExpired');
			}
		}
		else {
			message('unavailable');
		}
	}
	catch (error) {
		message('unavailable');
	}
	render();
	if (identity !== null) {
		await checkNode();
	}
}

async function signOut() {
	await fetch('/logout', { method: 'POST', headers: { 'X-XSRF-TOKEN': csrfToken() }, redirect: 'manual' });
	window.location.assign('/?signed-out');
}

document.getElementById('language').addEventListener('click', () => {
	setLanguage(language() === 'en' ? 'zh-CN' : 'en');
	render();
});
document.getElementById('sign-out').addEventListener('click', signOut);
load();
