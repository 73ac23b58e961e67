// A unit's people in charge: the people recorded for it and who held each post from when
// to when; at the unit's own node its supervisors and leaders record a person and name
// one to a post (only a person of the unit).

import { defineComponent, onMounted, reactive, ref } from '../lib.js';
import { api, attempt } from '../api.js';
import { label, t } from '../i18n.js';
import { hasRole, ownNode } from '../session.js';
import { button, codeOptions, el, field, input, pageTitle, section, select, table } from '../view.js';
import { personRecordHref, unitRecordHref } from './ladder-parts.js';

function forms(people, person, charge, act) {
	return [section('ladder.addPerson', el('form', { class: 'form', onSubmit: (event) => { event.preventDefault(); act('person'); } },
		el('div', { class: 'row' },
			field('ladder.personName', input('person-name', person, 'name', { required: true })),
			field('ladder.personTitle', input('person-title', person, 'title')),
			field('ladder.phone', input('person-phone', person, 'phone'))),
		button('person-add', 'ladder.addPerson', null, { type: 'submit', class: 'primary' }))),
	section('ladder.namePost', el('form', { class: 'form', onSubmit: (event) => { event.preventDefault(); act('charge'); } },
		el('div', { class: 'row' },
			field('ladder.role', select('charge-role', charge, 'role', codeOptions('chargeRole', ['PRINCIPAL', 'DEPUTY']))),
			field('ladder.person', select('charge-person', charge, 'personId',
				[{ value: '', label: '—' }, ...people.map((p) => ({ value: p.id, label: `${p.name} ${p.title ?? ''}` }))])),
			field('ladder.from', input('charge-from', charge, 'from', { type: 'date', required: true }))),
		button('charge-submit', 'ladder.namePost', null, { type: 'submit', class: 'primary' })))];
}

export const UnitPeoplePage = defineComponent({
	props: { params: Object, query: Object },
	setup(props) {
		const code = props.params.code;
		const path = `/api/v1/units/${encodeURIComponent(code)}`;
		const unit = ref(null);
		const person = reactive({ name: '', title: '', phone: '' });
		const charge = reactive({ role: 'PRINCIPAL', personId: '', from: '' });
		const load = async () => {
			unit.value = (await attempt(() => api(`${path}/people`))) ?? unit.value;
		};
		const act = async (what) => {
			const done = what === 'person'
				? await attempt(() => api(`${path}/people`, { method: 'POST', body: { ...person } }), 'ladder.personAdded')
				: await attempt(() => api(`${path}/charges`, { method: 'POST', body: { ...charge } }), 'ladder.named');
			if (done) {
				Object.assign(person, { name: '', title: '', phone: '' });
				await load();
			}
		};
		onMounted(load);
		return () => {
			const u = unit.value;
			if (!u) {
				return el('div', pageTitle(t('ladder.peopleTitle')), el('p', { class: 'muted' }, t('loading')));
			}
			const names = Object.fromEntries(u.people.map((p) => [p.id, p.name]));
			return el('div',
				pageTitle(t('ladder.unitPeople', u.unitName)),
				el('p', el('a', { href: unitRecordHref(u.unitCode) }, t('ladder.openRecord'))),
				section('ladder.people', u.people.length ? table(['ladder.personName', 'ladder.personTitle', 'ladder.phone'],
					u.people.map((p) => ({ props: { 'data-test': 'unit-person-row', 'data-person-id': p.id },
						cells: [el('a', { href: personRecordHref(p.id) }, p.name), p.title ?? '', p.phone ?? ''] })))
					: el('p', { class: 'muted' }, t('ladder.none'))),
				section('ladder.history', u.terms.length ? table(['ladder.role', 'ladder.person', 'ladder.since', 'ladder.until'],
					u.terms.map((term) => ({ props: { 'data-test': 'charge-row', 'data-role': term.role },
						cells: [label('chargeRole', term.role), names[term.personId] ?? term.personName, term.from, term.until ?? '—'] })))
					: el('p', { class: 'muted' }, t('ladder.none'))),
				u.nodeCode === ownNode() && hasRole('supervisor', 'leader') ? forms(u.people, person, charge, act) : null);
		};
	}
});
