package org.ducha.gateway;

import java.net.URI;
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
 * The browser session: sign-in with PKCE, tokens kept on the server, the access token
 * refreshed and exchanged for the nodes' tokens, CSRF on state-changing calls, and
 * sign-out that ends the identity provider's session as well as the gateway's.
 */
class BrowserSessionIntegrationTests extends StubbedGatewayTest {

	@Test
	void signsInWithPkceAndKeepsEveryTokenOnTheServer() {
		Browser browser = signedIn("supervisor-441704", "441704", null, "supervisor");

		Map<String, String> authorization = idp.authorizationRequests().get(idp.authorizationRequests().size() - 1);
		assertThat(authorization).containsEntry("code_challenge_method", "S256")
			.containsEntry("response_type", "code")
			.containsKeys("code_challenge", "state", "nonce");
		assertThat(authorization.get("redirect_uri"))
			.isEqualTo("http://127.0.0.1:" + this.port + "/login/oauth2/code/keycloak");

		HttpResponse<String> whoami = browser.get("/whoami");
		HttpResponse<String> me = browser.get("/api/v1/me");
		assertThat(whoami.statusCode()).isEqualTo(200);
		assertThat(me.statusCode()).isEqualTo(200);

		String seen = browser.everythingSeen();
		assertThat(idp.issuedTokens()).isNotEmpty().allSatisfy((token) -> assertThat(seen).doesNotContain(token));
		assertThat(browser.cookies()).containsOnlyKeys("DUCHA_SESSION", "XSRF-TOKEN");
		assertThat(browser.setCookies()).filteredOn((cookie) -> cookie.startsWith("DUCHA_SESSION="))
			.isNotEmpty()
			.allSatisfy((cookie) -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax"));
	}

	@Test
	void whoamiTellsWhoIsSignedInAndWhichNodesTheyReach() {
		Browser browser = signedIn("leader-441700", "441700", null, "leader", "supervisor");

		HttpResponse<String> whoami = browser.get("/whoami");

		assertThat(whoami.statusCode()).isEqualTo(200);
		assertThat(whoami.body()).contains("\"username\":\"leader-441700\"")
			.contains("\"orgCode\":\"441700\"")
			.contains("\"roles\":[\"leader\",\"supervisor\"]")
			.contains("\"node\":{\"code\":\"441700\"")
			.contains("\"code\":\"441704\"")
			.doesNotContain("\"code\":\"440000\"")
			.doesNotContain("\"code\":\"440902\"");
	}

	@Test
	void nodesGetTheTokenButNeverTheBrowsersSession() {
		Browser browser = signedIn("handler-441704", "441704", "441704:jyj", "handler");

		HttpResponse<String> me = browser.get("/api/v1/me", "Authorization", "Bearer sent-by-the-browser");

		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("NODE_COOKIE"));
		Received received = nodes.drain("441704").get(0);
		assertThat(audienceOf(received)).containsExactly("node-441704");
		assertThat(received.header("Cookie")).isNull();
		assertThat(received.header("X-XSRF-TOKEN")).isNull();
	}

	@Test
	void stateChangingCallsNeedTheCsrfToken() {
		Browser browser = signedIn("supervisor-441700", "441700", null, "supervisor");

		HttpResponse<String> without = browser.post("/api/v1/tasks", "{\"title\":\"督办\"}");
		HttpResponse<String> wrong = browser.post("/api/v1/tasks", "{\"title\":\"督办\"}", "X-XSRF-TOKEN", "forged");

		for (HttpResponse<String> refused : List.of(without, wrong)) {
			assertThat(refused.statusCode()).isEqualTo(403);
			assertThat(refused.body()).contains("\"code\":\"csrf\"");
		}
		assertThat(nodes.drain("441700")).isEmpty();

		HttpResponse<String> with = browser.post("/api/v1/tasks", "{\"title\":\"督办\"}", "X-XSRF-TOKEN",
				browser.csrfToken());

		assertThat(with.statusCode()).isEqualTo(200);
		assertThat(nodes.drain("441700")).singleElement().satisfies((request) -> {
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.body()).isEqualTo("{\"title\":\"督办\"}");
		});
	}

	@Test
	void refreshesAnExpiringAccessTokenOnceForConcurrentCalls() {
		idp.accessTokenLifetime(Duration.ofSeconds(30)); // inside the client's 60 s skew
		Browser browser = signedIn("supervisor-441704", "441704", null, "supervisor");
		String first = idp.lastAccessToken();
		idp.accessTokenLifetime(Duration.ofMinutes(5));
		int refreshes = idp.refreshes();
		int refused = idp.refusedRefreshes();
		int exchanges = idp.tokenExchange().requests().size();

		List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			calls.add(CompletableFuture.supplyAsync(() -> browser.get("/api/v1/me")));
		}

		assertThat(calls).allSatisfy((call) -> assertThat(call.join().statusCode()).isEqualTo(200));
		assertThat(idp.refreshes() - refreshes).isEqualTo(1);
		assertThat(idp.refusedRefreshes()).isEqualTo(refused);
		assertThat(nodes.drain("441704")).hasSize(6)
			.allSatisfy((request) -> assertThat(audienceOf(request)).containsExactly("node-441704"));
		assertThat(idp.tokenExchange().requests()).hasSize(exchanges + 1)
			.last()
			.satisfies((exchange) -> assertThat(exchange.get("subject_token")).containsExactly(idp.lastAccessToken())
				.doesNotContain(first));
	}

	@Test
	void aRefusedRefreshEndsTheGatewaySession() {
		idp.accessTokenLifetime(Duration.ofSeconds(30));
		Browser browser = signedIn("supervisor-441704", "441704", null, "supervisor");
		idp.endAllSessions();

		HttpResponse<String> me = browser.get("/api/v1/me");

		assertThat(me.statusCode()).isEqualTo(401);
		assertThat(me.body()).contains("\"code\":\"session_expired\"");
		assertThat(nodes.drain("441704")).isEmpty();
		assertThat(browser.get("/whoami").statusCode()).isEqualTo(401);
	}

	@Test
	void signOutEndsTheIdentityProviderSessionAndTheGatewaySession() {
		Browser browser = signedIn("supervisor-441704", "441704", null, "supervisor");
		String session = browser.cookie("DUCHA_SESSION");
		int endSessions = idp.endSessionRequests().size();

		HttpResponse<String> withoutCsrf = browser.get("/logout");
		assertThat(browser.post("/logout", "").statusCode()).isEqualTo(403);
		assertThat(withoutCsrf.statusCode()).isNotEqualTo(302);
		assertThat(browser.get("/whoami").statusCode()).isEqualTo(200);

		HttpResponse<String> signOut = browser.post("/logout", "", "X-XSRF-TOKEN", browser.csrfToken());

		assertThat(signOut.statusCode()).isEqualTo(302);
		assertThat(URI.create(signOut.headers().firstValue("Location").orElseThrow()).getPath()).isEqualTo("/");
		assertThat(signOut.headers().firstValue("Location").orElseThrow()).contains("signed-out")
			.doesNotContain("id_token");
		assertThat(idp.endSessionRequests()).hasSize(endSessions + 1);
		Map<String, String> ended = idp.endSessionRequests().get(endSessions);
		assertThat(ended.get("refresh_token")).startsWith("stub-rt-");
		assertThat(ended.get("authorization")).startsWith("Basic ");

		Browser old = browser();
		HttpResponse<String> whoami = old.get("/whoami", "Cookie", "DUCHA_SESSION=" + session);
		HttpResponse<String> me = old.get("/api/v1/me", "Cookie", "DUCHA_SESSION=" + session);
		assertThat(whoami.statusCode()).isEqualTo(401);
		assertThat(me.statusCode()).isEqualTo(401);
		assertThat(browser.get("/whoami").statusCode()).isEqualTo(401);
		assertThat(nodes.drain("441704")).isEmpty();
	}

}
