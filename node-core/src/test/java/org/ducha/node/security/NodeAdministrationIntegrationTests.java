package org.ducha.node.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city's administration — its links, its audit trail, its calendar route, its metrics —
 * answers its own administrators, not administrators of another node holding the same
 * role: not the province above it, not a county below it, not another city.
 */
class NodeAdministrationIntegrationTests {

	/** The nodes whose administrators are not this city's. */
	private static final Map<String, String> OTHER_NODES = Map.of("the province above", "440000", "a county below",
			"441704", "another city", "440900");

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.parent("440000", "127.0.0.1:1")
			.children("441702", "441704")
			.withoutTransport()
			.start();
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	/**
	 * A route of the node's administration and the role it answers.
	 *
	 * @param method HTTP method
	 * @param uri the route with its variables
	 * @param role the administrator role it answers
	 * @param allowed the status it answers this node's administrator
	 */
	private record AdminRoute(String method, String uri, String role, int allowed) {
	}

	private static final List<AdminRoute> ROUTES = List.of(
			new AdminRoute("GET", "/api/v1/federation/links", "sysadmin", 200),
			new AdminRoute("POST", "/api/v1/federation/links/441704/resume", "sysadmin", 202),
			new AdminRoute("GET", "/api/v1/audit", "auditor", 200),
			new AdminRoute("GET", "/api/v1/audit/verify", "auditor", 200),
			new AdminRoute("GET", "/actuator/metrics", "sysadmin", 200),
			new AdminRoute("GET", "/actuator/metrics/jvm.threads.live", "sysadmin", 200));

	/** Calls a route; answers its status and its body as text (JSON, or metrics). */
	private static ResponseEntity<String> call(String method, String uri, String token) {
		return city.api(token)
			.method(HttpMethod.valueOf(method))
			.uri(uri)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.toEntity(String.class);
	}

	private static String administrator(String role, String node) {
		return TestKeys.token(role + "-" + node, node, null, role);
	}

	@Test
	void theRoutesAnswerThisNodesAdministrators() {
		for (AdminRoute route : ROUTES) {
			assertThat(call(route.method(), route.uri(), administrator(route.role(), "441700")).getStatusCode().value())
				.as(route.method() + " " + route.uri())
				.isEqualTo(route.allowed());
		}
	}

	@Test
	void administratorsOfAnotherNodeAreRefusedThoughTheyHoldTheRole() {
		List<String> mismatches = new ArrayList<>();
		for (AdminRoute route : ROUTES) {
			OTHER_NODES.forEach((relation, node) -> {
				String token = administrator(route.role(), node);
				// the control: the token does hold the role, so only the node check
				// refuses
				assertThat(call("GET", "/api/v1/me", token).getBody())
					.contains("\"roles\":[\"" + route.role().toUpperCase() + "\"]");
				ResponseEntity<String> answer = call(route.method(), route.uri(), token);
				if (answer.getStatusCode().value() != 403 || !answer.getBody()
					.contains("your role " + route.role() + " is held at " + node
							+ ", which this node does not administer")) {
					mismatches.add(route.method() + " " + route.uri() + " by the " + route.role() + " of " + relation
							+ ": " + answer.getStatusCode().value() + " " + answer.getBody());
				}
			});
		}
		assertThat(mismatches).isEmpty();
	}

	@Test
	void theCalendarRouteRefusesAnotherNodesSysadminBeforeTheServiceDecides() {
		Map<String, Object> notice = Map.of("reason", "2029年部分节假日安排", "days",
				List.of(Map.of("date", "2029-10-01", "name", "国庆节", "offDay", true)));
		ResponseEntity<Map> ancestor = city.api(administrator("sysadmin", "440000"))
			.put()
			.uri("/api/v1/admin/calendar/notices/2029")
			.body(notice)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.toEntity(Map.class);
		assertThat(ancestor.getStatusCode().value()).isEqualTo(403);
		assertThat((String) ancestor.getBody().get("detail")).contains(
				"Only administrators of 阳江市 (441700) with role sysadmin may do this; your role sysadmin is held at 440000");
		ResponseEntity<Map> own = city.api(administrator("sysadmin", "441700"))
			.put()
			.uri("/api/v1/admin/calendar/notices/2029")
			.body(notice)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.toEntity(Map.class);
		assertThat(own.getStatusCode().value())
			.as("the city's own sysadmin passes the route, and the calendar service sends it to the province")
			.isEqualTo(403);
		assertThat((String) own.getBody().get("detail")).contains("The calendar is edited at the province");
	}

	@Test
	void aRoleThatIsNoAdministratorsIsToldWhomTheRouteAnswers() {
		ResponseEntity<String> answer = call("GET", "/api/v1/audit",
				TestKeys.token("li", "441700", null, "supervisor"));
		assertThat(answer.getStatusCode().value()).isEqualTo(403);
		assertThat(answer.getBody()).contains("Only administrators of 阳江市 (441700) with role auditor may do this");
	}

}
