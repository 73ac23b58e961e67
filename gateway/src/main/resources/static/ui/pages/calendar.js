// The working-day calendar's notices (province system administrator): the notices this
// node holds, and a year's notice entered or loaded from a file (one day a line:
// date, name, off|work — or the JSON of the API).

import { defineComponent, h, onMounted, reactive, ref } from '../lib.js';
import { api, attempt, flash } from '../api.js';
import { t } from '../i18n.js';
import { today } from '../dates.js';
import { button, el, field, input, instant, pageTitle, section, table, textarea } from '../view.js';

/** The days of a notice from text: JSON ({days:[…]} or […]) or lines "2026-10-01,国庆节,off". */
export function parseDays(text) {
	const trimmed = text.trim();
	if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
		const json = JSON.parse(trimmed);
		return Array.isArray(json) ? json : json.days;
	}
	return trimmed.split(/\r?\n/).filter((line) => line.trim() && !line.trim().startsWith('#')).map((line, i) => {
		const [date, name, kind] = line.split(/[,，\t]/).map((part) => (part ?? '').trim());
		if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !name) {
			throw new Error(t('badNoticeLine', i + 1, line));
		}
		return { date, name, offDay: !/^(work|false|班|上班|0)$/i.test(kind ?? 'off') };
	});
}

export const CalendarPage = defineComponent({
	setup() {
		const notices = ref(null);
		const form = reactive({ year: String(Number(today().substring(0, 4)) + 1), reason: '', days: '' });
		const load = async () => {
			notices.value = (await attempt(() => api('/api/v1/calendar/notices'))) ?? notices.value;
		};
		const readFile = async (file) => {
			if (file) {
				form.days = await file.text();
			}
		};
		const submit = async () => {
			let days;
			try {
				days = parseDays(form.days);
			}
			catch (error) {
				flash(error.message, 'error');
				return;
			}
			if (!form.reason.trim() || !days || !days.length) {
				flash(t('fillIn', [t('noticeReason'), t('noticeDays')].join('、')), 'error');
				return;
			}
			if (await attempt(() => api(`/api/v1/admin/calendar/notices/${encodeURIComponent(form.year)}`,
				{ method: 'PUT', body: { reason: form.reason, days } }), 'noticeSaved')) {
				await load();
			}
		};
		onMounted(load);
		return () => el('div',
			pageTitle(t('nav.calendar')),
			notices.value ? table(['year', 'calendarVersion', 'dayCount', 'noticeReason', 'who', 'when', 'node'],
				notices.value.map((n) => ({ props: { 'data-test': 'notice-row', 'data-year': String(n.year) },
					cells: [String(n.year), String(n.version), String(n.days), n.reason ?? '', n.changedBy ?? '',
						n.changedAt ? instant(n.changedAt) : '—', n.originNode ?? ''] }))) : el('p', { class: 'muted' }, t('loading')),
			section('uploadNotice', el('form', { class: 'form', onSubmit: (event) => { event.preventDefault(); submit(); } },
				el('p', { class: 'muted' }, t('noticeIntro')),
				el('div', { class: 'row' },
					field('year', input('calendar-year', form, 'year', { type: 'number', min: 2000, max: 2100 })),
					field('noticeFile', h('input', { type: 'file', accept: '.csv,.txt,.json', 'data-test': 'calendar-file',
						onChange: (event) => readFile(event.target.files[0]) }))),
				field('noticeReason', input('calendar-reason', form, 'reason', { placeholder: t('noticeReasonHint') })),
				field('noticeDays', textarea('calendar-days', form, 'days', { rows: 10, placeholder: '2026-10-01,国庆节,off\n2026-09-27,国庆节,work' })),
				button('calendar-submit', 'saveNotice', null, { type: 'submit', class: 'primary' }))));
	}
});
