// Small helpers that keep the pages' render functions readable: elements, bound form
// controls, buttons, tables, pagination and the status badges every page shows.

import { h } from './lib.js';
import { label, t } from './i18n.js';

function isProps(value) {
	return value !== null && typeof value === 'object' && !Array.isArray(value) && !value.__v_isVNode;
}

function flat(children) {
	return children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false);
}

/** el('p', {class: 'x'}, 'text', child…) or el('p', 'text'): props are optional. */
export function el(tag, props, ...children) {
	if (!isProps(props)) {
		return h(tag, null, flat([props, ...children]));
	}
	return h(tag, props, flat(children));
}

/** A labelled form row; the label's text goes through t(). */
export function field(key, control, hint) {
	return el('label', { class: 'field' }, el('span', { class: 'field-label' }, t(key)), control,
		hint ? el('small', { class: 'hint' }, hint) : null);
}

/** An input bound to model[key]. */
export function input(test, model, key, attrs = {}) {
	if (attrs.type === 'checkbox') {
		return h('input', {
			'data-test': test, checked: Boolean(model[key]),
			onChange: (event) => { model[key] = event.target.checked; }, ...attrs
		});
	}
	return h('input', {
		'data-test': test, value: model[key] ?? '',
		onInput: (event) => { model[key] = event.target.value; }, ...attrs
	});
}

/** A textarea bound to model[key]. */
export function textarea(test, model, key, attrs = {}) {
	return h('textarea', {
		'data-test': test, value: model[key] ?? '', rows: 3,
		onInput: (event) => { model[key] = event.target.value; }, ...attrs
	});
}

/**
 * A select bound to model[key]; options are {value, label}. With attrs.multiple the
 * model holds an array of values.
 */
export function select(test, model, key, options, attrs = {}) {
	if (attrs.multiple) {
		const chosen = new Set(model[key] ?? []);
		return h('select', {
			'data-test': test, ...attrs,
			onChange: (event) => { model[key] = Array.from(event.target.selectedOptions, (o) => o.value); }
		}, options.map((o) => h('option', { value: o.value, selected: chosen.has(o.value) }, o.label)));
	}
	return h('select', {
		'data-test': test, value: model[key] ?? '',
		onChange: (event) => { model[key] = event.target.value; }, ...attrs
	}, options.map((o) => h('option', { value: o.value }, o.label)));
}

/** Options of a code group ('status', 'source' …), with an optional empty first entry. */
export function codeOptions(group, codes, emptyKey) {
	const options = codes.map((code) => ({ value: code, label: label(group, code) }));
	return emptyKey ? [{ value: '', label: t(emptyKey) }, ...options] : options;
}

export function button(test, key, onClick, attrs = {}) {
	return h('button', { type: 'button', 'data-test': test, onClick, ...attrs }, t(key));
}

export function link(href, text, attrs = {}) {
	return h('a', { href, ...attrs }, text);
}

/** A table: headers are i18n keys; rows are arrays of cells or {props, cells}. */
export function table(headers, rows, attrs = {}) {
	return el('div', { class: 'table-wrap' }, el('table', attrs,
		el('thead', el('tr', headers.map((key) => el('th', t(key))))),
		el('tbody', rows.map((row) => Array.isArray(row)
			? el('tr', row.map((cell) => el('td', cell)))
			: el('tr', row.props, row.cells.map((cell) => el('td', cell)))))));
}

/** Previous / next for a page {page, size, total}; onPage(n) loads page n. */
export function pager(result, onPage) {
	if (!result) {
		return null;
	}
	const pages = Math.max(1, Math.ceil(result.total / result.size));
	return el('nav', { class: 'pager' },
		h('button', { type: 'button', 'data-test': 'pagination-prev', disabled: result.page <= 0,
			onClick: () => onPage(result.page - 1) }, t('previous')),
		el('span', { 'data-test': 'pagination-info' }, t('pageOf', result.page + 1, pages, result.total)),
		h('button', { type: 'button', 'data-test': 'pagination-next', disabled: result.page + 1 >= pages,
			onClick: () => onPage(result.page + 1) }, t('next')));
}

/** The light as the contract wants it: text and data-light GREEN, YELLOW or RED. */
export function light(value, reason) {
	if (!value) {
		return el('span', { class: 'light light-none' }, '—');
	}
	return el('span', { class: 'light-wrap' },
		el('span', { class: `light light-${value}`, 'data-test': 'light', 'data-light': value,
			title: reason || label('light', value) }, value),
		el('span', { class: 'light-label' }, label('light', value)));
}

/** A status badge: its text is the status's name, data-status the code. */
export function status(test, group, value) {
	return el('span', { class: `badge status-${value}`, 'data-test': test, 'data-status': value },
		label(group, value));
}

/** A date-time in Beijing time. */
export function instant(value) {
	if (!value) {
		return '—';
	}
	return new Date(value).toLocaleString(t('locale'), { timeZone: 'Asia/Shanghai', hour12: false });
}

export function section(titleKey, ...children) {
	return el('section', { class: 'card' }, el('h3', t(titleKey)), children);
}

export function pageTitle(text) {
	return el('h2', { 'data-test': 'page-title' }, text);
}

/** A dl of [key, value] pairs. */
export function facts(pairs) {
	return el('dl', { class: 'facts' },
		pairs.filter((pair) => pair).map(([key, value]) => [el('dt', t(key)), el('dd', value ?? '—')]));
}
