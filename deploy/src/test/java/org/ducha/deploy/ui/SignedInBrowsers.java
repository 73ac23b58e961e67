package org.ducha.deploy.ui;

import java.util.HashMap;
import java.util.Map;

/**
 * One browser per demo account, signed in once through Keycloak's page and handed to
 * every later test that works as that account: a test closes it as it would its own, and
 * the next one gets it back reloaded from the gateway, as a fresh sign-in would leave it.
 * Starting Chromium and signing in took seconds each, some eighty times over the suite;
 * the sign-in itself stays tested by the first use of each account (three of them with
 * their second factor). A second window of an account already out gets a browser of its
 * own, and one whose gateway session has ended is quit and replaced by a fresh sign-in.
 */
final class SignedInBrowsers implements AutoCloseable {

	private final String gateway;

	private final Map<String, UiBrowser> idle = new HashMap<>();

	SignedInBrowsers(String gateway) {
		this.gateway = gateway;
	}

	/** A browser signed in as this demo account, the account's kept one if it is idle. */
	synchronized UiBrowser as(String username) {
		UiBrowser kept = this.idle.remove(username);
		if (kept != null) {
			if (kept.reload()) {
				return kept;
			}
			kept.quit();
		}
		return UiBrowser.open(this.gateway).signIn(username).keptBy(this);
	}

	synchronized void giveBack(UiBrowser browser) {
		UiBrowser other = this.idle.putIfAbsent(browser.account(), browser);
		if (other != null && other != browser) {
			browser.quit();
		}
	}

	@Override
	public synchronized void close() {
		this.idle.values().forEach(UiBrowser::quit);
		this.idle.clear();
	}

}
