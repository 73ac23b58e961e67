// A unit's and a person's accountability record (督查问责记录): every notice, interview,
// criticism, referral and commendation this node knows, wherever it was issued, with its
// reason; the posts the person held; the workbook to download.

import { defineComponent, onMounted, ref } from '../lib.js';
import { api, attempt, href } from '../api.js';
import { label, t } from '../i18n.js';
import { el, pageTitle, section, table } from '../view.js';
import { countsView, stepTable, unitLink, unitPeopleHref } from './ladder-parts.js';

function exportLink(path) {
	return el('a', { class: 'button', 'data-test': 'record-export', download: '', href: href(path) }, t('ladder.export'));
}

function recordPage(path, title, extra) {
	return defineComponent({
		props: { params: Object, query: Object },
		setup(props) {
			const record = ref(null);
			const base = path(props.params);
			onMounted(async () => {
				record.value = (await attempt(() => api(base))) ?? null;
			});
			return () => {
				const r = record.value;
				if (!r) {
					return el('div', pageTitle(t('ladder.counts')), el('p', { class: 'muted' }, t('loading')));
				}
				return el('div', { 'data-test': 'record-page' },
					pageTitle(title(r)),
					el('div', { class: 'toolbar' }, countsView(r.counts), exportLink(`${base}.xlsx`)),
					extra(r),
					section('ladder.issuedSteps', stepTable(r.steps)));
			};
		}
	});
}

export const UnitRecordPage = recordPage((params) => `/api/v1/units/${encodeURIComponent(params.code)}/record`,
	(r) => t('ladder.unitRecord', r.unitName),
	(r) => el('p', el('a', { href: unitPeopleHref(r.unitCode) }, t('ladder.peopleTitle'))));

export const PersonRecordPage = recordPage((params) => `/api/v1/people/${encodeURIComponent(params.id)}/record`,
	(r) => t('ladder.personRecord', r.person.name ?? r.person.id),
	(r) => section('ladder.posts',
		el('p', unitLink(r.unitCode, r.unitName), r.person.title ? ` · ${r.person.title}` : ''),
		r.person.terms.length ? table(['ladder.role', 'ladder.since', 'ladder.until'], r.person.terms.map((term) => ({
			props: { 'data-test': 'person-term' },
			cells: [label('chargeRole', term.role), term.from, term.until ?? '—']
		}))) : el('p', { class: 'muted' }, t('ladder.none'))));
