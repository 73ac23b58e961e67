// 单位负责人: the units of this node's subtree with today's principal leader and deputy in
// charge (a ladder step counts against whoever held the post on its date), each linked to
// its people and its record.

import { defineComponent, onMounted, ref } from '../lib.js';
import { api, attempt } from '../api.js';
import { t } from '../i18n.js';
import { nodeName } from '../session.js';
import { el, pageTitle, table } from '../view.js';
import { personRecordHref, unitPeopleHref, unitRecordHref } from './ladder-parts.js';

function holding(h) {
	if (!h) {
		return el('span', { class: 'muted' }, t('ladder.none'));
	}
	return el('span', el('a', { href: personRecordHref(h.person.id) }, h.person.name),
		h.person.title ? ` · ${h.person.title}` : '', el('span', { class: 'muted' }, ` (${t('ladder.since')} ${h.since})`));
}

export const PeoplePage = defineComponent({
	setup() {
		const units = ref(null);
		onMounted(async () => {
			units.value = (await attempt(() => api('/api/v1/people-in-charge'))) ?? [];
		});
		return () => el('div',
			pageTitle(t('ladder.peopleTitle')),
			el('p', { class: 'muted' }, t('ladder.peopleIntro')),
			units.value === null ? el('p', { class: 'muted' }, t('loading'))
				: table(['unit', 'node', 'ladder.principal', 'ladder.deputy', 'ladder.openRecord'], units.value.map((u) => ({
					props: { 'data-test': 'people-row', 'data-unit-code': u.unitCode },
					cells: [el('a', { href: unitPeopleHref(u.unitCode) }, `${u.unitName} (${u.unitCode})`), nodeName(u.nodeCode),
						holding(u.principal), holding(u.deputy),
						el('a', { href: unitRecordHref(u.unitCode), 'data-test': 'people-record-link' }, t('ladder.openRecord'))]
				}))));
	}
});
