package org.ducha.gateway;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ducha.gateway.StubNodes.Received;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which node a request reaches: the caller's own for {@code /api/**}, one of their
 * subtree for {@code /nodes/{code}/api/**}, the public node for the public API, and a 404
 * problem document for every other code.
 */
class NodeRoutingIntegrationTests extends StubbedGatewayTest {

	@Test
	void routesTheApiToTheCallersOwnNodeWithATokenForThatNode() {
		Browser county = signedIn("supervisor-441704", "441704", null, "supervisor");

		HttpResponse<String> me = county.get("/api/v1/tasks?page=2&size=5");

		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"node\":\"441704\"");
		List<Received> received = nodes.drain("441704");
		assertThat(received).singleElement().satisfies((request) -> {
			assertThat(URI.create(request.uri()).getPath()).isEqualTo("/api/v1/tasks");
			assertThat(URI.create(request.uri()).getQuery().split("&")).containsExactlyInAnyOrder("page=2", "size=5");
			assertThat(audienceOf(request)).containsExactly("node-441704");
		});
		assertThat(nodes.drain("441700")).isEmpty();
	}

	@Test
	void passesTheIdempotencyKeyOfAPostOnToTheNode() {
		Browser county = signedIn("supervisor-441704", "441704", null, "supervisor");
		county.get("/api/v1/me");
		nodes.drain("441704");

		HttpResponse<String> response = county.post("/api/v1/alerts", "{}", "X-XSRF-TOKEN", county.csrfToken(),
				"Idempotency-Key", "0190f3c2-5b1e-7a40-9c55-3d2f8e6a1b7c");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(nodes.drain("441704")).singleElement()
			.satisfies((request) -> assertThat(request.header("Idempotency-Key"))
				.isEqualTo("0190f3c2-5b1e-7a40-9c55-3d2f8e6a1b7c"));
	}

	@Test
	void aCityReachesItsCountiesByCode() {
		Browser city = signedIn("leader-441700", "441700", null, "leader");

		assertThat(city.get("/nodes/441704/api/v1/me").statusCode()).isEqualTo(200);
		assertThat(city.get("/nodes/441700/api/v1/me").statusCode()).isEqualTo(200);

		assertThat(nodes.drain("441704")).singleElement()
			.satisfies((request) -> assertThat(request.uri()).isEqualTo("/api/v1/me"));
		assertThat(nodes.drain("441700")).hasSize(1);
	}

	@Test
	void theProvinceReachesEveryNodeBelowIt() {
		Browser province = signedIn("supervisor-440000", "440000", null, "supervisor");

		for (String code : List.of("440000", "441700", "441704", "440900", "440902")) {
			HttpResponse<String> response = province.get("/nodes/" + code + "/api/v1/tasks");
			assertThat(response.statusCode()).as(code).isEqualTo(200);
			assertThat(response.body()).contains("\"node\":\"" + code + "\"");
		}
	}

	@Test
	void anyCodeOutsideTheCallersSubtreeIsNotFound() {
		Browser city = signedIn("leader-441700", "441700", null, "leader");
		Browser county = signedIn("handler-441704", "441704", "441704:jyj", "handler");

		// above, another city's county, unknown; a sibling county, the county's own city
		for (String path : List.of("/nodes/440000/api/v1/me", "/nodes/440902/api/v1/me", "/nodes/999999/api/v1/me")) {
			assertNotFound(city.get(path));
		}
		for (String path : List.of("/nodes/441702/api/v1/me", "/nodes/441700/api/v1/tasks")) {
			assertNotFound(county.get(path));
		}
		for (String code : StubNodes.PARENTS.keySet()) {
			assertThat(nodes.drain(code)).as(code).isEmpty();
		}
	}

	@Test
	void aCallerWhoseNodeIsNotServedHereGetsNotFound() {
		Browser elsewhere = signedIn("supervisor-441721", "441721", null, "supervisor");

		assertNotFound(elsewhere.get("/api/v1/me"));
	}

	@Test
	void thePublicApiNeedsNoSignInAndGoesToThePublicNode() {
		Browser anonymous = browser();

		HttpResponse<String> calendar = anonymous.get("/api/v1/calendar/2026?month=10", "Authorization",
				"Bearer not-from-the-gateway");
		HttpResponse<String> disclosure = anonymous.get("/api/v1/public/projects");

		assertThat(calendar.statusCode()).isEqualTo(200);
		assertThat(disclosure.statusCode()).isEqualTo(200);
		List<Received> received = nodes.drain("440000");
		assertThat(received).extracting(Received::uri)
			.containsExactly("/api/v1/calendar/2026?month=10", "/api/v1/public/projects");
		assertThat(received).allSatisfy((request) -> assertThat(request.header("Authorization")).isNull());
	}

	@Test
	void signedOutApiCallsAreRefusedWithAProblem() {
		Browser anonymous = browser();

		for (String path : List.of("/api/v1/tasks", "/nodes/441704/api/v1/me", "/whoami")) {
			HttpResponse<String> response = anonymous.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).contains("\"code\":\"unauthenticated\"")
				.contains("\"signIn\":\"/oauth2/authorization/keycloak\"");
		}
		assertThat(anonymous.cookie("DUCHA_SESSION")).isNull();
		assertThat(nodes.drain("440000")).isEmpty();
	}

	@Test
	void aPageNeedingSignInSendsTheBrowserToKeycloak() {
		HttpResponse<String> page = browser().get("/reports/overview");

		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/oauth2/authorization/keycloak"));
	}

	@Test
	void theDevelopmentTokenEndpointIsNeverReachable() {
		Browser province = signedIn("sysadmin-440000", "440000", null, "sysadmin");

		assertNotFound(province.post("/api/v1/dev/tokens", "{}", "X-XSRF-TOKEN", province.csrfToken()));
		assertNotFound(province.post("/nodes/441704/api/v1/dev/tokens", "{}", "X-XSRF-TOKEN", province.csrfToken()));
		assertThat(nodes.drain("440000")).isEmpty();
		assertThat(nodes.drain("441704")).isEmpty();
	}

	@Test
	void anUnreachableNodeAnswersServiceUnavailable() {
		Browser city = signedIn("leader-441700", "441700", null, "leader");

		HttpResponse<String> response = city.get("/nodes/" + StubNodes.UNREACHABLE + "/api/v1/me");

		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.body()).contains("\"code\":\"node_unavailable\"");
	}

	private static void assertNotFound(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":404").contains("\"code\":\"not_found\"");
	}

}
