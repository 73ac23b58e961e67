// The inbox: reminders, alerts, ladder steps and bulletins addressed to the caller's unit, to read and sign for.

import { defineComponent, onMounted, reactive, ref, watch } from '../lib.js';
import { api, attempt } from '../api.js';
import { label, t } from '../i18n.js';
import { nodeName } from '../session.js';
import { button, el, input, instant, pageTitle, pager } from '../view.js';
import { taskHref } from './tasks.js';
import { assignmentHref } from './task.js';
import { stepHref } from './ladder-parts.js';
import { documentLinks } from './document-links.js';
import { bulletinHref } from './bulletins.js';

/** The label group of an inbox item's kind, by its source. */
const KIND_LABELS = { LADDER: 'ladderKind', BULLETIN: 'bulletinVerdict' };

export const InboxPage = defineComponent({
	setup() {
		const filter = reactive({ unread: false });
		const result = ref(null);
		const load = async (page = 0) => {
			const found = await attempt(() => api('/api/v1/inbox', { query: { unread: filter.unread, page, size: 20 } }));
			if (found) {
				result.value = found;
			}
		};
		const act = async (item, action, key) => {
			if (await attempt(() => api(`/api/v1/inbox/${encodeURIComponent(item.id)}/${action}`, { method: 'POST' }), key)) {
				await load(result.value ? result.value.page : 0);
			}
		};
		onMounted(() => load(0));
		watch(() => filter.unread, () => load(0));
		return () => el('div',
			pageTitle(t('nav.inbox')),
			el('div', { class: 'toolbar' },
				el('label', { class: 'check' }, input('inbox-unread', filter, 'unread', { type: 'checkbox' }), t('unreadOnly'))),
			result.value && result.value.items.length
				? el('ul', { class: 'inbox plain' }, result.value.items.map((item) => el('li', {
					class: `card inbox-item${item.read ? '' : ' unread'}`, 'data-test': 'inbox-item', 'data-inbox-id': item.id,
					'data-read': String(item.read), 'data-signed': String(item.signed), 'data-source': item.source
				},
				el('header', el('strong', item.title ?? label('inboxSource', item.source)), ' ',
					el('span', { class: 'badge' }, `${label('inboxSource', item.source)} · ${label(KIND_LABELS[item.source] ?? 'alertKind', item.kind)}`),
					item.audience === 'UNIT_HEAD' ? el('span', { class: 'badge' }, t('forUnitHead')) : null),
				item.body ? el('p', { class: 'pre' }, item.body) : null,
				el('p', { class: 'muted' }, `${item.fromNode ? nodeName(item.fromNode) : ''} · ${instant(item.createdAt)}`,
					item.signed ? ` · ${t('signedBy', item.signedBy ?? '', instant(item.signedAt))}` : ''),
				el('div', { class: 'actions' },
					item.source === 'LADDER' ? el('a', { href: stepHref(item.sourceId), 'data-test': 'inbox-step-link' }, t('ladder.step')) : null,
					item.source === 'BULLETIN' ? el('a', { href: bulletinHref(item.sourceId), 'data-test': 'inbox-bulletin-link' }, t('inboxOpenBulletin')) : null,
					item.assignmentId ? el('a', { href: assignmentHref(item.assignmentId) }, t('openAssignment')) : null,
					item.taskId && !item.assignmentId ? el('a', { href: taskHref(item.taskId) }, t('openTask')) : null,
					item.source === 'REMINDER' ? documentLinks('inbox-reminder-notice',
						`/api/v1/reminders/${encodeURIComponent(item.sourceId)}/notice`, null, t('documents.urgingNotice')) : null,
					item.read ? null : button('inbox-read', 'markRead', () => act(item, 'read', 'markedRead')),
					item.signed ? null : button('inbox-sign', 'signFor', () => act(item, 'sign', 'signedFor'), { class: 'primary' })))))
				: el('p', { class: 'muted' }, result.value ? t('inboxEmpty') : t('loading')),
			pager(result.value, load));
	}
});
