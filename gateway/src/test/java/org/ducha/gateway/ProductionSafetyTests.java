package org.ducha.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * A production gateway refuses the demo realm's client secret; its own secret, or the
 * demo one outside production, is accepted.
 */
class ProductionSafetyTests {

	private static MockEnvironment production(String secret) {
		MockEnvironment environment = new MockEnvironment().withProperty(ProductionSafety.CLIENT_SECRET, secret);
		environment.setActiveProfiles("production");
		return environment;
	}

	@Test
	void refusesTheDemoClientSecretInProduction() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ProductionSafety.check(production("ducha-gateway-demo-secret")))
			.withMessageContaining(ProductionSafety.CLIENT_SECRET)
			.withMessageNotContaining("ducha-gateway-demo-secret");
	}

	@Test
	void acceptsItsOwnSecretInProduction() {
		assertThatNoException().isThrownBy(() -> ProductionSafety.check(production("Xq8r2Lm4pZ7vT1yB6nC3")));
	}

	@Test
	void acceptsTheDemoSecretOutsideProduction() {
		assertThatNoException().isThrownBy(() -> ProductionSafety
			.check(new MockEnvironment().withProperty(ProductionSafety.CLIENT_SECRET, "ducha-gateway-demo-secret")));
	}

}
