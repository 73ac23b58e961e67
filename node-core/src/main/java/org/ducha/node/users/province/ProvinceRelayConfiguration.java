package org.ducha.node.users.province;

import org.ducha.node.users.UserAuthority;
import org.ducha.node.users.UsersSettings;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * At a node below the province, with the province's address configured, user
 * administration goes there.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("ducha.users.province-url")
class ProvinceRelayConfiguration {

	@Bean
	UserAuthority provinceRelay(UsersSettings settings) {
		return new ProvinceRelay(settings);
	}

}
