// The federation links of this node (system administrator): state, backlog, last error;
// pause, resume, re-sync.

import { defineComponent, onMounted, ref } from '../lib.js';
import { api, attempt } from '../api.js';
import { label, t } from '../i18n.js';
import { button, el, instant, pageTitle, table } from '../view.js';

export const LinksPage = defineComponent({
	setup() {
		const links = ref(null);
		const load = async () => {
			links.value = (await attempt(() => api('/api/v1/federation/links'))) ?? links.value;
		};
		const act = async (peer, action, key) => {
			const done = await attempt(async () => {
				await api(`/api/v1/federation/links/${encodeURIComponent(peer)}/${action}`, { method: 'POST' });
				return true;
			}, key);
			if (done) {
				await load();
			}
		};
		onMounted(load);
		return () => el('div',
			pageTitle(t('nav.links')),
			el('div', { class: 'toolbar' }, button('links-refresh', 'reload', load)),
			links.value && links.value.length ? table(
				['peer', 'peerRoleLabel', 'linkStateLabel', 'backlog', 'lastError', 'reconnects', 'since', 'actionsLabel'],
				links.value.map((link) => {
					const backlog = link.channels.reduce((sum, c) => sum + (c.backlog ?? 0), 0);
					return {
						props: { 'data-test': 'link-row', 'data-peer': link.peer, 'data-state': link.state, class: `link-${link.state}` },
						cells: [`${link.peerName ?? ''} (${link.peer})`, label('peerRole', link.role),
							el('span', { class: 'badge' }, label('linkState', link.state), link.paused ? ` · ${t('paused')}` : ''),
							el('details', el('summary', { 'data-test': 'link-backlog' }, String(backlog)),
								el('ul', link.channels.map((c) => el('li', { class: c.alarm ? 'bad' : '' },
									`${c.channel} ${c.direction} ${c.state} · ${t('backlog')} ${c.backlog} · ${c.oldestUnackedAgeSeconds}s`
									+ (c.lastError ? ` · ${c.lastError}` : ''))))),
							link.lastError ? el('span', { class: 'bad' }, `${link.lastError} (${instant(link.lastErrorAt)})`) : '—',
							String(link.reconnects), instant(link.since),
							el('div', { class: 'actions' },
								link.paused ? button('link-resume', 'resume', () => act(link.peer, 'resume', 'linkResumed'))
									: button('link-pause', 'pause', () => act(link.peer, 'pause', 'linkPaused')),
								button('link-resync', 'resync', () => window.confirm(t('confirmResync', link.peer)) && act(link.peer, 'resync', 'linkResynced')))]
					};
				})) : el('p', { class: 'muted' }, links.value ? t('noLinks') : t('loading')));
	}
});
