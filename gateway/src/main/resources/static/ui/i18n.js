// The page's texts: Chinese first, English on request (remembered in this browser).

const texts = {
	'zh-CN': {
		title: '电子督查系统',
		switchTo: 'English',
		signedOutIntro: '请使用统一身份认证账号登录。',
		signIn: '登录',
		signedInTitle: '当前登录',
		name: '姓名',
		username: '账号',
		org: '所属节点',
		unit: '所属单位',
		roles: '角色',
		nodes: '可访问节点',
		nodeCheck: '本节点核验',
		nodeConfirms: (code) => `节点 ${code} 已确认您的身份`,
		nodeFails: (status) => `节点未确认（${status}）`,
		signOut: '退出登录',
		signedOut: '您已退出登录。',
		signInFailed: '登录未成功，请重试。',
		sessionExpired: '登录已过期，请重新登录。',
		unavailable: '网关暂不可用，请稍后再试。',
		footer: '督查 Ducha · 联邦式电子督查',
		role: {
			supervisor: '督查员',
			leader: '领导',
			handler: '承办人',
			'unit-head': '单位负责人',
			observer: '列席/观察员',
			sysadmin: '系统管理员',
			secadmin: '安全管理员',
			auditor: '安全审计员',
			node: '节点'
		}
	},
	en: {
		title: 'Electronic supervision',
		switchTo: '中文',
		signedOutIntro: 'Sign in with your unified identity account.',
		signIn: 'Sign in',
		signedInTitle: 'Signed in',
		name: 'Name',
		username: 'Account',
		org: 'Node',
		unit: 'Unit',
		roles: 'Roles',
		nodes: 'Nodes you can reach',
		nodeCheck: 'Your node',
		nodeConfirms: (code) => `Node ${code} confirms who you are`,
		nodeFails: (status) => `The node did not confirm (${status})`,
		signOut: 'Sign out',
		signedOut: 'You have signed out.',
		signInFailed: 'Signing in did not succeed; try again.',
		sessionExpired: 'Your sign-in has expired; sign in again.',
		unavailable: 'The gateway is not available; try again later.',
		footer: 'Ducha · federated electronic supervision',
		role: {
			supervisor: 'Supervisor',
			leader: 'Leader',
			handler: 'Handler',
			'unit-head': 'Unit head',
			observer: 'Observer',
			sysadmin: 'System administrator',
			secadmin: 'Security administrator',
			auditor: 'Auditor',
			node: 'Node'
		}
	}
};

const STORAGE_KEY = 'ducha.language';

export function language() {
	const chosen = window.localStorage.getItem(STORAGE_KEY);
	return chosen === 'en' ? 'en' : 'zh-CN';
}

export function setLanguage(lang) {
	window.localStorage.setItem(STORAGE_KEY, lang);
}

export function t(key, ...args) {
	const value = texts[language()][key];
	return typeof value === 'function' ? value(...args) : value;
}

export function roleName(role) {
	return texts[language()].role[role] ?? role;
}

/** Writes the texts of the current language into every element marked data-i18n. */
export function translatePage() {
	document.documentElement.lang = language();
	for (const element of document.querySelectorAll('[data-i18n]')) {
		element.textContent = t(element.dataset.i18n);
	}
	document.title = `${t('title')} · Ducha`;
	const toggle = document.getElementById('language');
	toggle.textContent = t('switchTo');
	toggle.lang = language() === 'en' ? 'zh-CN' : 'en';
}
