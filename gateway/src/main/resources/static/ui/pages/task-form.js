// Registering a task (立项) or editing a draft: source, type, basis, goal, what the source
// asks (a meeting's date, a leader instruction's record and urgency), lead and co-units
// (departments of this node and the governments below it, for skip-level issue) with the
// responsible persons of this node's departments, deadline and reporting rule, with the
// due dates they give shown before saving, and documents; then save the draft or save
// and send it for approval. With ?parent=<assignment> the draft is a sub-task of that
// assignment (分解).

import { defineComponent, h, onMounted, reactive, ref, watch } from '../lib.js';
import { api, attempt, flash, navigate } from '../api.js';
import { t } from '../i18n.js';
import { DueDate } from '../dates.js';
import { loadUnits, ownNode, session } from '../session.js';
import { button, codeOptions, el, field, input, pageTitle, select, textarea } from '../view.js';
import { SOURCES, TYPES, taskHref } from './tasks.js';
import { emptySchedule, previewSlots, scheduleEditor, scheduleRequest } from './schedule.js';
import { documentsField, goalField, loadUrgencies, recordsBody, recordsFrom, recordsModel, responsibleFields,
	sourceFields } from './task-form-records.js';

function unitOptions(units) {
	const own = ownNode();
	const mine = session.identity ? session.identity.unitCode : null;
	return units.filter((u) => u.code !== own && u.code !== mine)
		.sort((a, b) => Number(a.government) - Number(b.government) || a.code.localeCompare(b.code))
		.map((u) => ({ value: u.code, label: `${u.name} (${u.code})${u.government ? ` · ${t('government')}` : ''}` }));
}

export const TaskFormPage = defineComponent({
	props: { params: Object, query: Object },
	setup(props) {
		const editing = props.params.id ?? null;
		const parent = props.query.parent ?? null;
		const model = reactive({
			title: '', content: '', source: 'MAJOR_DECISION', type: 'ROUTINE', basis: '', deadline: '',
			lead: '', co: [], published: false, schedule: emptySchedule()
		});
		const records = reactive(recordsModel());
		const units = ref([]);
		const preview = ref({ slots: [], error: null });
		const currentSchedule = ref(null);
		const busy = ref(false);

		onMounted(async () => {
			units.value = (await attempt(() => loadUnits(null))) ?? [];
			await attempt(() => loadUrgencies(records));
			if (editing) {
				const task = await attempt(() => api(`/api/v1/tasks/${encodeURIComponent(editing)}`));
				if (task) {
					Object.assign(model, {
						title: task.title ?? '', content: task.content ?? '', source: task.source, type: task.type,
						basis: task.basis ?? '', deadline: task.deadline ?? '', published: task.published,
						lead: (task.assignees.find((a) => a.role === 'LEAD') ?? {}).unitCode ?? '',
						co: task.assignees.filter((a) => a.role === 'CO').map((a) => a.unitCode)
					});
					recordsFrom(task, records);
					currentSchedule.value = task.schedule;
				}
			}
		});

		let computing = 0;
		const recompute = async () => {
			const run = ++computing;
			try {
				const slots = await previewSlots(model.source, model.deadline, model.schedule,
					{ meetingDate: records.meetingDate, instructionDays: records.urgencyDays[records.instruction.urgency] });
				if (run === computing) {
					preview.value = { slots, error: null };
				}
			}
			catch (error) {
				if (run === computing) {
					preview.value = { slots: [], error: error.message };
				}
			}
		};
		watch(() => [model.source, model.deadline, JSON.stringify(model.schedule), records.meetingDate,
			records.instruction.urgency, JSON.stringify(records.urgencyDays)], recompute, { immediate: true });

		const chosen = () => [...(model.lead ? [{ unitCode: model.lead, role: 'LEAD' }] : []),
			...model.co.filter((c) => c && c !== model.lead).map((c) => ({ unitCode: c, role: 'CO' }))];
		const body = () => {
			const { responsibleOf, ...said } = recordsBody(records, model.source);
			return {
				title: model.title, content: model.content || null, source: model.source, type: model.type,
				basis: model.basis || null, deadline: model.deadline || null, schedule: scheduleRequest(model.schedule),
				published: model.published, ...said,
				assignees: chosen().map((a) => ({ ...a, responsible: responsibleOf(a.unitCode) }))
			};
		};
		const check = () => {
			const missing = [];
			if (!model.title.trim()) {
				missing.push(t('taskTitle'));
			}
			if (!model.deadline && model.source !== 'LEADER_INSTRUCTION') {
				missing.push(t('deadline'));
			}
			if (model.source === 'MEETING_DECISION' && !records.meetingDate) {
				missing.push(t('meetingDate'));
			}
			if (!model.lead) {
				missing.push(t('leadUnit'));
			}
			if (missing.length) {
				flash(t('fillIn', missing.join('、')), 'error');
				return false;
			}
			return true;
		};
		const save = async () => {
			if (editing) {
				return api(`/api/v1/tasks/${encodeURIComponent(editing)}`, { method: 'PUT', body: body() });
			}
			if (parent) {
				return api(`/api/v1/assignments/${encodeURIComponent(parent)}/sub-tasks`, { method: 'POST', body: body() });
			}
			return api('/api/v1/tasks', { method: 'POST', body: body() });
		};
		const run = async (submit) => {
			if (!check() || busy.value) {
				return;
			}
			busy.value = true;
			try {
				const task = await attempt(save);
				if (!task) {
					return;
				}
				if (submit) {
					const sent = await attempt(() => api(`/api/v1/tasks/${encodeURIComponent(task.id)}/submit`, { method: 'POST' }));
					if (!sent) {
						navigate(taskHref(task.id), t('savedNotSubmitted'), 'error');
						return;
					}
				}
				navigate(taskHref(task.id), t(submit ? 'submitted' : 'saved'));
			}
			finally {
				busy.value = false;
			}
		};

		return () => {
			const options = unitOptions(units.value);
			const picked = chosen().map((a) => options.find((o) => o.value === a.unitCode)).filter((o) => o);
			const instruction = model.source === 'LEADER_INSTRUCTION';
			return el('div', pageTitle(t(editing ? 'editTask' : parent ? 'newSubTask' : 'nav.newTask')),
				parent ? el('p', { class: 'muted' }, t('subTaskOf', parent)) : null,
				el('form', { class: 'card form', onSubmit: (event) => { event.preventDefault(); run(false); } },
					field('taskTitle', input('task-title', model, 'title', { required: true, maxlength: 500 })),
					field('taskContent', textarea('task-content', model, 'content', { rows: 4 })),
					goalField(records),
					el('div', { class: 'row' },
						field('sourceLabel', select('task-source', model, 'source', codeOptions('source', SOURCES))),
						field('typeLabel', select('task-type', model, 'type', codeOptions('type', TYPES)))),
					field('basis', input('task-basis', model, 'basis', { maxlength: 1000, placeholder: t('basisHint') })),
					sourceFields(records, model.source),
					el('div', { class: 'row' },
						field('leadUnit', select('task-lead-unit', model, 'lead', [{ value: '', label: t('chooseUnit') }, ...options])),
						field('deadline', input('task-deadline', model, 'deadline', { type: 'date', required: !instruction }),
							model.deadline ? h(DueDate, { date: model.deadline })
								: (instruction ? t('deadlineByUrgency', records.urgencyDays[records.instruction.urgency]) : null))),
					field('coUnits', select('task-co-units', model, 'co', options.filter((o) => o.value !== model.lead),
						{ multiple: true, size: Math.min(8, Math.max(3, options.length)) }), t('coUnitsHint')),
					responsibleFields(records, picked),
					el('label', { class: 'check' }, input('task-published', model, 'published', { type: 'checkbox' }), t('published')),
					documentsField(records),
					scheduleEditor(model.schedule),
					currentSchedule.value ? el('p', { class: 'muted' }, t('currentSchedule', currentSchedule.value)) : null,
					el('div', { class: 'preview', 'data-test': 'task-due-preview' },
						el('h3', t('duePreview')), el('p', { class: 'muted' }, t('duePreviewNote')),
						preview.value.error ? el('p', { class: 'bad' }, preview.value.error) : null,
						preview.value.slots.length
							? el('ol', preview.value.slots.map((slot) => el('li', { 'data-test': 'due-slot', 'data-due': slot.due },
								el('span', { class: 'slot-label' }, slot.label()), ' ', h(DueDate, { date: slot.due }))))
							: el('p', { class: 'muted' }, t('noSlots'))),
					el('div', { class: 'actions' },
						h('button', { type: 'submit', 'data-test': 'task-save', disabled: busy.value || records.files.uploading > 0 }, t('saveDraft')),
						button('task-submit', 'saveAndSubmit', () => run(true), { class: 'primary', disabled: busy.value || records.files.uploading > 0 }))));
		};
	}
});
