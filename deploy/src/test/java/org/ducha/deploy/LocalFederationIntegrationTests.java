package org.ducha.deploy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.ducha.deploy.keycloak.DemoRealm;
import org.ducha.deploy.keycloak.DuchaKeycloak;
import org.ducha.deploy.keycloak.KeycloakExtension;
import org.ducha.deploy.local.LocalFederation;
import org.ducha.deploy.local.LocalSettings;
import org.ducha.deploy.local.NodeApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher's federation (province 440000, city 441700, counties 441704 and 441721,
 * each node its own JVM from its packaged jar, one embedded MariaDB, the gateway) against
 * the real Keycloak: it comes up linked with its demo data written through the APIs
 * (lights of every colour at the city); a supervisor of the province signs in through the
 * gateway and Keycloak's page and creates a task for a county, a leader approves it, and
 * the county sees it; the city's JVM is killed with {@code kill -9} and started again,
 * its links recover, and a report from the county reaches the province.
 */
@ExtendWith(KeycloakExtension.class)
class LocalFederationIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	@Test
	void upLinkedSeededThenACityKilledAndRestartedLosesNothing(DuchaKeycloak keycloak) {
		LocalSettings settings = new LocalSettings().root(Path.of(System.getProperty("ducha.repository.root", "..")))
			.dataDir(Path.of("target", "local-federation"))
			.wipe(true)
			.nodes(List.of("440000", "441700", "441704", "441721"))
			.portOffset(20000)
			.issuer(keycloak.issuer())
			.progress((line) -> System.out.println("[local] " + line));
		try (LocalFederation federation = LocalFederation.start(settings)) {
			assertThat(federation.linkStates()).hasSize(6)
				.allSatisfy((link, state) -> assertThat(state).isEqualTo("CONNECTED"));

			JsonNode lights = federation.api("441700")
				.get(token(keycloak, "supervisor-441700"), "/api/v1/dashboard/summary")
				.path("assignments")
				.path("byLight");
			assertThat(List.of("GREEN", "YELLOW", "RED")).as("the demo data's lights at the city: " + lights)
				.allSatisfy((light) -> assertThat(lights.path(light).asLong()).isPositive());

			// a county's user administration is carried out by the province, scoped to
			// the county
			JsonNode countysPeople = federation.api("441704")
				.get(token(keycloak, "secadmin-441704"), "/api/v1/admin/users?size=200");
			assertThat(countysPeople.findValuesAsString("username")).contains("handler-441704")
				.doesNotContain("handler-441700", "supervisor-440000");

			String gateway = federation.gateway().baseUrl();
			CookieBrowser supervisor = signIn(gateway, "supervisor-440000");
			HttpResponse<String> draft = supervisor.postJson(gateway + "/api/v1/tasks",
					json.writeValueAsString(Map.of("title", "全省安全生产大检查", "source", "MAJOR_DECISION", "type", "SPECIAL",
							"deadline", LocalDate.now().plusMonths(2).toString(), "assignees",
							List.of(Map.of("unitCode", "441704", "role", "LEAD")))),
					"X-XSRF-TOKEN", supervisor.cookie("XSRF-TOKEN"));
			assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
			String taskId = json.readTree(draft.body()).path("id").asString();
			assertThat(supervisor
				.post(gateway + "/api/v1/tasks/" + taskId + "/submit", "X-XSRF-TOKEN", supervisor.cookie("XSRF-TOKEN"))
				.statusCode()).isEqualTo(200);
			CookieBrowser leader = signIn(gateway, "leader-440000");
			HttpResponse<String> approved = leader.post(gateway + "/api/v1/tasks/" + taskId + "/approve",
					"X-XSRF-TOKEN", leader.cookie("XSRF-TOKEN"));
			assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
			String assignment = json.readTree(approved.body()).path("assignments").path(0).path("id").asString();

			NodeApi county = federation.api("441704");
			String countyToken = token(keycloak, "supervisor-441704");
			await("the task at the county",
					() -> county.status(countyToken, "GET", "/api/v1/assignments/" + assignment, null) == 200);
			county.post(countyToken, "/api/v1/assignments/" + assignment + "/sign", null);

			long pid = federation.node("441700").pid();
			federation.node("441700").kill();
			assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			county.post(countyToken, "/api/v1/assignments/" + assignment + "/reports",
					Map.of("percentComplete", 30, "progress", "完成重点企业排查120家"));
			federation.node("441700").start().awaitUp(Duration.ofMinutes(3));
			federation.awaitLinks(Duration.ofMinutes(2));

			NodeApi province = federation.api("440000");
			String provinceToken = token(keycloak, "supervisor-440000");
			await("the county's report at the province",
					() -> province.get(provinceToken, "/api/v1/tasks/" + taskId + "/reports").size() == 1);
			assertThat(province.get(provinceToken, "/api/v1/assignments/" + assignment).path("percentComplete").asInt())
				.isEqualTo(30);
		}
	}

	private static String token(DuchaKeycloak keycloak, String username) {
		return keycloak.token(username).value();
	}

	private static CookieBrowser signIn(String gateway, String username) {
		CookieBrowser browser = new CookieBrowser();
		browser.open(gateway + "/oauth2/authorization/keycloak");
		HttpResponse<String> home = browser.submit(Map.of("username", username, "password", DemoRealm.PASSWORD));
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(browser.get(gateway + "/whoami").body()).contains(username);
		return browser;
	}

	private static void await(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as(what + " within " + PATIENCE).isLessThan(deadline);
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
