// One bulletin (督查通报): the generated tables, the text around them (editable by the node's
// supervisors while a draft), the workflow's buttons (submit; a leader approves or returns;
// publish) and, once published, its Word and PDF files and its correction.

import { defineComponent, onMounted, reactive, ref } from '../lib.js';
import { api, attempt, flash, href, navigate } from '../api.js';
import { label, t } from '../i18n.js';
import { hasRole, ownNode } from '../session.js';
import { button, el, facts, field, input, instant, pageTitle, section, select, status, table, textarea } from '../view.js';
import { bulletinHref } from './bulletins.js';

function rankingTable(b) {
	return table(['bulletins.rank', 'bulletins.unit', 'bulletins.rate', 'bulletins.onTime', 'bulletins.missing',
		'bulletins.overdueItems', 'bulletins.within', 'bulletins.extensions', 'bulletins.steps', 'bulletins.claims'],
	b.ranking.map((line) => ({
		props: { 'data-test': 'bulletin-rank-row', 'data-unit': line.unitCode, 'data-rank': line.rank },
		cells: [line.rank, line.unitName, line.onTimeRate === null ? '—' : `${line.onTimeRate}%`,
			`${line.reportsOnTime}/${line.reportsDue}`, line.reportsMissing, line.overdue,
			`${line.completedWithinOriginal}/${line.completed}`, line.extensions, line.ladderSteps, line.claimOverdue]
	})));
}

function overdueTable(b) {
	if (!b.overdue.length) {
		return el('p', { class: 'muted' }, t('bulletins.noOverdue'));
	}
	return table(['bulletins.unit', 'bulletins.task', 'bulletins.deadline', 'bulletins.days'],
		b.overdue.map((line) => [line.unitName, `${line.taskNumber ?? ''} ${line.taskTitle}`, line.deadline, line.workingDaysOverdue]));
}

function mentionsView(b, model, editable) {
	return b.mentions.filter((m) => editable || m.verdict !== 'RANKED').map((m, i) => el('div',
		{ class: 'mention', 'data-test': 'bulletin-mention', 'data-unit': m.unitCode, 'data-verdict': m.verdict },
		el('h4', `${m.position}. ${m.unitName}`),
		editable ? [
			field('bulletins.verdictField', select(`bulletin-verdict-${i}`, model.mentions[i], 'verdict',
				['COMMENDED', 'CRITICIZED', 'RANKED'].map((v) => ({ value: v, label: label('bulletinVerdict', v) })))),
			field('bulletins.text', textarea(`bulletin-text-${i}`, model.mentions[i], 'text', { rows: 2 }))]
			: el('p', el('strong', label('bulletinVerdict', m.verdict)), ' ', m.text ?? '')));
}

export const BulletinPage = defineComponent({
	props: { params: Object, query: Object },
	setup(props) {
		const path = `/api/v1/bulletins/${encodeURIComponent(props.params.id)}`;
		const bulletin = ref(null);
		const model = reactive({ title: '', preface: '', closing: '', reason: '', mentions: [] });
		const load = async () => {
			const b = (await attempt(() => api(path))) ?? bulletin.value;
			bulletin.value = b;
			if (b) {
				Object.assign(model, { title: b.title, preface: b.preface ?? '', closing: b.closing ?? '',
					mentions: b.mentions.map((m) => ({ unitCode: m.unitCode, verdict: m.verdict, text: m.text ?? '' })) });
			}
		};
		const save = async () => {
			if (await attempt(() => api(path, { method: 'PUT', body: { title: model.title, preface: model.preface,
				closing: model.closing, mentions: model.mentions } }), 'bulletins.saved')) {
				await load();
			}
		};
		const act = async (step) => {
			if (step === 'return' && !model.reason.trim()) {
				flash(t('bulletins.returnReason'), 'error');
				return;
			}
			const body = step === 'return' ? { reason: model.reason } : undefined;
			if (await attempt(() => api(`${path}/${step}`, { method: 'POST', body }), `bulletins.done_${step}`)) {
				await load();
			}
		};
		const correct = async () => {
			const made = await attempt(() => api(`${path}/corrections`, { method: 'POST' }));
			if (made) {
				navigate(bulletinHref(made.id), t('bulletins.done_correct'));
			}
		};
		onMounted(load);
		return () => {
			const b = bulletin.value;
			if (!b) {
				return el('div', pageTitle(t('bulletins.one')), el('p', { class: 'muted' }, t('loading')));
			}
			const own = b.nodeCode === ownNode();
			const editable = own && b.status === 'DRAFT' && hasRole('supervisor');
			return el('div', { 'data-test': 'bulletin-page', 'data-status': b.status },
				pageTitle(b.title),
				el('p', { class: 'subtitle' }, status('bulletin-status', 'bulletinStatus', b.status), ' ',
					el('span', { 'data-test': 'bulletin-number' }, b.number ?? ''), ` ${b.issuingOrgan}`),
				section('bulletins.one', facts([
					['bulletins.kind', label('bulletinKind', b.kind)], ['bulletins.period', `${b.from} — ${b.to}`],
					['bulletins.createdBy', `${b.createdBy} · ${instant(b.createdAt)}`],
					['bulletins.decidedBy', b.decidedBy], ['bulletins.publishedOn', b.publishedOn],
					b.corrects ? ['bulletins.corrects', el('a', { href: bulletinHref(b.corrects) }, b.corrects)] : null,
					b.correctedBy ? ['bulletins.correctedBy', el('a', { href: bulletinHref(b.correctedBy), 'data-test': 'bulletin-corrected-by' }, b.correctedBy)] : null,
					b.returnReason ? ['bulletins.returned', b.returnReason] : null]),
				b.status === 'PUBLISHED' ? el('div', { class: 'actions' },
					el('a', { class: 'button', href: href(`${path}/docx`), download: `${b.number}.docx`, 'data-test': 'bulletin-docx' }, t('bulletins.docx')),
					el('a', { class: 'button', href: href(`${path}/pdf`), download: `${b.number}.pdf`, 'data-test': 'bulletin-pdf' }, t('bulletins.pdf')),
					own && hasRole('supervisor') && !b.correctedBy ? button('bulletin-correct', 'bulletins.correct', correct) : null) : null),
				editable ? section('bulletins.preface', field('bulletins.titleField', input('bulletin-title-edit', model, 'title')),
					textarea('bulletin-preface', model, 'preface', { rows: 3 })) : (b.preface ? section('bulletins.preface', el('p', { class: 'pre' }, b.preface)) : null),
				section('bulletins.ranking', rankingTable(b)),
				section('bulletins.overdue', overdueTable(b)),
				section('bulletins.mentions', mentionsView(b, model, editable)),
				editable ? section('bulletins.closing', textarea('bulletin-closing', model, 'closing', { rows: 3 }))
					: (b.closing ? section('bulletins.closing', el('p', { class: 'pre' }, b.closing)) : null),
				own ? el('div', { class: 'actions' },
					editable ? button('bulletin-save', 'bulletins.save', save) : null,
					editable ? button('bulletin-submit', 'bulletins.submit', () => act('submit'), { class: 'primary' }) : null,
					b.status === 'SUBMITTED' && hasRole('leader') ? [
						button('bulletin-approve', 'bulletins.approve', () => act('approve'), { class: 'primary' }),
						field('bulletins.returnReason', input('bulletin-return-reason', model, 'reason')),
						button('bulletin-return', 'bulletins.returnIt', () => act('return'))] : null,
					b.status === 'APPROVED' && hasRole('supervisor', 'leader') ? button('bulletin-publish', 'bulletins.publish', () => act('publish'), { class: 'primary' }) : null,
					b.status === 'PUBLISHED' ? el('p', { class: 'muted' }, t('bulletins.readOnly')) : null) : null);
		};
	}
});
