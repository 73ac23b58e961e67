package org.ducha.deploy.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.ducha.deploy.keycloak.DemoRealm;
import org.ducha.deploy.keycloak.DuchaKeycloak;
import org.ducha.deploy.keycloak.KeycloakExtension;
import org.ducha.node.NodeLevel;
import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.testing.PipedLink;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object-level authorization (BOLA, docs/security.md §4.3): every id-taking endpoint of a
 * county node, called on objects of one of its departments by callers in every relation
 * to them — the own unit, another unit of the county, a sibling county, a county of
 * another city, the parent city, the province, nobody — with real Keycloak tokens. No
 * caller gets an unexpected 2xx, and an object out of the caller's scope answers exactly
 * like a missing one. The county also links to its city with its Keycloak node token.
 */
@ExtendWith(KeycloakExtension.class)
class ObjectLevelAuthorizationIntegrationTests {

	/** Caller relations to objects of department 441704:jyj, by demo account. */
	private static final Map<String, String> CALLERS = new LinkedHashMap<>();

	static {
		CALLERS.put("own unit", "handler-441704");
		CALLERS.put("another unit of the county", "handler-441704-nyj");
		CALLERS.put("sibling county", "supervisor-441702");
		CALLERS.put("county of another city", "supervisor-440902");
		CALLERS.put("parent city", "supervisor-441700");
		CALLERS.put("province", "supervisor-440000");
		CALLERS.put("nobody", "anonymous");
	}

	@RegisterExtension
	static final GreenMailExtension mail = RealmMail.server();

	private static final RealmMail realmMail = new RealmMail();

	private static DuchaKeycloak keycloak;

	private static TestNode province;

	private static TestNode city;

	private static TestNode county;

	private static Callers callers;

	private static Fixtures fixtures;

	private static ObjectLevelEndpoints endpoints;

	@BeforeAll
	static void start(DuchaKeycloak server) {
		keycloak = server;
		realmMail.pointAt(keycloak, mail);
		province = KeycloakNodes.province(keycloak);
		city = node("441700",
				TestNode.node("441700", NodeLevel.CITY).parent("440000", "127.0.0.1:1").children("441702", "441704"));
		county = node("441704",
				TestNode.node("441704", NodeLevel.COUNTY)
					.parent("441700", "127.0.0.1:1")
					.departments(Map.of("jyj", "阳东区教育局", "nyj", "阳东区农业农村局")));
		PipedLink link = PipedLink.connect(city, county);
		link.drain();
		assertThat(link.isOpen()).as("the county links with its Keycloak node token").isTrue();
		callers = new Callers(keycloak);
		fixtures = new Fixtures(county, "441704:jyj", keycloak);
		FindingFixtures findings = new FindingFixtures(county, "441704:jyj", fixtures);
		endpoints = new ObjectLevelEndpoints(new LadderFixtures(county, "441704:jyj"),
				new InspectionPlanFixtures(county, "441704:jyj"), new ConclusionFixtures(county, "441704:jyj"),
				findings, new DocumentFixtures(county, fixtures, findings), new BulletinFixtures(county, "441704:jyj"),
				new ReportsFixtures(county, "441704:jyj", fixtures));
	}

	private static TestNode node(String code, TestNode.Builder builder) {
		return builder.withoutTransport()
			.property("ducha.security.keycloak.issuer-uri", keycloak.issuer())
			.property("ducha.security.keycloak.client-secret", DemoRealm.nodeSecret(code))
			.property("ducha.users.province-url", "http://127.0.0.1:" + province.httpPort())
			.start();
	}

	@AfterAll
	static void stop() {
		if (county != null) {
			county.close();
		}
		if (city != null) {
			city.close();
		}
		if (province != null) {
			province.close();
		}
		realmMail.restore(keycloak);
	}

	private static ResponseEntity<Object> call(String method, String uri, String username, Object body) {
		RestClient.RequestBodySpec spec = county.anonymous().method(HttpMethod.valueOf(method)).uri(uri);
		String token = callers.user(username);
		if (token != null) {
			spec.header("Authorization", "Bearer " + token);
		}
		if (body != null) {
			spec.body(body);
		}
		// JSON bodies (objects, problems) are read; a file (an attachment) only counts
		return spec.exchange((request, response) -> {
			MediaType type = response.getHeaders().getContentType();
			boolean json = type != null && (type.isCompatibleWith(MediaType.APPLICATION_JSON)
					|| type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			Object read = json ? response.bodyTo(Object.class) : null;
			return ResponseEntity.status(response.getStatusCode()).body(read);
		});
	}

	@Test
	void everyCallerGetsWhatItsRelationAllowsAndNoUnexpected2xx() {
		List<String> mismatches = new ArrayList<>();
		for (ObjectLevelEndpoints.Endpoint endpoint : endpoints.all()) {
			endpoint.expected().forEach((relation, expected) -> {
				String id = endpoint.object().apply(fixtures);
				String uri = endpoint.pattern().replace("{id}", id);
				int status = call(endpoint.method(), uri, CALLERS.get(relation), endpoint.body()).getStatusCode()
					.value();
				if (status != expected) {
					mismatches.add(endpoint.method() + " " + endpoint.pattern() + " by the " + relation + ": " + status
							+ ", expected " + expected);
				}
			});
		}
		assertThat(mismatches).isEmpty();
	}

	@Test
	void anObjectOutOfScopeAnswersExactlyLikeAMissingOne() {
		for (ObjectLevelEndpoints.Endpoint endpoint : endpoints.all()) {
			String id = endpoint.object().apply(fixtures);
			String missing = UUID.randomUUID().toString();
			for (String username : List.of("supervisor-441702", "handler-441704-nyj")) {
				ResponseEntity<Object> hidden = call(endpoint.method(), endpoint.pattern().replace("{id}", id),
						username, endpoint.body());
				ResponseEntity<Object> absent = call(endpoint.method(), endpoint.pattern().replace("{id}", missing),
						username, endpoint.body());
				String where = endpoint.method() + " " + endpoint.pattern() + " by " + username;
				assertThat(hidden.getStatusCode().value()).as(where).isEqualTo(404);
				assertThat(absent.getStatusCode().value()).as(where + " on a missing id").isEqualTo(404);
				Map<?, ?> hiddenProblem = (Map<?, ?>) hidden.getBody();
				Map<?, ?> absentProblem = (Map<?, ?>) absent.getBody();
				assertThat(hiddenProblem.get("code")).as(where).isEqualTo(absentProblem.get("code"));
				assertThat(hiddenProblem.get("title")).as(where).isEqualTo(absentProblem.get("title"));
				assertThat(((String) hiddenProblem.get("detail")).replace(id, "?")).as(where)
					.isEqualTo(((String) absentProblem.get("detail")).replace(missing, "?"));
			}
		}
	}

	/**
	 * An {@code Idempotency-Key} belongs to the account that sent it: another account
	 * sending the same POST with the same key is not answered with the first account's
	 * answer, but as its own request — out of its scope, exactly like a missing object
	 * (docs/architecture.md §8.5).
	 */
	@Test
	void anotherAccountReusingAnIdempotencyKeyGetsNoReplayOfTheOwnersAnswer() {
		String assignment = fixtures.task().assignmentId();
		String key = UUID.randomUUID().toString();
		String uri = "/api/v1/assignments/" + assignment + "/sign";
		ResponseEntity<Object> own = keyed(uri, "handler-441704", key);
		assertThat(own.getStatusCode().value()).as("the own unit signs").isEqualTo(200);
		assertThat(own.getHeaders().getFirst("Idempotency-Replayed")).isNull();
		assertThat(keyed(uri, "handler-441704", key).getHeaders().getFirst("Idempotency-Replayed"))
			.as("its own retry is a replay")
			.isEqualTo("true");
		for (String username : List.of("handler-441704-nyj", "supervisor-441702")) {
			ResponseEntity<Object> other = keyed(uri, username, key);
			assertThat(other.getStatusCode().value()).as(username + " with the owner's key").isEqualTo(404);
			assertThat(other.getHeaders().getFirst("Idempotency-Replayed")).as(username).isNull();
		}
	}

	private static ResponseEntity<Object> keyed(String uri, String username, String key) {
		return county.anonymous()
			.post()
			.uri(uri)
			.header("Authorization", "Bearer " + callers.user(username))
			.header("Idempotency-Key", key)
			.exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
				.headers(response.getHeaders())
				.body((Object) response.bodyTo(String.class)));
	}

	/**
	 * An invited observer of the county reads the task they are invited to and nothing
	 * else: another task, one whose invitation ended yesterday or was withdrawn, answer
	 * exactly like a missing one; another node's observer reads none of it; only the
	 * county's own supervisors withdraw its invitations.
	 */
	@Test
	void anInvitedObserverReadsOnlyTheInvitedTaskWhileInvited() {
		String invited = fixtures.task().taskId();
		fixtures.invitation(invited);
		String ended = fixtures.task().taskId();
		fixtures.endedYesterday(fixtures.invitation(ended));
		String withdrawn = fixtures.task().taskId();
		String withdrawal = fixtures.invitation(withdrawn);
		String notInvited = fixtures.task().taskId();

		for (String username : List.of("supervisor-441700", "supervisor-441702", "leader-441704", "observer-441704")) {
			assertThat(call("POST", "/api/v1/observers/invitations/" + withdrawal + "/withdraw", username,
					Map.of("reason", "越权撤回"))
				.getStatusCode()
				.value()).as(username + " withdrawing").isEqualTo(403);
		}
		assertThat(call("POST", "/api/v1/observers/invitations/" + withdrawal + "/withdraw", "supervisor-441704",
				Map.of("reason", "调整受邀人员"))
			.getStatusCode()
			.value()).isEqualTo(200);

		assertThat(call("GET", "/api/v1/tasks/" + invited, "observer-441704", null).getStatusCode().value())
			.isEqualTo(200);
		assertThat(
				call("GET", "/api/v1/tasks/" + invited + "/timeline", "observer-441704", null).getStatusCode().value())
			.isEqualTo(200);
		assertThat(call("GET", "/api/v1/tasks/" + invited, "observer-441702", null).getStatusCode().value())
			.as("another county's observer")
			.isEqualTo(404);
		Map<String, String> outside = Map.of("not invited", notInvited, "ended yesterday", ended, "withdrawn",
				withdrawn);
		String missing = UUID.randomUUID().toString();
		Map<?, ?> absent = (Map<?, ?>) call("GET", "/api/v1/tasks/" + missing, "observer-441704", null).getBody();
		outside.forEach((why, id) -> {
			ResponseEntity<Object> hidden = call("GET", "/api/v1/tasks/" + id, "observer-441704", null);
			assertThat(hidden.getStatusCode().value()).as(why).isEqualTo(404);
			Map<?, ?> problem = (Map<?, ?>) hidden.getBody();
			assertThat(problem.get("title")).as(why).isEqualTo(absent.get("title"));
			assertThat(((String) problem.get("detail")).replace(id, "?")).as(why)
				.isEqualTo(((String) absent.get("detail")).replace(missing, "?"));
		});
		Map<?, ?> page = (Map<?, ?>) call("GET", "/api/v1/tasks?size=200", "observer-441704", null).getBody();
		List<Object> listed = ((List<?>) page.get("items")).stream()
			.map((item) -> ((Map<?, ?>) item).get("id"))
			.map(Object.class::cast)
			.toList();
		assertThat(listed).contains(invited).doesNotContain(ended, withdrawn, notInvited);
	}

	@Test
	void aCitySecurityAdministratorSeesOnlyItsSubtreesPeople() {
		RestClient secadmin = city.api(callers.user("secadmin-441700"));
		List<Map<String, Object>> users = secadmin.get()
			.uri("/api/v1/admin/users?size=500")
			.retrieve()
			.body(List.class);
		assertThat(users).extracting((user) -> user.get("username"))
			.contains("handler-441704", "supervisor-441702", "handler-441700")
			.doesNotContain("handler-440902", "supervisor-440900", "supervisor-440000");
		String otherCity = fixtures.userId("handler-440902");
		int status = secadmin.get()
			.uri("/api/v1/admin/users/{id}", otherCity)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (q, r) -> {
			})
			.toBodilessEntity()
			.getStatusCode()
			.value();
		assertThat(status).isEqualTo(404);
	}

	@Test
	void aCountyShowingAnotherCountysNodeTokenIsRefusedAndAudited() {
		PipedLink impostor = PipedLink.towards(city, "441704", callers.node("441702"));
		impostor.sendToParent(org.ducha.proto.federation.v1.Frame.newBuilder()
			.setHello(org.ducha.node.testing.Hellos.freshChild("441704"))
			.build());
		impostor.drain();
		assertThat(impostor.isOpen()).isFalse();
		assertThat(city.bean(AuditTrail.class).latest(50)).extracting(AuditRecord::detail)
			.anySatisfy((detail) -> assertThat(detail).contains("its node token names node 441702"));
	}

	/**
	 * Who appoints the administrators of county 441704, each through their own node (a
	 * node forwards to the province, which the province's own callers use directly): only
	 * the security administrator of its parent city. Not the county's own, not a sibling
	 * county's, not another city's, not the province's (two levels up), and the county's
	 * cannot appoint its parent's either.
	 */
	@Test
	void aCountysAdministratorsAreAppointedByItsParentCitysSecurityAdministratorOnly() {
		Map<String, TestNode> through = new LinkedHashMap<>();
		through.put("secadmin-441704", county);
		through.put("secadmin-441702", province);
		through.put("secadmin-440900", province);
		through.put("secadmin-440000", province);
		through.forEach(
				(secadmin, node) -> assertThat(appoint(node, secadmin, "441704", "auditor").getStatusCode().value())
					.as(secadmin + " appointing an auditor of 441704")
					.isEqualTo(403));
		assertThat(appoint(county, "secadmin-441704", "441700", "sysadmin").getStatusCode().value())
			.as("the county appointing its parent's administrator")
			.isEqualTo(403);
		assertThat(appoint(province, "secadmin-441704", "441700", "sysadmin").getStatusCode().value())
			.as("the same, straight at the province")
			.isEqualTo(403);
		assertThat(keycloak.realm().users().search("appointed-", 0, 50)).isEmpty();

		ResponseEntity<Map> byParent = appoint(city, "secadmin-441700", "441704", "auditor");
		assertThat(byParent.getStatusCode().value()).isEqualTo(201);
		assertThat(byParent.getBody()).containsEntry("roles", List.of("auditor"));
		String appointed = (String) byParent.getBody().get("id");
		RestClient citySecadmin = city.api(callers.user("secadmin-441700"));
		RestClient countySecadmin = county.api(callers.user("secadmin-441704"));
		assertThat(status(countySecadmin, "/api/v1/admin/users/" + appointed + "/disable"))
			.as("the county's secadmin disabling the county's auditor")
			.isEqualTo(403);
		assertThat(status(citySecadmin, "/api/v1/admin/users/" + appointed + "/disable"))
			.as("the parent's secadmin disabling it")
			.isEqualTo(200);
		assertThat(status(citySecadmin, "/api/v1/admin/users/" + fixtures.userId("auditor-440902") + "/disable"))
			.as("another city's county's auditor")
			.isEqualTo(404);
		keycloak.realm().users().delete(appointed).close();
	}

	private static ResponseEntity<Map> appoint(TestNode node, String secadmin, String nodeCode, String role) {
		String username = "appointed-" + UUID.randomUUID().toString().substring(0, 8);
		return node.api(callers.user(secadmin))
			.post()
			.uri("/api/v1/admin/administrators")
			.body(Map.of("username", username, "firstName", "任命", "email", username + "@example.gov.cn", "nodeCode",
					nodeCode, "role", role))
			.retrieve()
			.onStatus(HttpStatusCode::isError, (q, r) -> {
			})
			.toEntity(Map.class);
	}

	private static int status(RestClient client, String uri) {
		return client.post().uri(uri).retrieve().onStatus(HttpStatusCode::isError, (q, r) -> {
		}).toBodilessEntity().getStatusCode().value();
	}

}
