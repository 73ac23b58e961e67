package org.ducha.node;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
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

	@Bean
	@ConditionalOnMissingBean
	java.time.Clock clock() {
		return java.time.Clock.system(NodeIdentity.ZONE);
	}

}
