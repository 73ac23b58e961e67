// Rectification requirements: the list a caller sees (a unit's people see their own unit's),
// and one requirement's page — the unit reports its rectification with evidence at its own
// node; the issuer verifies on site (核查), makes return visits (回访) and closes it.

import { defineComponent, onMounted, reactive, ref } from '../lib.js';
import { api, attempt } from '../api.js';
import { label, t } from '../i18n.js';
import { hasRole, nodeName, ownNode, session } from '../session.js';
import { button, el, facts, field, input, instant, pageTitle, section, select, textarea } from '../view.js';
import { attachmentLinks, attachmentPicker, pickedAttachments, pickerModel } from './attachment-picker.js';
import { rectificationTable } from './inspection-findings.js';
import { documentLinks } from './document-links.js';

export const RectificationsPage = defineComponent({
	setup() {
		const items = ref(null);
		onMounted(async () => {
			items.value = (await attempt(() => api('/api/v1/rectifications'))) ?? [];
		});
		return () => el('div',
			pageTitle(t('findings.listTitle')),
			el('p', { class: 'subtitle' }, t('findings.listIntro')),
			items.value ? rectificationTable(items.value) : el('p', { class: 'muted' }, t('loading')));
	}
});

const yesNo = () => [{ value: 'true', label: t('findings.yes') }, { value: 'false', label: t('findings.no') }];

function reportsView(r, model, act) {
	const identity = session.identity;
	const atUnitsNode = r.unitCode.split(':')[0] === ownNode();
	const reports = atUnitsNode && r.state === 'REQUIRED'
		&& (identity.unitCode === r.unitCode || (r.unitCode === ownNode() && hasRole('supervisor', 'leader')));
	return section('findings.reports',
		r.reports.length ? r.reports.map((report) => {
			const verification = r.verifications.find((v) => v.reportId === report.id);
			return el('article', { class: 'report', 'data-test': 'unit-report-row', 'data-report-id': report.id },
				el('header', el('span', { class: 'muted' }, `${report.reportedBy} · ${instant(report.reportedAt)}`)),
				el('p', { class: 'pre' }, report.content),
				attachmentLinks('unit-report-attachment-link', report.attachments),
				verification ? el('p', { class: verification.confirmed ? 'muted' : 'bad', 'data-test': 'verification-row',
					'data-confirmed': String(verification.confirmed) },
				`${t('findings.verification')}：${verification.confirmed ? t('findings.confirmed') : t('findings.notConfirmed')}`
					+ ` · ${verification.notes} · ${verification.verifiedBy}`) : null);
		}) : el('p', { class: 'muted' }, t('findings.noReports')),
		reports ? el('form', { class: 'form', onSubmit: (event) => { event.preventDefault(); act('report'); } },
			field('findings.reportContent', textarea('unit-report-content', model, 'content', { rows: 4, required: true })),
			attachmentPicker('unit-report-attachments', model.files, 'findings.reportAttachments'),
			button('unit-report-submit', 'findings.report', null, { type: 'submit', class: 'primary' })) : null);
}

function issuerView(r, model, act) {
	if (r.issuingNode !== ownNode() || !hasRole('supervisor', 'leader') || r.state === 'CLOSED') {
		return null;
	}
	return section('findings.verification',
		r.state === 'REPORTED' ? el('form', { class: 'form', onSubmit: (event) => { event.preventDefault(); act('verify'); } },
			field('findings.confirmed', select('verify-confirmed', model, 'confirmed', yesNo())),
			field('findings.notes', textarea('verify-notes', model, 'notes', { rows: 2, required: true })),
			button('verify-submit', 'findings.verify', null, { type: 'submit', class: 'primary' })) : null,
		r.state === 'VERIFIED' || r.state === 'VISITED' ? el('form', { class: 'form',
			onSubmit: (event) => { event.preventDefault(); act('visit'); } },
		field('findings.visitedOn', input('visit-date', model, 'visitedOn', { type: 'date', required: true })),
		field('findings.factsClear', select('visit-facts-clear', model, 'factsClear', yesNo())),
		field('findings.complete', select('visit-complete', model, 'complete', yesNo())),
		field('findings.grassrootsSaid', textarea('visit-grassroots', model, 'grassrootsSaid', { rows: 2, required: true })),
		field('findings.publicSaid', textarea('visit-public', model, 'publicSaid', { rows: 2, required: true })),
		button('visit-submit', 'findings.visit', null, { type: 'submit', class: 'primary' })) : null,
		button('rectification-close', 'findings.close', () => act('close'), { class: 'primary' }));
}

export const RectificationPage = defineComponent({
	props: { params: Object, query: Object },
	setup(props) {
		const path = `/api/v1/rectifications/${encodeURIComponent(props.params.id)}`;
		const item = ref(null);
		const fresh = () => ({ content: '', files: pickerModel(), confirmed: 'true', notes: '', visitedOn: '',
			factsClear: 'true', complete: 'true', grassrootsSaid: '', publicSaid: '' });
		const model = reactive(fresh());
		const load = async () => {
			item.value = (await attempt(() => api(path))) ?? item.value;
		};
		const act = async (action) => {
			const calls = {
				report: [`${path}/reports`, { content: model.content, attachments: pickedAttachments(model.files) },
					'findings.reported'],
				verify: [`${path}/verification`, { confirmed: model.confirmed === 'true', notes: model.notes }, 'findings.verified'],
				visit: [`${path}/return-visits`, { visitedOn: model.visitedOn, factsClear: model.factsClear === 'true',
					complete: model.complete === 'true', grassrootsSaid: model.grassrootsSaid, publicSaid: model.publicSaid },
				'findings.visited'],
				close: [`${path}/close`, undefined, 'findings.closed']
			};
			const [url, body, done] = calls[action];
			if (await attempt(() => api(url, { method: 'POST', body }), done)) {
				Object.assign(model, fresh());
				await load();
			}
		};
		onMounted(load);
		return () => {
			const r = item.value;
			if (!r) {
				return el('div', pageTitle(t('findings.rectifications')), el('p', { class: 'muted' }, t('loading')));
			}
			return el('div',
				pageTitle(`${t('findings.rectifications')} · ${r.unitName}`),
				el('p', { class: 'subtitle' }, el('span', { class: `badge rect-${r.state}`, 'data-test': 'rectification-state', 'data-status': r.state,
					'data-state': r.state }, label('rectificationState', r.state)), ' ',
				documentLinks('rectification-notice', `${path}/notice`, null, t('documents.rectificationNotice'))),
				section('findings.requirement', facts([
					['findings.finding', el('span', { class: 'pre' }, r.finding)],
					['findings.requirement', el('span', { class: 'pre', 'data-test': 'rectification-requirement' }, r.requirement)],
					['findings.deadline', el('span', { 'data-test': 'rectification-deadline' }, `${r.deadline}（${r.workingDays}）`)],
					['findings.issuer', `${nodeName(r.issuingNode)} · ${r.issuedBy} · ${instant(r.issuedAt)}`],
					r.closedAt ? ['findings.closedBy', `${r.closedBy} · ${instant(r.closedAt)}`] : null])),
				reportsView(r, model, act),
				r.visits.length ? section('findings.visits', r.visits.map((v) => el('article', { class: 'report',
					'data-test': 'visit-row', 'data-complete': String(v.complete) }, facts([
					['findings.visitedOn', v.visitedOn],
					['findings.factsClear', v.factsClear ? t('findings.yes') : t('findings.no')],
					['findings.complete', v.complete ? t('findings.yes') : t('findings.no')],
					['findings.grassrootsSaid', v.grassrootsSaid], ['findings.publicSaid', v.publicSaid]])))) : null,
				issuerView(r, model, act));
		};
	}
});
