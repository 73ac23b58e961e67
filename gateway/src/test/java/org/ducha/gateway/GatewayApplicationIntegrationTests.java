package org.ducha.gateway;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway on its default configuration, with no Keycloak running: it starts, binds to
 * loopback, reports healthy and serves its page (the realm is read on first sign-in).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayApplicationIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void startsWithoutKeycloakAndReportsHealthy() {
		RestClient client = RestClient.create("http://127.0.0.1:" + this.port);

		assertThat(client.get().uri("/actuator/health").retrieve().body(String.class)).contains("\"status\":\"UP\"");
		assertThat(new String(client.get().uri("/").retrieve().body(byte[].class), StandardCharsets.UTF_8))
			.contains("电子督查系统");
	}

}
