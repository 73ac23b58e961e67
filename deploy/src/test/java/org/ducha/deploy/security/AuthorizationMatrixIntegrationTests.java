package org.ducha.deploy.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.grpc.MethodDescriptor;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.ducha.deploy.keycloak.DemoRealm;
import org.ducha.deploy.keycloak.DuchaKeycloak;
import org.ducha.deploy.keycloak.KeycloakExtension;
import org.ducha.node.NodeLevel;
import org.ducha.node.federation.grpc.LinkServer;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix: the expected status of every route for every role, by hand in
 * {@code authorization-matrix.tsv}, checked against a node with real Keycloak tokens. The
 * routes and gRPC methods are discovered at run time — the gRPC methods from the services
 * the running link server serves — and one the file lacks, or one the node no longer has,
 * fails the build, so every new route brings its row. Each gRPC method is called over the
 * network.
 */
@ExtendWith(KeycloakExtension.class)
class AuthorizationMatrixIntegrationTests {

	private static final List<String> COLUMNS = List.of("anonymous", "supervisor", "leader", "handler", "unit-head",
			"observer", "sysadmin", "secadmin", "auditor", "node");

	@RegisterExtension
	static final GreenMailExtension mail = RealmMail.server();

	private static final RealmMail realmMail = new RealmMail();

	private static DuchaKeycloak keycloak;

	private static TestNode province;

	private static TestNode city;

	private static Callers callers;

	private static MatrixRequests requests;

	private static Map<String, List<String>> matrix;

	@BeforeAll
	static void start(DuchaKeycloak server) throws IOException {
		keycloak = server;
		realmMail.pointAt(keycloak, mail);
		province = KeycloakNodes.province(keycloak);
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.parent("440000", "127.0.0.1:1")
			.children("441702", "441704")
			// its link server runs, with TLS: its gRPC methods are called over the
			// network
			.property("ducha.scheduling", "false")
			.property("ducha.federation.scheduling", "false")
			.departments(Map.of("fgj", "阳江市发展和改革局", "jyj", "阳江市教育局"))
			.property("ducha.security.keycloak.issuer-uri", keycloak.issuer())
			.property("ducha.security.keycloak.client-secret", DemoRealm.nodeSecret("441700"))
			.property("ducha.users.province-url", "http://127.0.0.1:" + province.httpPort())
			.start();
		callers = new Callers(keycloak);
		Fixtures fixtures = new Fixtures(city, "441700:fgj", keycloak);
		FindingFixtures findings = new FindingFixtures(city, "441700:fgj", fixtures);
		requests = new MatrixRequests(fixtures, new LadderFixtures(city, "441700:fgj"),
				new InspectionPlanFixtures(city, "441700:fgj"), new ConclusionFixtures(city, "441700:fgj"), findings,
				new DocumentFixtures(city, fixtures, findings), new BulletinFixtures(city, "441700:fgj"),
				new ReportsFixtures(city, "441700:fgj", fixtures));
		matrix = read();
	}

	@AfterAll
	static void stop() {
		if (city != null) {
			city.close();
		}
		if (province != null) {
			province.close();
		}
		realmMail.restore(keycloak);
	}

	private static Map<String, List<String>> read() throws IOException {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		try (InputStream in = AuthorizationMatrixIntegrationTests.class
			.getResourceAsStream("/authorization-matrix.tsv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t");
				assertThat(cells).as("row " + line).hasSize(COLUMNS.size() + 1);
				assertThat(rows.put(cells[0], List.of(cells).subList(1, cells.length)))
					.as("row named twice: " + cells[0])
					.isNull();
			}
		}
		return rows;
	}

	/** Every route the node serves, as {@code METHOD pattern}. */
	private static Set<String> discoveredRoutes() {
		Set<String> routes = new TreeSet<>();
		RequestMappingHandlerMapping mapping = city.context()
			.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			Set<String> patterns = info.getPatternValues();
			var methods = info.getMethodsCondition().getMethods();
			for (String pattern : patterns) {
				if (methods.isEmpty()) {
					routes.add("GET " + pattern);
				}
				methods.forEach((method) -> routes.add(method.name() + " " + pattern));
			}
		}
		grpcMethods().keySet().forEach((method) -> routes.add("GRPC " + method));
		return routes;
	}

	/** The methods of the services the running link server serves, by full name. */
	private static Map<String, MethodDescriptor<?, ?>> grpcMethods() {
		Map<String, MethodDescriptor<?, ?>> methods = new TreeMap<>();
		for (ServerServiceDefinition service : city.bean(LinkServer.class).services()) {
			for (ServerMethodDefinition<?, ?> method : service.getMethods()) {
				methods.put(method.getMethodDescriptor().getFullMethodName(), method.getMethodDescriptor());
			}
		}
		return methods;
	}

	@Test
	void everyRouteAndGrpcMethodHasItsRowAndEveryRowItsRoute() {
		Set<String> discovered = discoveredRoutes();
		assertThat(matrix.keySet()).as("routes the node serves that authorization-matrix.tsv lacks")
			.containsAll(discovered);
		assertThat(discovered).as("rows of authorization-matrix.tsv for routes the node no longer serves")
			.containsAll(matrix.keySet());
	}

	@Test
	void everyRouteAnswersEveryRoleAsTheMatrixSays() {
		List<String> mismatches = new ArrayList<>();
		matrix.forEach((route, expected) -> {
			if (route.startsWith("GRPC ")) {
				return;
			}
			for (int column = 0; column < COLUMNS.size(); column++) {
				if (expected.get(column).equals("-")) {
					continue;
				}
				int status = call(route, COLUMNS.get(column));
				if (status != Integer.parseInt(expected.get(column))) {
					mismatches.add(route + " as " + COLUMNS.get(column) + ": " + status + ", expected "
							+ expected.get(column));
				}
			}
		});
		assertThat(mismatches).isEmpty();
	}

	/**
	 * Each gRPC method of the running link server, called over the network with county
	 * 441704's certificate and each column's token; the server's answer is the evidence.
	 */
	@Test
	void everyGrpcMethodAnswersEveryCallerAsTheMatrixSays() {
		List<String> mismatches = new ArrayList<>();
		try (LinkCalls county = new LinkCalls(city.linkAddress(), "441704")) {
			grpcMethods().forEach((name, method) -> {
				List<String> expected = matrix.get("GRPC " + name);
				for (int column = 0; column < COLUMNS.size(); column++) {
					String caller = COLUMNS.get(column);
					String token = caller.equals("node") ? callers.node("441704") : callers.user(username(caller));
					LinkCalls.Answer answer = county.call(method, token);
					if (!answer.outcome().equals(expected.get(column))) {
						mismatches.add(name + " by a county with the token of " + caller + ": " + answer.outcome()
								+ " (" + answer.evidence() + "), expected " + expected.get(column));
					}
				}
			});
		}
		assertThat(mismatches).isEmpty();
	}

	private static String username(String column) {
		return column.equals("anonymous") ? "anonymous" : DemoRealm.username(column, "441700");
	}

	/** Calls a route as a caller, on fresh objects; returns the status. */
	private static int call(String route, String caller) {
		String method = route.substring(0, route.indexOf(' '));
		String pattern = route.substring(route.indexOf(' ') + 1);
		MatrixRequests.Request request = requests.request(pattern, method);
		// a node's token names its parent only (docs/security.md §2.1): the node column
		// is
		// county 441704's, the one node account whose token the city accepts at all
		String token = caller.equals("node") ? callers.node("441704") : callers.user(username(caller));
		RestClient.RequestBodySpec spec = city.anonymous().method(HttpMethod.valueOf(method)).uri(request.uri());
		if (token != null) {
			spec.header("Authorization", "Bearer " + token);
		}
		if (request.body() instanceof MultiValueMap) {
			spec.contentType(MediaType.MULTIPART_FORM_DATA);
		}
		if (request.body() != null) {
			spec.body(request.body());
		}
		return spec.retrieve().onStatus(HttpStatusCode::isError, (q, r) -> {
		}).toBodilessEntity().getStatusCode().value();
	}

}
