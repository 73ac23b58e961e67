package org.ducha.deploy.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.ducha.deploy.keycloak.DemoRealm;
import org.ducha.deploy.keycloak.DuchaKeycloak;
import org.ducha.deploy.keycloak.KeycloakExtension;
import org.ducha.deploy.keycloak.Token;
import org.ducha.node.NodeLevel;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city's administration — its links, its audit trail and its verification, the calendar
 * route, its metrics — with real Keycloak tokens of the demo administrators: the city's
 * own administrator is answered; the administrator holding the same role at the province
 * above, at another city, or at a county below is refused, the refusal naming the node.
 * The control: each refused token does hold the role (only its node differs), and the
 * city's own holder of the role is answered on the same route.
 */
@ExtendWith(KeycloakExtension.class)
class NodeAdministrationScopeIntegrationTests {

	/** The administrators' nodes in each relation to the city 441700. */
	private static final Map<String, String> RELATIONS = new LinkedHashMap<>();

	static {
		RELATIONS.put("the city itself", "441700");
		RELATIONS.put("the province above (an ancestor)", "440000");
		RELATIONS.put("another city", "440900");
		RELATIONS.put("a county below", "441704");
	}

	private static TestNode city;

	private static Callers callers;

	@BeforeAll
	static void start(DuchaKeycloak keycloak) {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.parent("440000", "127.0.0.1:1")
			.children("441702", "441704")
			.withoutTransport()
			.property("ducha.security.keycloak.issuer-uri", keycloak.issuer())
			.property("ducha.security.keycloak.client-secret", DemoRealm.nodeSecret("441700"))
			.start();
		callers = new Callers(keycloak);
	}

	@AfterAll
	static void stop() {
		if (city != null) {
			city.close();
		}
	}

	/**
	 * A route of the city's administration.
	 *
	 * @param method HTTP method
	 * @param uri the route with its variables
	 * @param role the administrator role it answers
	 * @param own the status the city's own administrator gets
	 * @param body the JSON body, if any
	 */
	private record AdminRoute(String method, String uri, String role, int own, Object body) {
	}

	private static List<AdminRoute> routes() {
		return List.of(new AdminRoute("GET", "/api/v1/federation/links", "sysadmin", 200, null),
				new AdminRoute("POST", "/api/v1/federation/links/441704/pause", "sysadmin", 202, null),
				new AdminRoute("POST", "/api/v1/federation/links/441704/resume", "sysadmin", 202, null),
				new AdminRoute("POST", "/api/v1/federation/links/441704/resync", "sysadmin", 202, null),
				new AdminRoute("GET", "/api/v1/audit", "auditor", 200, null),
				new AdminRoute("GET", "/api/v1/audit/verify", "auditor", 200, null),
				new AdminRoute("GET", "/actuator/metrics", "sysadmin", 200, null),
				new AdminRoute("GET", "/actuator/metrics/jvm.threads.live", "sysadmin", 200, null),
				// the calendar is set at the province: the city's own sysadmin passes the
				// route and is then refused by the calendar service
				new AdminRoute("PUT", "/api/v1/admin/calendar/notices/2029", "sysadmin", 403, Map.of("reason",
						"2029年部分节假日安排", "days", List.of(Map.of("date", "2029-10-01", "name", "国庆节", "offDay", true)))));
	}

	private static ResponseEntity<String> call(AdminRoute route, String token) {
		var spec = city.api(token).method(HttpMethod.valueOf(route.method())).uri(route.uri());
		if (route.body() != null) {
			spec.body(route.body());
		}
		ResponseEntity<String> answer = spec.retrieve().onStatus(HttpStatusCode::isError, (request, response) -> {
		}).toEntity(String.class);
		// a 202 has no body
		return ResponseEntity.status(answer.getStatusCode()).body(Objects.toString(answer.getBody(), ""));
	}

	@Test
	void theCitysAdministrationAnswersItsOwnAdministratorsOnly() {
		List<String> mismatches = new ArrayList<>();
		for (AdminRoute route : routes()) {
			RELATIONS.forEach((relation, node) -> {
				String token = callers.user(DemoRealm.username(route.role(), node));
				ResponseEntity<String> answer = call(route, token);
				int status = answer.getStatusCode().value();
				boolean own = node.equals("441700");
				String refusal = "your role " + route.role() + " is held at " + node
						+ ", which this node does not administer";
				if (own ? status != route.own() || answer.getBody().contains(refusal)
						: status != 403 || !answer.getBody().contains(refusal)) {
					mismatches.add(route.method() + " " + route.uri() + " by the " + route.role() + " of " + relation
							+ ": " + status + " " + answer.getBody());
				}
			});
		}
		assertThat(mismatches).isEmpty();
	}

	@Test
	void theRefusedAdministratorsDoHoldTheRole() {
		for (String role : List.of("sysadmin", "auditor")) {
			RELATIONS.forEach((relation, node) -> {
				Token token = Token.parse(callers.user(DemoRealm.username(role, node)));
				assertThat(token.roles()).as(role + " of " + relation).contains(role);
				assertThat(token.claim("org_code")).as(role + " of " + relation).isEqualTo(node);
			});
		}
	}

}
