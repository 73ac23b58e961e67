package org.ducha.deploy.ui;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.ducha.deploy.keycloak.KeycloakExtension;

/**
 * One {@link UiFederation} for every browser test class of the JVM, started on first use
 * (after checking that Chromium is there) and stopped after the last test, before the
 * Keycloak server it trusts.
 */
final class UiFederationExtension implements ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(UiFederationExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == UiFederation.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		Chromium.assumeInstalled();
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(UiFederation.class, (key) -> UiFederation.start(KeycloakExtension.keycloak(context)),
					UiFederation.class);
	}

}
