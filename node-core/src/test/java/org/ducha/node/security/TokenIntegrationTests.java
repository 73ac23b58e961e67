package org.ducha.node.security;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.ForgedTokens;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which tokens a node accepts: wrong audience, wrong issuer, expired, unsigned or
 * foreign-signed tokens are refused; an account holding two administrator roles (三员分立) is
 * refused; the audit trail answers to the auditor alone.
 */
class TokenIntegrationTests {

	private static TestNode node;

	@BeforeAll
	static void start() {
		node = TestNode.node("441700", NodeLevel.CITY).withoutTransport().start();
	}

	@AfterAll
	static void stop() {
		node.close();
	}

	private static ResponseEntity<Map> get(String token, String uri) {
		return node.api(token).get().uri(uri).retrieve().onStatus(HttpStatusCode::isError, (request, response) -> {
		}).toEntity(Map.class);
	}

	@Test
	void refusesTokensThatAreNotValidForThisNode() {
		assertThat(get(TestKeys.token("zhang", "441700", null, "supervisor"), "/api/v1/tasks").getStatusCode().value())
			.as("a valid token")
			.isEqualTo(200);
		Map<String, String> forged = Map.of("wrong audience", ForgedTokens.wrongAudience("441700"), "wrong issuer",
				ForgedTokens.wrongIssuer("441700"), "expired", ForgedTokens.expired("441700"), "alg none",
				ForgedTokens.unsigned("441700"), "another key", ForgedTokens.otherKey("441700"), "not a token",
				"abc.def");
		forged.forEach((why, token) -> {
			ResponseEntity<Map> response = get(token, "/api/v1/tasks");
			assertThat(response.getStatusCode().value()).as(why).isEqualTo(401);
			assertThat(response.getBody()).as(why).containsEntry("code", "unauthenticated");
		});
	}

	@Test
	void refusesAnAccountHoldingTwoAdministratorRoles() {
		ResponseEntity<Map> response = get(TestKeys.token("root", "441700", null, "sysadmin", "auditor"), "/api/v1/me");
		assertThat(response.getStatusCode().value()).isEqualTo(401);
		assertThat((String) response.getBody().get("detail")).contains("三员分立").contains("sysadmin, auditor");
		assertThat(get(TestKeys.token("admin", "441700", null, "sysadmin"), "/api/v1/me").getStatusCode().value())
			.isEqualTo(200);
	}

	@Test
	void onlyTheAuditorReadsTheAuditTrail() {
		assertThat(get(TestKeys.token("shen", "441700", null, "auditor"), "/api/v1/audit").getStatusCode().value())
			.isEqualTo(200);
		for (String role : new String[] { "sysadmin", "secadmin", "supervisor", "leader" }) {
			assertThat(get(TestKeys.token("x", "441700", null, role), "/api/v1/audit").getStatusCode().value()).as(role)
				.isEqualTo(403);
		}
	}

}
