package org.ducha.gateway;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import org.ducha.gateway.StubNodes.Received;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token each node gets: one whose audience names that node ({@code node-<code>}),
 * exchanged at the identity provider from the session's access token, which itself never
 * reaches a node; both audiences for user administration a city forwards to the province;
 * a problem document and nothing relayed when the exchange is refused; tokens reused
 * while they last, one exchange at a time per session and audience.
 */
class NodeTokenIntegrationTests extends StubbedGatewayTest {

	@Test
	void theCallersNodeGetsATokenExchangedForItFromTheSessionToken() {
		Browser county = signedIn("supervisor-441704", "441704", null, "supervisor");
		int before = idp.tokenExchange().requests().size();

		assertThat(county.get("/api/v1/me").statusCode()).isEqualTo(200);

		assertThat(audienceOf(nodes.drain("441704").get(0))).containsExactly("node-441704");
		assertThat(idp.tokenExchange().requests()).hasSize(before + 1).last().satisfies((exchange) -> {
			assertThat(exchange).containsEntry("grant_type",
					List.of("urn:ietf:params:oauth:grant-type:token-exchange"));
			assertThat(exchange).containsEntry("subject_token", List.of(idp.lastAccessToken()));
			assertThat(exchange).containsEntry("subject_token_type",
					List.of("urn:ietf:params:oauth:token-type:access_token"));
			assertThat(exchange).containsEntry("requested_token_type",
					List.of("urn:ietf:params:oauth:token-type:access_token"));
			assertThat(exchange).containsEntry("audience", List.of("node-441704"));
			assertThat(exchange).containsEntry("scope", List.of("aud-441704"));
		});
	}

	@Test
	void aNodeOfTheSubtreeGetsATokenForItselfNotForTheCallersNode() {
		Browser city = signedIn("leader-441700", "441700", null, "leader");

		assertThat(city.get("/nodes/441704/api/v1/me").statusCode()).isEqualTo(200);
		assertThat(city.get("/api/v1/me").statusCode()).isEqualTo(200);
		assertThat(city.get("/nodes/441700/api/v1/tasks").statusCode()).isEqualTo(200);

		Received county = nodes.drain("441704").get(0);
		List<Received> own = nodes.drain("441700");
		assertThat(audienceOf(county)).containsExactly("node-441704");
		assertThat(own).hasSize(2)
			.allSatisfy((request) -> assertThat(audienceOf(request)).containsExactly("node-441700"));
		assertThat(tokenOf(own.get(0))).isEqualTo(tokenOf(own.get(1))).isNotEqualTo(tokenOf(county));
	}

	@Test
	void userAdministrationBelowTheProvinceGetsATokenForTheNodeAndTheProvince() {
		Browser city = signedIn("secadmin-441700", "441700", null, "secadmin");

		assertThat(city.get("/api/v1/admin/users?page=0").statusCode()).isEqualTo(200);
		assertThat(city.post("/api/v1/admin/administrators", "{}", "X-XSRF-TOKEN", city.csrfToken()).statusCode())
			.isEqualTo(200);
		assertThat(city.post("/api/v1/admin/users/u1/disable", "{}", "X-XSRF-TOKEN", city.csrfToken()).statusCode())
			.isEqualTo(200);
		assertThat(city.get("/nodes/441704/api/v1/admin/users").statusCode()).isEqualTo(200);
		assertThat(city.get("/api/v1/tasks").statusCode()).isEqualTo(200);

		List<Received> atTheCity = nodes.drain("441700");
		assertThat(atTheCity).hasSize(4);
		assertThat(atTheCity.subList(0, 3))
			.allSatisfy((request) -> assertThat(audienceOf(request)).containsExactly("node-441700", "node-440000"));
		assertThat(audienceOf(atTheCity.get(3))).containsExactly("node-441700");
		assertThat(audienceOf(nodes.drain("441704").get(0))).containsExactly("node-441704", "node-440000");
		assertThat(idp.tokenExchange().requests()).anySatisfy((exchange) -> {
			assertThat(exchange).containsEntry("audience", List.of("node-441700", "node-440000"));
			assertThat(exchange).containsEntry("scope", List.of("aud-441700 aud-440000"));
		});
	}

	@Test
	void userAdministrationAtTheProvinceNamesTheProvinceAlone() {
		Browser province = signedIn("secadmin-440000", "440000", null, "secadmin");

		assertThat(province.get("/api/v1/admin/users").statusCode()).isEqualTo(200);

		assertThat(audienceOf(nodes.drain("440000").get(0))).containsExactly("node-440000");
	}

	@Test
	void aRefusedExchangeAnswersAProblemAndRelaysNothing() {
		Browser county = signedIn("supervisor-441704", "441704", null, "supervisor");
		idp.tokenExchange().refuse(400, "invalid_request", "Requested audience not available: node-441704");

		HttpResponse<String> refused = county.get("/api/v1/me", "Accept-Language", "zh-CN");
		HttpResponse<String> inEnglish = county.get("/api/v1/me", "Accept-Language", "en");

		assertThat(refused.statusCode()).isEqualTo(502);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.body()).contains("\"code\":\"node_token_refused\"").contains("441704").contains("身份认证服务");
		assertThat(inEnglish.body()).contains("\"code\":\"node_token_refused\"")
			.contains("The identity provider refused a token for node 441704");
		assertThat(nodes.drain("441704")).isEmpty();
		assertThat(county.get("/whoami").statusCode()).as("the session goes on").isEqualTo(200);

		idp.tokenExchange().refuse(401, "invalid_client", "Invalid client or Invalid client credentials");
		assertThat(county.get("/api/v1/me").statusCode()).isEqualTo(502);
		idp.tokenExchange().refuse(403, "access_denied", "Client is not within the token audience");
		assertThat(county.get("/api/v1/me").statusCode()).isEqualTo(502);
		idp.tokenExchange().refuse(503, "temporarily_unavailable", "down for the test");
		HttpResponse<String> unavailable = county.get("/api/v1/me");
		assertThat(unavailable.statusCode()).isEqualTo(503);
		assertThat(unavailable.body()).contains("\"code\":\"identity_provider_unavailable\"");
		assertThat(nodes.drain("441704")).isEmpty();

		idp.tokenExchange().reset();
		assertThat(county.get("/api/v1/me").statusCode()).isEqualTo(200);
		assertThat(audienceOf(nodes.drain("441704").get(0))).containsExactly("node-441704");
	}

	@Test
	void aSessionTokenTheIdentityProviderNoLongerAcceptsEndsTheSession() {
		Browser county = signedIn("supervisor-441704", "441704", null, "supervisor");
		idp.endAllSessions();

		HttpResponse<String> me = county.get("/api/v1/me");

		assertThat(me.statusCode()).isEqualTo(401);
		assertThat(me.body()).contains("\"code\":\"session_expired\"");
		assertThat(idp.tokenExchange().requests()).last()
			.satisfies((exchange) -> assertThat(exchange.get("subject_token")).containsExactly(idp.lastAccessToken()));
		assertThat(nodes.drain("441704")).isEmpty();
		assertThat(county.get("/whoami").statusCode()).isEqualTo(401);
	}

	@Test
	void aNodeTokenIsReusedWhileItLasts() {
		Browser city = signedIn("leader-441700", "441700", null, "leader");
		int exchanged = idp.tokenExchange().exchanged();

		for (int i = 0; i < 3; i++) {
			assertThat(city.get("/api/v1/me").statusCode()).isEqualTo(200);
			assertThat(city.get("/nodes/441704/api/v1/me").statusCode()).isEqualTo(200);
		}

		assertThat(idp.tokenExchange().exchanged() - exchanged).isEqualTo(2);
		assertThat(oneTokenEach(nodes.drain("441700"), 3)).isNotEqualTo(oneTokenEach(nodes.drain("441704"), 3));
	}

	@Test
	void aNodeTokenAboutToExpireIsExchangedAgain() throws InterruptedException {
		Browser county = signedIn("supervisor-441704", "441704", null, "supervisor");
		// valid for 3 s past the gateway's margin of 30 s
		idp.tokenExchange().lifetime(Duration.ofSeconds(33));
		int exchanged = idp.tokenExchange().exchanged();

		county.get("/api/v1/me");
		county.get("/api/v1/me");
		assertThat(idp.tokenExchange().exchanged() - exchanged).isEqualTo(1);
		Thread.sleep(3_500);
		county.get("/api/v1/me");

		assertThat(idp.tokenExchange().exchanged() - exchanged).isEqualTo(2);
		List<String> tokens = nodes.drain("441704").stream().map(StubbedGatewayTest::tokenOf).toList();
		assertThat(tokens).hasSize(3);
		assertThat(tokens.get(0)).isEqualTo(tokens.get(1)).isNotEqualTo(tokens.get(2));
	}

	@Test
	void aRefreshedSessionTokenDropsTheNodeTokensExchangedFromTheOldOne() {
		idp.accessTokenLifetime(Duration.ofSeconds(30)); // inside the client's 60 s skew
		Browser county = signedIn("supervisor-441704", "441704", null, "supervisor");
		int exchanged = idp.tokenExchange().exchanged();

		county.get("/api/v1/me");
		String first = idp.lastAccessToken();
		county.get("/api/v1/me");
		String second = idp.lastAccessToken();

		assertThat(second).isNotEqualTo(first);
		assertThat(idp.tokenExchange().exchanged() - exchanged).isEqualTo(2);
		List<Map<String, List<String>>> requests = idp.tokenExchange().requests();
		assertThat(requests.subList(requests.size() - 2, requests.size()))
			.extracting((exchange) -> exchange.get("subject_token").get(0))
			.containsExactly(first, second);
		List<String> tokens = nodes.drain("441704").stream().map(StubbedGatewayTest::tokenOf).toList();
		assertThat(tokens).hasSize(2).doesNotHaveDuplicates();
	}

	@Test
	void concurrentCallsOfASessionExchangeOncePerAudience() {
		Browser city = signedIn("leader-441700", "441700", null, "leader");
		idp.tokenExchange().delay(Duration.ofMillis(300));
		int exchanged = idp.tokenExchange().exchanged();

		List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			calls.add(CompletableFuture.supplyAsync(() -> city.get("/api/v1/me")));
			calls.add(CompletableFuture.supplyAsync(() -> city.get("/nodes/441704/api/v1/me")));
		}

		assertThat(calls).allSatisfy((call) -> assertThat(call.join().statusCode()).isEqualTo(200));
		assertThat(idp.tokenExchange().exchanged() - exchanged).isEqualTo(2);
		assertThat(oneTokenEach(nodes.drain("441700"), 4)).isNotEqualTo(oneTokenEach(nodes.drain("441704"), 4));
	}

	/** The one token all these requests carried. */
	private static String oneTokenEach(List<Received> requests, int count) {
		assertThat(requests).hasSize(count);
		List<String> tokens = requests.stream().map(StubbedGatewayTest::tokenOf).distinct().toList();
		assertThat(tokens).hasSize(1);
		return tokens.get(0);
	}

}
