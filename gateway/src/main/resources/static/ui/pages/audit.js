// The audit trail (auditor): the hash-chained records, page by page, and a check of the
// whole chain.

import { defineComponent, onMounted, ref } from '../lib.js';
import { api, attempt } from '../api.js';
import { t } from '../i18n.js';
import { button, el, instant, pageTitle, pager, section, table } from '../view.js';

export const AuditPage = defineComponent({
	setup() {
		const result = ref(null);
		const verdict = ref(null);
		const load = async (page = 0) => {
			const found = await attempt(() => api('/api/v1/audit', { query: { page, size: 50 } }));
			if (found) {
				result.value = found;
			}
		};
		const verify = async () => {
			verdict.value = (await attempt(() => api('/api/v1/audit/verify'))) ?? null;
		};
		onMounted(() => load(0));
		return () => el('div',
			pageTitle(t('nav.audit')),
			section('chainCheck',
				button('audit-verify', 'verifyChain', verify, { class: 'primary' }),
				verdict.value ? el('p', { 'data-test': 'audit-verdict', 'data-intact': String(verdict.value.intact),
					class: verdict.value.intact ? 'good' : 'bad' },
				verdict.value.intact ? t('chainIntact', verdict.value.records, verdict.value.lastSequence)
					: t('chainBroken', verdict.value.firstBrokenSequence ?? '?', verdict.value.kind ?? '', verdict.value.problem ?? '')) : null),
			result.value ? table(['sequence', 'when', 'category', 'auditAction', 'who', 'peer', 'detail', 'hash'],
				result.value.items.map((r) => ({
					props: { 'data-test': 'audit-row', 'data-sequence': String(r.sequence) },
					cells: [String(r.sequence), instant(r.occurredAt), r.category, r.action, r.actor ?? '', r.peer ?? '',
						el('span', { class: 'detail' }, r.detail ?? ''), el('code', { title: r.hash }, (r.hash ?? '').substring(0, 12))]
				}))) : el('p', { class: 'muted' }, t('loading')),
			pager(result.value, load));
	}
});
