// Bulletins (督查通报): the list a user sees at this node (its supervisors and leaders: every
// bulletin held here, drafts of this node included; a unit's people: the published ones naming
// their unit) and, for a supervisor, the form that generates a draft from the record.

import { defineComponent, onMounted, reactive, ref } from '../lib.js';
import { api, attempt, navigate } from '../api.js';
import { label, t } from '../i18n.js';
import { hasRole } from '../session.js';
import { button, codeOptions, el, field, input, pageTitle, pager, section, select, status, table } from '../view.js';

export function bulletinHref(id) {
	return `#/bulletins/${encodeURIComponent(id)}`;
}

function lastMonth() {
	const now = new Date();
	const first = new Date(Date.UTC(now.getFullYear(), now.getMonth() - 1, 1));
	const last = new Date(Date.UTC(now.getFullYear(), now.getMonth(), 0));
	return [first.toISOString().substring(0, 10), last.toISOString().substring(0, 10)];
}

export const BulletinListPage = defineComponent({
	setup() {
		const result = ref(null);
		const [from, to] = lastMonth();
		const model = reactive({ kind: 'MONTHLY', from, to, title: '' });
		const load = async (page = 0) => {
			result.value = (await attempt(() => api('/api/v1/bulletins', { query: { page, size: 20 } }))) ?? result.value;
		};
		const generate = async () => {
			const made = await attempt(() => api('/api/v1/bulletins', { method: 'POST',
				body: { kind: model.kind, from: model.from, to: model.to, title: model.title || null } }));
			if (made) {
				navigate(bulletinHref(made.id), t('bulletins.generated'));
			}
		};
		onMounted(load);
		return () => el('div',
			pageTitle(t('bulletins.title')),
			el('p', { class: 'subtitle' }, t('bulletins.intro')),
			hasRole('supervisor') ? section('bulletins.generate',
				el('form', { class: 'form', onSubmit: (event) => { event.preventDefault(); generate(); } },
					field('bulletins.kind', select('bulletin-kind', model, 'kind', codeOptions('bulletinKind', ['MONTHLY', 'QUARTERLY', 'AD_HOC']))),
					field('bulletins.from', input('bulletin-from', model, 'from', { type: 'date', required: true })),
					field('bulletins.to', input('bulletin-to', model, 'to', { type: 'date', required: true })),
					field('bulletins.titleField', input('bulletin-title', model, 'title')),
					button('bulletin-generate', 'bulletins.generate', null, { type: 'submit', class: 'primary' }))) : null,
			section('bulletins.title', !result.value ? el('p', { class: 'muted' }, t('loading'))
				: result.value.items.length === 0 ? el('p', { class: 'muted', 'data-test': 'bulletins-empty' }, t('bulletins.none'))
					: [table(['bulletins.number', 'bulletins.title', 'bulletins.kind', 'bulletins.period', 'bulletins.status'],
						result.value.items.map((b) => ({
							props: { 'data-test': 'bulletin-row', 'data-bulletin-id': b.id },
							cells: [b.number ?? '—', el('a', { href: bulletinHref(b.id), 'data-test': 'bulletin-link' }, b.title),
								label('bulletinKind', b.kind), `${b.from} — ${b.to}`, status('bulletin-status', 'bulletinStatus', b.status)]
						}))), pager(result.value, load)]));
	}
});
