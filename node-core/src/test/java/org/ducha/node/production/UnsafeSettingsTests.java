package org.ducha.node.production;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/**
 * Each setting made for development and tests is refused in production, named with what
 * it would do; a clean production configuration has none; without the production profile
 * nothing is refused.
 */
class UnsafeSettingsTests {

	/** What a production node is configured with (deploy/production/config). */
	private static MockEnvironment clean() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("production");
		environment.withProperty("ducha.node.code", "441704")
			.withProperty("ducha.node.tls.enabled", "true")
			.withProperty("ducha.node.tls.generate", "false")
			.withProperty("ducha.node.tls.ca", "/etc/ducha/tls/ca.crt")
			.withProperty("ducha.node.tls.certificate", "/etc/ducha/tls/441704.crt")
			.withProperty("ducha.node.tls.private-key", "/etc/ducha/tls/441704.key")
			.withProperty("ducha.security.local-jwt.enabled", "false")
			.withProperty("ducha.security.local-jwt.mint-endpoint", "false")
			.withProperty("ducha.security.keycloak.issuer-uri", "https://sso.example.gov.cn/realms/ducha")
			.withProperty("ducha.security.keycloak.client-secret", "q3T9x0vFh2LkP8sWz1YbR6nM4cJ7aE5d")
			.withProperty("spring.datasource.password", "Vd8#kq2!Lm4pZ7r")
			.withProperty("spring.mail.password", "mail-0f9e8d7c");
		return environment;
	}

	private static List<String> refused(MockEnvironment environment) {
		return UnsafeSettings.in(environment);
	}

	@Test
	void aCleanProductionConfigurationHasNoUnsafeSetting() {
		assertThat(refused(clean())).isEmpty();
		assertThatNoException().isThrownBy(() -> ProductionSafety.check(clean()));
	}

	@Test
	void refusesLocalTestTokens() {
		assertThat(refused(clean().withProperty("ducha.security.local-jwt.enabled", "true"))).singleElement(STRING)
			.startsWith("ducha.security.local-jwt.enabled=true")
			.contains("local test tokens");
	}

	@Test
	void refusesTheTokenMintingEndpoint() {
		assertThat(refused(clean().withProperty("ducha.security.local-jwt.mint-endpoint", "true")))
			.singleElement(STRING)
			.startsWith("ducha.security.local-jwt.mint-endpoint=true")
			.contains("POST /api/v1/dev/tokens");
	}

	@Test
	void refusesLinksWithoutTls() {
		assertThat(refused(clean().withProperty("ducha.node.tls.enabled", "false"))).singleElement(STRING)
			.startsWith("ducha.node.tls.enabled=false");
	}

	@Test
	void refusesGeneratedDevelopmentCertificates() {
		MockEnvironment generated = clean().withProperty("ducha.node.tls.generate", "true");
		MockEnvironment withoutFiles = new MockEnvironment();
		withoutFiles.setActiveProfiles("production");
		withoutFiles.withProperty("ducha.node.tls.generate", "true");
		assertThat(refused(withoutFiles)).singleElement(STRING).startsWith("ducha.node.tls.generate=true");
		assertThat(refused(generated)).as("with certificate files, nothing is generated").isEmpty();
	}

	@Test
	void refusesLinksThatDoNotRequireTheNodeToken() {
		assertThat(refused(clean().withProperty("ducha.security.links.require-node-token", "false")))
			.singleElement(STRING)
			.startsWith("ducha.security.links.require-node-token=false");
	}

	@Test
	void refusesTheDeduplicationSwitchWhateverItsValue() {
		for (String value : List.of("false", "true")) {
			assertThat(refused(clean().withProperty("ducha.federation.deduplication", value))).as(value)
				.singleElement(STRING)
				.startsWith("ducha.federation.deduplication is set");
		}
	}

	@Test
	void refusesTheDeduplicationSwitchGivenAsAnEnvironmentVariable() {
		MockEnvironment environment = clean();
		environment.getPropertySources()
			.addLast(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					Map.of("DUCHA_FEDERATION_DEDUPLICATION", "false")));
		assertThat(refused(environment)).singleElement(STRING).startsWith("ducha.federation.deduplication is set");
	}

	@Test
	void refusesEveryDemoSecretOfTheRepository() {
		// the demo realm's client secrets, the demo password and the demo TOTP secret
		for (String demo : List.of("node-441704-demo-secret", "node-440000-demo-secret", "ducha-gateway-demo-secret",
				"Ducha-Demo-2026", "DUCHADEMOTOTPSECRETKEY23")) {
			for (String secret : UnsafeSettings.SECRETS) {
				assertThat(refused(clean().withProperty(secret, demo))).as(secret + " = " + demo)
					.singleElement(STRING)
					.startsWith(secret + " is a demo secret")
					.doesNotContain(demo);
			}
		}
	}

	@Test
	void refusesAShiftedClock() {
		assertThat(refused(clean().withProperty("ducha.dev.clock-offset", "-P35D"))).singleElement(STRING)
			.startsWith("ducha.dev.clock-offset=PT-840H");
		assertThat(refused(clean().withProperty("ducha.dev.clock-offset", "0s"))).as("no offset").isEmpty();
	}

	@Test
	void namesEveryUnsafeSettingInOneFailure() {
		MockEnvironment environment = clean().withProperty("ducha.security.local-jwt.enabled", "true")
			.withProperty("ducha.node.tls.enabled", "false")
			.withProperty("ducha.federation.deduplication", "false")
			.withProperty("ducha.security.keycloak.client-secret", "node-441704-demo-secret")
			.withProperty("ducha.dev.clock-offset", "-P35D");
		assertThatThrownBy(() -> ProductionSafety.check(environment)).isInstanceOfSatisfying(
				UnsafeSettingsException.class,
				(ex) -> assertThat(ex.settings()).hasSize(5)
					.anySatisfy((line) -> assertThat(line).startsWith("ducha.security.local-jwt.enabled"))
					.anySatisfy((line) -> assertThat(line).startsWith("ducha.node.tls.enabled"))
					.anySatisfy((line) -> assertThat(line).startsWith("ducha.federation.deduplication"))
					.anySatisfy((line) -> assertThat(line).startsWith("ducha.security.keycloak.client-secret"))
					.anySatisfy((line) -> assertThat(line).startsWith("ducha.dev.clock-offset")));
		FailureAnalysis analysis = new UnsafeSettingsFailureAnalyzer()
			.analyze(new IllegalStateException("wrapped", new UnsafeSettingsException(UnsafeSettings.in(environment))));
		assertThat(analysis.getDescription()).startsWith("The production profile refuses 5 unsafe settings")
			.contains("ducha.dev.clock-offset");
	}

	@Test
	void withoutTheProductionProfileNothingIsRefused() {
		MockEnvironment development = new MockEnvironment().withProperty("ducha.security.local-jwt.enabled", "true")
			.withProperty("ducha.node.tls.enabled", "false")
			.withProperty("ducha.federation.deduplication", "false")
			.withProperty("ducha.dev.clock-offset", "-P35D");
		assertThatNoException().isThrownBy(() -> ProductionSafety.check(development));
	}

}
