package org.ducha.node.production;

import org.junit.jupiter.api.Test;

import org.ducha.node.DuchaNode;
import org.ducha.node.NodeLevel;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.http.HttpStatusCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A node of the production profile starts on a clean configuration, and refuses to start
 * on one with unsafe settings, naming them all.
 */
class ProductionStartIntegrationTests {

	@Test
	void aCleanProductionConfigurationStarts() {
		// certificate files (TestCertificates), the test database, no Keycloak yet
		try (TestNode county = TestNode.node("441704", NodeLevel.COUNTY)
			.withoutTransport()
			.property("spring.profiles.active", "production")
			.start()) {
			assertThat(county.context().getEnvironment().getActiveProfiles()).containsExactly("production");
			String health = county.anonymous().get().uri("/actuator/health").retrieve().body(String.class);
			assertThat(health).contains("\"status\":\"UP\"");
			int status = county.api(TestKeys.token("zhang", "441704", null, "supervisor"))
				.get()
				.uri("/api/v1/tasks")
				.retrieve()
				.onStatus(HttpStatusCode::isError, (request, response) -> {
				})
				.toBodilessEntity()
				.getStatusCode()
				.value();
			assertThat(status).as("the production profile trusts no local test token").isEqualTo(401);
		}
	}

	@Test
	void aProductionNodeWithUnsafeSettingsDoesNotStartAndNamesThemAll() {
		// refused before any bean is made: no database, no port is needed
		SpringApplicationBuilder node = new SpringApplicationBuilder(DuchaNode.class).profiles("production");
		assertThatThrownBy(() -> node.run("--spring.config.name=ducha-none",
				"--spring.config.import=classpath:ducha-node.yml", "--ducha.node.code=441704",
				"--ducha.node.level=COUNTY", "--server.port=0", "--ducha.security.local-jwt.enabled=true",
				"--ducha.node.tls.enabled=false", "--ducha.federation.deduplication=false",
				"--ducha.security.keycloak.client-secret=node-441704-demo-secret", "--ducha.dev.clock-offset=-P35D"))
			.isInstanceOfSatisfying(UnsafeSettingsException.class, (ex) -> assertThat(ex.settings()).hasSize(5))
			.hasMessageContaining("ducha.security.local-jwt.enabled=true")
			.hasMessageContaining("ducha.node.tls.enabled=false")
			.hasMessageContaining("ducha.federation.deduplication is set")
			.hasMessageContaining("ducha.security.keycloak.client-secret is a demo secret")
			.hasMessageContaining("ducha.dev.clock-offset");
	}

}
