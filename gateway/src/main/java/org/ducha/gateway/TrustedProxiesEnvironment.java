package org.ducha.gateway;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Turns the one setting {@code ducha.gateway.trusted-proxies} into Tomcat's: with it,
 * {@code server.forward-headers-strategy=native} and the proxies as
 * {@code server.tomcat.remoteip.internal-proxies} (a regular expression of IP addresses,
 * or a comma-separated CIDR list), so that {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} count only when a listed proxy sent them — sign-in redirect
 * URIs, secure cookies and HSTS then follow the proxy's HTTPS. Without it, forwarded
 * headers are ignored. Explicit {@code server.*} settings still win.
 * <p>
 * The nodes never get forwarded headers from the gateway (Spring Cloud Gateway removes
 * them while its own {@code trusted-proxies} is unset, as here).
 */
class TrustedProxiesEnvironment implements EnvironmentPostProcessor {

	static final String PROPERTY = "ducha.gateway.trusted-proxies";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String proxies = environment.getProperty(PROPERTY);
		if (!StringUtils.hasText(proxies)) {
			return;
		}
		Map<String, Object> derived = new LinkedHashMap<>();
		derived.put("server.forward-headers-strategy", "native");
		derived.put("server.tomcat.remoteip.internal-proxies", proxies.trim());
		environment.getPropertySources().addLast(new MapPropertySource("duchaTrustedProxies", derived));
	}

}
