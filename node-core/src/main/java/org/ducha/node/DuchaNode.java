package org.ducha.node;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The node application: the three level apps start this configuration with their
 * defaults.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DuchaNode {

	@Bean
	NodeIdentity nodeIdentity(NodeProperties properties) {
		return NodeIdentity.of(properties);
	}

	/**
	 * The node's clock. {@code ducha.dev.clock-offset} (e.g. {@code -P35D}) shifts it for
	 * development only: the local federation writes its demo history through the APIs a
	 * few weeks back, so that some reports are now late or overdue. The production
	 * profile refuses it with its other unsafe settings (the production package).
	 */
	@Bean
	@ConditionalOnMissingBean
	java.time.Clock clock(Environment environment) {
		java.time.Duration offset = environment.getProperty("ducha.dev.clock-offset", java.time.Duration.class,
				java.time.Duration.ZERO);
		if (offset.isZero()) {
			return java.time.Clock.system(NodeIdentity.ZONE);
		}
		return java.time.Clock.offset(java.time.Clock.system(NodeIdentity.ZONE), offset);
	}

}
