package org.ducha.gateway;

import java.util.Locale;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A gateway of the {@code production} profile refuses to start with a demo client secret
 * — its packaged default, {@code ducha-gateway-demo-secret}, or any secret with
 * {@code demo} in it, like every secret of the demo realm (the nodes refuse theirs the
 * same way): the demo realm's secrets are published.
 */
@Component
class ProductionSafety implements BeanFactoryPostProcessor, EnvironmentAware {

	static final String CLIENT_SECRET = "spring.security.oauth2.client.registration.keycloak.client-secret";

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		check(this.environment);
	}

	static void check(Environment environment) {
		String secret = environment.getProperty(CLIENT_SECRET, "");
		if (environment.matchesProfiles("production") && secret.toLowerCase(Locale.ROOT).contains("demo")) {
			throw new IllegalStateException("The production profile refuses " + CLIENT_SECRET
					+ ": it is a demo secret (it contains \"demo\", like every secret of the demo realm); "
					+ "give the gateway its own (GATEWAY_CLIENT_SECRET)");
		}
	}

}
