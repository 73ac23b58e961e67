// Every call of the pages to the gateway: JSON in and out, the CSRF token echoed on
// writes, the caller's language asked for, and RFC 9457 problem documents turned into a
// message people can act on (shown in the one global message element).

import { reactive } from './lib.js';
import { language, t } from './i18n.js';

/** The global message: its text and kind (error, success, info). */
export const notice = reactive({ text: '', kind: 'info', details: [] });

export function flash(text, kind = 'info', details = []) {
	notice.text = text;
	notice.kind = kind;
	notice.details = details;
}

export function clearFlash() {
	flash('', 'info');
}

let pending = null;

/** Goes to a page and shows a message there (a route change clears the message). */
export function navigate(hash, text, kind = 'success') {
	pending = text ? { text, kind } : null;
	if (window.location.hash === hash) {
		window.dispatchEvent(new HashChangeEvent('hashchange'));
	}
	else {
		window.location.hash = hash;
	}
}

/** The message a navigation left for the page it went to, once. */
export function takePending() {
	const message = pending;
	pending = null;
	return message;
}

/**
 * A failed call: its HTTP status (0 for the network), the problem document, a message;
 * details holds what to list below the message (rejected rows, and the node's own
 * detail when it is not in the chosen language).
 */
export class ApiError extends Error {
	constructor(status, problem, message) {
		super(message);
		this.status = status;
		this.problem = problem ?? {};
		this.code = this.problem.code ?? null;
		const foreign = foreignDetail(status, this.problem);
		this.details = [...(this.problem.errors ?? []), ...(foreign ? [foreign] : [])];
	}
}

/** Whether a text is written in the chosen language (Chinese has Han characters). */
function inLanguage(text) {
	return /\p{Script=Han}/u.test(text) === (language() !== 'en');
}

/** The node's detail when the message leaves it out: it is in another language. */
function foreignDetail(status, problem) {
	const detail = problem && problem.detail ? problem.detail : '';
	return detail && status !== 500 && !inLanguage(detail) ? detail : null;
}

export function csrfToken() {
	const cookie = document.cookie.split('; ').find((entry) => entry.startsWith('XSRF-TOKEN='));
	return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

/**
 * The path of an API call: the caller's own node, or a node below it
 * ({@code /nodes/{code}/api/…}) when one is named.
 */
export function apiPath(path, node) {
	return node ? `/nodes/${encodeURIComponent(node)}${path}` : path;
}

function withQuery(path, query) {
	if (!query) {
		return path;
	}
	const params = new URLSearchParams();
	for (const [name, value] of Object.entries(query)) {
		if (value !== null && value !== undefined && value !== '') {
			params.set(name, value);
		}
	}
	const text = params.toString();
	return text ? `${path}?${text}` : path;
}

/** The link to a download (a ledger, an attachment) with the same query rules. */
export function href(path, { node, query } = {}) {
	return withQuery(apiPath(path, node), query);
}

/**
 * The message for a failed call, in the chosen language: the nodes' details are English,
 * so a Chinese page says what happened in Chinese and lists the detail below it.
 */
export function describe(status, problem) {
	const detail = problem && problem.detail ? problem.detail : '';
	let key;
	if (status === 0) {
		key = 'error.network';
	}
	else if (status === 401) {
		key = 'error.401';
	}
	else if (status === 403 && problem && problem.code === 'csrf') {
		key = 'error.csrf';
	}
	else if ([400, 403, 404, 409, 413, 429, 503].includes(status)) {
		key = `error.${status}`;
	}
	else {
		key = 'error.500';
	}
	return detail && status !== 500 && inLanguage(detail) ? `${t(key)}${language() === 'en' ? ': ' : '：'}${detail}` : t(key);
}

async function problemOf(response) {
	const type = response.headers.get('Content-Type') ?? '';
	if (type.includes('json')) {
		try {
			return await response.json();
		}
		catch (error) {
			return null;
		}
	}
	return null;
}

/**
 * Calls the API. Options: method, body (JSON), form (FormData), query, node.
 * Resolves to the JSON answer (null when there is none); rejects with an ApiError.
 */
export async function api(path, { method = 'GET', body, form, query, node } = {}) {
	const headers = { Accept: 'application/json, application/problem+json', 'Accept-Language': language() };
	if (method !== 'GET') {
		headers['X-XSRF-TOKEN'] = csrfToken();
	}
	let payload;
	if (form) {
		payload = form;
	}
	else if (body !== undefined) {
		headers['Content-Type'] = 'application/json';
		payload = JSON.stringify(body);
	}
	let response;
	try {
		response = await fetch(withQuery(apiPath(path, node), query),
			{ method, headers, body: payload, credentials: 'same-origin' });
	}
	catch (error) {
		throw new ApiError(0, null, describe(0, null));
	}
	if (!response.ok) {
		const problem = await problemOf(response);
		throw new ApiError(response.status, problem, describe(response.status, problem));
	}
	if (response.status === 204 || response.status === 202) {
		return null;
	}
	const type = response.headers.get('Content-Type') ?? '';
	return type.includes('json') ? response.json() : null;
}

/**
 * Runs an action of a page: shows its error in the global message (and returns
 * undefined), or the success message when one is named.
 */
export async function attempt(action, successKey) {
	try {
		const result = await action();
		if (successKey) {
			flash(t(successKey), 'success');
		}
		return result;
	}
	catch (error) {
		if (error instanceof ApiError) {
			flash(error.message, 'error', error.details);
		}
		else {
			flash(t('error.unexpected', String(error && error.message ? error.message : error)), 'error');
		}
		return undefined;
	}
}

/** Uploads one file as an attachment; resolves to {sha256, size, contentType, name}. */
export function uploadAttachment(file) {
	const form = new FormData();
	form.append('file', file, file.name);
	return api('/api/v1/attachments', { method: 'POST', form });
}
