package org.ducha.node.production;

import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a node of the {@code production} profile that has any of the
 * {@link UnsafeSettings}: before any bean is made (no database, no port, no link is
 * opened), with every unsafe setting named in one failure.
 */
@Component
class ProductionSafety implements BeanFactoryPostProcessor, EnvironmentAware, Ordered {

	static final String PROFILE = "production";

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
		if (!environment.matchesProfiles(PROFILE)) {
			return;
		}
		List<String> unsafe = UnsafeSettings.in(environment);
		if (!unsafe.isEmpty()) {
			throw new UnsafeSettingsException(unsafe);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
