// 专报: the special reports of this node (a supervisor's include drafts) and a supervisor's new
// report — a title, a text and the records it cites (tasks, findings, progress reports by id).

import { defineComponent, onMounted, reactive, ref } from '../lib.js';
import { api, attempt, navigate } from '../api.js';
import { label, t } from '../i18n.js';
import { hasRole } from '../session.js';
import { button, el, field, input, instant, pageTitle, pager, section, status, table, textarea } from '../view.js';

export const reportHref = (id) => `#/special-reports/${encodeURIComponent(id)}`;

export const SpecialReportListPage = defineComponent({
	props: { params: Object, query: Object },
	setup() {
		const reports = ref(null);
		const load = async (page = 0) => {
			reports.value = (await attempt(() => api('/api/v1/special-reports', { query: { page, size: 20 } }))) ?? reports.value;
		};
		onMounted(() => load(0));
		return () => el('div',
			pageTitle(t('specialReports.title')),
			hasRole('supervisor') ? el('p', el('a', { class: 'button primary', href: '#/special-reports/new',
				'data-test': 'special-report-new' }, t('specialReports.compose'))) : null,
			section('specialReports.list',
				reports.value && reports.value.items.length
					? table(['specialReports.reportTitle', 'specialReports.draftedBy', 'specialReports.submittedAt', 'specialReports.status'],
						reports.value.items.map((r) => ({
							props: { 'data-test': 'special-report-row', 'data-report-id': r.id },
							cells: [el('a', { href: reportHref(r.id), 'data-test': 'special-report-link' }, r.title), r.draftedBy,
								r.submittedAt ? instant(r.submittedAt) : '—', status('special-report-status', 'specialReportStatus', r.status)]
						})))
					: el('p', { class: 'muted' }, reports.value ? t('specialReports.none') : t('loading')),
				pager(reports.value, load)));
	}
});

/** The cited records of the form's lines: "TASK 0f3c…", one a line. */
export function itemsOf(text) {
	return text.split('\n').map((line) => line.trim()).filter((line) => line)
		.map((line) => {
			const [kind, ...rest] = line.split(/\s+/);
			return { kind: kind.toUpperCase(), id: rest.join('') };
		});
}

export const SpecialReportFormPage = defineComponent({
	props: { params: Object, query: Object },
	setup(props) {
		const model = reactive({ title: '', text: '', items: props.query.task ? `TASK ${props.query.task}` : '' });
		const save = async () => {
			const made = await attempt(() => api('/api/v1/special-reports', { method: 'POST',
				body: { title: model.title, text: model.text, items: itemsOf(model.items) } }));
			if (made) {
				navigate(reportHref(made.id), t('specialReports.saved'));
			}
		};
		return () => el('div',
			pageTitle(t('specialReports.compose')),
			section('specialReports.compose', el('form', { class: 'form', onSubmit: (event) => { event.preventDefault(); save(); } },
				field('specialReports.reportTitle', input('special-report-title', model, 'title', { required: true })),
				field('specialReports.text', textarea('special-report-text', model, 'text', { rows: 6, required: true })),
				field('specialReports.items', textarea('special-report-items', model, 'items', { rows: 4 }), t('specialReports.itemsHint')),
				button('special-report-save', 'specialReports.save', null, { type: 'submit', class: 'primary' }))));
	}
});

/** The cited records as they stand now. */
export function itemTable(items) {
	return table(['specialReports.kind', 'specialReports.headline', 'specialReports.state', 'specialReports.detail', 'specialReports.on'],
		items.map((i) => ({
			props: { 'data-test': 'special-report-item', 'data-kind': i.kind },
			cells: i.available ? [label('itemKind', i.kind), i.headline ?? '—',
				i.kind === 'TASK' ? label('status', i.state) : (i.state ?? '—'), i.detail ?? '—', i.on ?? '—']
				: [label('itemKind', i.kind), i.id, '—', t('specialReports.unavailable'), '—']
		})));
}
