package org.ducha.gateway;

import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI's libraries come from their WebJars, to anyone (the public page and the
 * sign-in page need them before a session exists), as JavaScript a strict CSP lets the
 * browser run as a module.
 */
class WebJarsIntegrationTests extends StubbedGatewayTest {

	@ParameterizedTest
	@ValueSource(strings = { "/webjars/vue/3.5.13/dist/vue.runtime.esm-browser.prod.js",
			"/webjars/echarts/5.3.1/dist/echarts.esm.min.js" })
	void servesTheLibrariesWithoutSignIn(String path) {
		HttpResponse<String> library = browser().get(path);

		assertThat(library.statusCode()).isEqualTo(200);
		assertThat(library.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).matches("(text|application)/javascript(;.*)?"));
		assertThat(library.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(library.body()).contains("export");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/ui/app.js", "/ui/api.js", "/ui/i18n.js", "/ui/pages/dashboard.js" })
	void servesTheModulesOfThePages(String path) {
		HttpResponse<String> module = browser().get(path);

		assertThat(module.statusCode()).isEqualTo(200);
		assertThat(module.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).matches("(text|application)/javascript(;.*)?"));
	}

}
