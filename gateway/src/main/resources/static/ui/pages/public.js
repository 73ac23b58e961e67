// The public page (民生实事公开), without sign-in: the livelihood projects published to the
// public, their responsibility list and how far each unit has come. Public fields only.

import { defineComponent, h, onMounted, ref } from '../lib.js';
import { api, attempt } from '../api.js';
import { label, t } from '../i18n.js';
import { DueDate } from '../dates.js';
import { el, instant, pageTitle, pager, table } from '../view.js';

function bar(percent) {
	return el('span', { class: 'progress', role: 'progressbar', 'aria-valuenow': String(percent), 'aria-valuemin': '0', 'aria-valuemax': '100' },
		h('span', { class: 'progress-fill', style: { width: `${Math.max(0, Math.min(100, percent))}%` } }),
		el('span', { class: 'progress-text' }, `${percent}%`));
}

export const PublicPage = defineComponent({
	setup() {
		const result = ref(null);
		const load = async (page = 0) => {
			const found = await attempt(() => api('/api/v1/public/projects', { query: { page, size: 10 } }));
			if (found) {
				result.value = found;
			}
		};
		onMounted(() => load(0));
		return () => el('div',
			pageTitle(t('publicTitle')),
			el('p', { class: 'muted' }, t('publicIntro')),
			result.value && result.value.items.length
				? result.value.items.map((p) => el('article', { class: 'card project', 'data-test': 'public-project', 'data-project-id': p.id },
					el('h3', `${p.number ? `${p.number} ` : ''}${p.title}`),
					el('p', { class: 'muted' }, `${p.issuingUnit ?? p.issuingNode} · ${label('source', p.source)} · ${label('status', p.status)}`),
					p.content ? el('p', { class: 'pre' }, p.content) : null,
					el('p', t('deadline'), '：', h(DueDate, { date: p.deadline, done: p.status === 'CLOSED' })),
					p.schedule ? el('p', t('stages'), '：', p.schedule) : null,
					table(['responsibleUnit', 'assignmentRole', 'assignmentStatus', 'progress', 'lastReport'], p.units.map((u) => ({
						props: { 'data-test': 'public-unit' },
						cells: [u.unitName, label('role', u.role), label('astatus', u.status), bar(u.percentComplete),
							u.lastReportedAt ? instant(u.lastReportedAt) : '—']
					})))))
				: el('p', { class: 'muted' }, result.value ? t('noProjects') : t('loading')),
			pager(result.value, load));
	}
});
