// 年度督查工作重点: this node's priorities and those of the nodes above, by year; a supervisor
// drafts the year's items, a leader approves them (or sends them back), and a supervisor links
// this node's tasks and inspection plans to the item they implement.

import { defineComponent, onMounted, reactive, ref } from '../lib.js';
import { api, attempt, flash, navigate } from '../api.js';
import { label, t } from '../i18n.js';
import { hasRole } from '../session.js';
import { button, codeOptions, el, field, input, pageTitle, section, select, status, table, textarea } from '../view.js';

export const priorityHref = (id) => `#/priorities/${encodeURIComponent(id)}`;

/** The items of the form's lines: "title｜description", one a line. */
export function priorityItems(text) {
	return text.split('\n').map((line) => line.trim()).filter((line) => line)
		.map((line) => {
			const [title, ...rest] = line.split(/[|｜]/);
			return { title: title.trim(), description: rest.join('|').trim() };
		});
}

export const PriorityListPage = defineComponent({
	props: { params: Object, query: Object },
	setup() {
		const model = reactive({ year: String(new Date().getFullYear()), items: '' });
		const list = ref(null);
		const load = async () => {
			list.value = (await attempt(() => api('/api/v1/priorities'))) ?? list.value;
		};
		const draft = async () => {
			const made = await attempt(() => api('/api/v1/priorities', { method: 'POST',
				body: { year: Number(model.year), items: priorityItems(model.items) } }));
			if (made) {
				navigate(priorityHref(made.id), t('priorities.saved'));
			}
		};
		onMounted(load);
		return () => el('div',
			pageTitle(t('priorities.title')),
			section('priorities.title', list.value && list.value.length
				? table(['priorities.year', 'priorities.node', 'priorities.items', 'priorities.status'],
					list.value.map((p) => ({
						props: { 'data-test': 'priorities-row', 'data-priorities-id': p.id },
						cells: [el('a', { href: priorityHref(p.id), 'data-test': 'priorities-link' }, String(p.year)),
							p.nodeName, p.items.map((i) => i.title).join('；'), status('priorities-status', 'priorityStatus', p.status)]
					})))
				: el('p', { class: 'muted' }, list.value ? t('priorities.none') : t('loading'))),
			hasRole('supervisor') ? section('priorities.draft', el('form', { class: 'form',
				onSubmit: (event) => { event.preventDefault(); draft(); } },
			field('priorities.year', input('priorities-year', model, 'year', { type: 'number', min: 2000, max: 2100 })),
			field('priorities.items', textarea('priorities-items', model, 'items', { rows: 5 }), t('priorities.itemsHint')),
			button('priorities-save', 'priorities.save', null, { type: 'submit', class: 'primary' }))) : null);
	}
});

function itemSection(p, model, act) {
	return p.items.map((item) => el('div', { class: 'card', 'data-test': 'priority-item', 'data-item-id': item.id },
		el('h3', item.title), item.description ? el('p', item.description) : null,
		item.links.length
			? table(['priorities.targetKind', 'priorities.targetId', 'priorities.status', ''], item.links.map((l) => ({
				props: { 'data-test': 'priority-linked', 'data-kind': l.kind },
				cells: [label('targetKind', l.kind),
					el('a', { href: l.kind === 'TASK' ? `#/tasks/${l.id}` : `#/inspections/plans/${l.id}` }, l.title ?? l.id),
					l.state ? label(l.kind === 'TASK' ? 'status' : 'planStatus', l.state) : '—',
					hasRole('supervisor') ? button('priority-unlink', 'priorities.unlink', () => act.unlink(item.id, l)) : null]
			})))
			: el('p', { class: 'muted' }, t('priorities.noLinks')),
		hasRole('supervisor') && p.status === 'APPROVED' ? el('div', { class: 'row' },
			field('priorities.targetKind', select('priority-target-kind', model, 'kind', codeOptions('targetKind', ['TASK', 'PLAN']))),
			field('priorities.targetId', input('priority-target-id', model, 'targetId')),
			button('priority-link', 'priorities.link', () => act.link(item.id), { class: 'primary' })) : null));
}

export const PriorityPage = defineComponent({
	props: { params: Object, query: Object },
	setup(props) {
		const path = `/api/v1/priorities/${encodeURIComponent(props.params.id)}`;
		const priorities = ref(null);
		const model = reactive({ kind: 'TASK', targetId: '', reason: '' });
		const load = async () => {
			priorities.value = (await attempt(() => api(path))) ?? priorities.value;
		};
		const answer = (done, key) => {
			if (done) {
				flash(t(key), 'success');
				priorities.value = done;
			}
		};
		const step = async (action, body, key) => answer(await attempt(() => api(`${path}/${action}`, { method: 'POST', body })), key);
		const act = {
			link: async (item) => answer(await attempt(() => api(`/api/v1/priorities/items/${item}/links`, { method: 'POST',
				body: { kind: model.kind, targetId: model.targetId.trim() } })), 'priorities.linked'),
			unlink: async (item, l) => answer(await attempt(() => api(`/api/v1/priorities/items/${item}/links/${l.kind}/${encodeURIComponent(l.id)}`,
				{ method: 'DELETE' })), 'priorities.unlinked')
		};
		onMounted(load);
		return () => {
			const p = priorities.value;
			if (!p) {
				return el('div', pageTitle(t('priorities.title')), el('p', { class: 'muted' }, t('loading')));
			}
			const sendBack = () => (model.reason.trim() ? step('send-back', { reason: model.reason }, 'priorities.sentBack')
				: flash(t('priorities.reasonRequired'), 'error'));
			return el('div',
				pageTitle(`${p.nodeName} ${p.year} ${t('priorities.title')}`),
				el('p', { class: 'subtitle' }, status('priorities-status', 'priorityStatus', p.status)),
				p.own ? null : el('p', { class: 'muted', 'data-test': 'priorities-copy' }, t('priorities.copyNote', p.nodeName)),
				p.sentBackReason ? el('p', t('priorities.sentBackNote'), '：', p.sentBackReason) : null,
				p.approvedBy ? el('p', { class: 'muted' }, t('priorities.approvedBy'), '：', p.approvedBy) : null,
				section('priorities.items', itemSection(p, model, act)),
				p.own ? el('div', { class: 'actions' },
					hasRole('supervisor') && p.status === 'DRAFT'
						? button('priorities-submit', 'priorities.submit', () => step('submit', undefined, 'priorities.submitted'), { class: 'primary' }) : null,
					hasRole('leader') && p.status === 'SUBMITTED' ? [
						button('priorities-approve', 'priorities.approve', () => step('approve', undefined, 'priorities.approved'), { class: 'primary' }),
						field('priorities.reason', textarea('priorities-reason', model, 'reason', { rows: 2 })),
						button('priorities-send-back', 'priorities.sendBack', sendBack)] : null) : null);
		};
	}
});
