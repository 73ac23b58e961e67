package org.ducha.node.federation;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The link settings a node starts with, and the combinations it refuses.
 */
class FederationSettingsTests {

	private static FederationSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("ducha.federation",
				FederationSettings.class);
	}

	@Test
	void defaultsMatchDesign() {
		FederationSettings settings = bind(Map.of());
		assertThat(settings.client().keepAliveTime()).isEqualTo(Duration.ofSeconds(30));
		assertThat(settings.server().permitKeepAliveTime()).isLessThanOrEqualTo(Duration.ofSeconds(20));
		assertThat(settings.client().initialBackoff()).isEqualTo(Duration.ofSeconds(1));
		assertThat(settings.client().backoffMultiplier()).isEqualTo(1.6);
		assertThat(settings.client().maxBackoff()).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(120));
		assertThat(settings.client().jitter()).isEqualTo(0.2);
		assertThat(settings.maxFrameBytes()).isLessThan(4 * 1024 * 1024);
		assertThat(settings.deduplication()).isTrue();
	}

	@Test
	void refusesAClientThatPingsMoreOftenThanAParentPermits() {
		assertThatThrownBy(() -> bind(Map.of("ducha.federation.client.keep-alive-time", "10s")))
			.isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("must not be shorter than ducha.federation.server.permit-keep-alive-time");
	}

}
