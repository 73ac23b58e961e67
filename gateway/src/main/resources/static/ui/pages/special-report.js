// One special report: its text, the cited records as they stand now, the read receipts and the
// leaders' instructions; a supervisor edits nothing once it is submitted but submits the draft
// and turns an instruction into a task; a leader marks it read and instructs. Word and PDF below.

import { defineComponent, onMounted, reactive, ref } from '../lib.js';
import { api, attempt, flash, href, navigate } from '../api.js';
import { t } from '../i18n.js';
import { hasRole } from '../session.js';
import { button, el, facts, field, input, instant, pageTitle, section, status, textarea } from '../view.js';
import { itemTable } from './special-reports.js';

function instructionList(r, model, act) {
	if (!r.instructions.length) {
		return el('p', { class: 'muted' }, t('specialReports.noInstructions'));
	}
	return el('ul', { class: 'plain' }, r.instructions.map((i) => el('li', { 'data-test': 'special-report-instruction' },
		el('p', el('strong', i.leader), ` · ${instant(i.instructedAt)}：`, i.text),
		i.taskId ? el('p', t('specialReports.becameTask'), ' ', el('a', { href: `#/tasks/${i.taskId}`, 'data-test': 'instruction-task' }, i.taskId))
			: hasRole('supervisor') ? el('div', { class: 'row' },
				field('specialReports.leadUnit', input('instruction-lead-unit', model, 'leadUnit')),
				field('specialReports.deadline', input('instruction-deadline', model, 'deadline', { type: 'date' })),
				button('instruction-to-task', 'specialReports.toTask', () => act.toTask(i.id), { class: 'primary' })) : null)));
}

export const SpecialReportPage = defineComponent({
	props: { params: Object, query: Object },
	setup(props) {
		const path = `/api/v1/special-reports/${encodeURIComponent(props.params.id)}`;
		const report = ref(null);
		const model = reactive({ text: '', leadUnit: '', deadline: '' });
		const load = async () => {
			report.value = (await attempt(() => api(path))) ?? report.value;
		};
		const step = async (action, body, successKey) => {
			const done = await attempt(() => api(`${path}/${action}`, { method: 'POST', body }));
			if (done) {
				flash(t(successKey), 'success');
				report.value = done;
				model.text = '';
			}
		};
		const act = {
			toTask: async (instruction) => {
				const made = await attempt(() => api(`${path}/instructions/${instruction}/task`, { method: 'POST',
					body: { leadUnit: model.leadUnit, deadline: model.deadline || null } }));
				if (made) {
					navigate(`#/tasks/${made.taskId}`, t('specialReports.taskCreated'));
				}
			}
		};
		onMounted(load);
		return () => {
			const r = report.value;
			if (!r) {
				return el('div', pageTitle(t('specialReports.title')), el('p', { class: 'muted' }, t('loading')));
			}
			const leader = hasRole('leader');
			return el('div',
				pageTitle(r.title),
				el('p', { class: 'subtitle' }, status('special-report-status', 'specialReportStatus', r.status)),
				section('specialReports.text', el('p', { class: 'pre', 'data-test': 'special-report-text' }, r.text),
					facts([['specialReports.draftedBy', `${r.draftedBy} · ${instant(r.draftedAt)}`],
						r.submittedAt ? ['specialReports.submittedAt', instant(r.submittedAt)] : null])),
				section('specialReports.items', itemTable(r.items ?? [])),
				section('specialReports.receipts', r.receipts.length
					? el('p', { 'data-test': 'special-report-receipts' }, r.receipts.map((x) => `${x.reader}（${instant(x.readAt)}）`).join('、'))
					: el('p', { class: 'muted' }, t('specialReports.noReceipts'))),
				section('specialReports.instructions', instructionList(r, model, act),
					leader && (r.status === 'READ' || r.status === 'INSTRUCTED') ? el('div',
						field('specialReports.instructionText', textarea('special-report-instruction-text', model, 'text', { rows: 3 })),
						button('special-report-instruct', 'specialReports.instruct',
							() => step('instructions', { text: model.text }, 'specialReports.instructed'), { class: 'primary' })) : null),
				el('div', { class: 'actions' },
					hasRole('supervisor') && r.status === 'DRAFT'
						? button('special-report-submit', 'specialReports.submit', () => step('submit', undefined, 'specialReports.submitted'), { class: 'primary' }) : null,
					leader && r.status === 'SUBMITTED'
						? button('special-report-read', 'specialReports.read', () => step('read', undefined, 'specialReports.markedRead'), { class: 'primary' }) : null,
					el('a', { class: 'button', href: href(`${path}/document`, { query: { format: 'docx' } }), 'data-test': 'special-report-docx' },
						t('specialReports.word')),
					el('a', { class: 'button', href: href(`${path}/document`, { query: { format: 'pdf' } }), 'data-test': 'special-report-pdf' },
						t('specialReports.pdf'))));
		};
	}
});
