package org.ducha.node.production;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints the refused settings as Spring Boot's start-up failure report, instead of a
 * stack trace.
 */
class UnsafeSettingsFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeSettingsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnsafeSettingsException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Remove these settings: they are for development and tests. A production node needs its own "
						+ "certificates (ducha.node.tls.*), its own Keycloak client secret, and the real time.",
				cause);
	}

}
