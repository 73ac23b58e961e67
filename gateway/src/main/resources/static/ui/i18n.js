// Every visible text: Chinese first, English on request (remembered in this browser).
// t() reads the reactive language, so a render that uses it follows a switch at once.

import { ref } from './lib.js';
import { zh } from './i18n-zh.js';
import { en } from './i18n-en.js';

const STORAGE_KEY = 'ducha.language';

const texts = { 'zh-CN': zh, en };

const current = ref(window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN');

export function language() {
	return current.value;
}

export function setLanguage(lang) {
	window.localStorage.setItem(STORAGE_KEY, lang);
	current.value = lang;
	document.documentElement.lang = lang;
	document.title = `${t('title')} · Ducha`;
}

function lookup(dictionary, key) {
	if (key in dictionary) {
		return dictionary[key];
	}
	const dot = key.indexOf('.');
	if (dot > 0) {
		const group = dictionary[key.substring(0, dot)];
		if (group && typeof group === 'object') {
			return group[key.substring(dot + 1)];
		}
	}
	return undefined;
}

/** The text of a key in the chosen language (Chinese when English lacks it). */
export function t(key, ...args) {
	let value = lookup(texts[current.value], key);
	if (value === undefined) {
		value = lookup(zh, key);
	}
	if (value === undefined) {
		return key;
	}
	return typeof value === 'function' ? value(...args) : value;
}

/** The name of a code of a group (a status, a source, a role …); the code itself if unknown. */
export function label(group, code) {
	if (code === null || code === undefined || code === '') {
		return '—';
	}
	const names = texts[current.value][group] ?? zh[group] ?? {};
	return names[code] ?? code;
}

export function roleName(role) {
	return label('role', role);
}

document.documentElement.lang = current.value;
