package org.ducha.deploy.identity;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.SynchronizationResultRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import org.ducha.deploy.keycloak.BrowserLogin;
import org.ducha.deploy.keycloak.DemoRealm;
import org.ducha.deploy.keycloak.DuchaKeycloak;
import org.ducha.deploy.keycloak.KeycloakExtension;
import org.ducha.deploy.keycloak.Token;
import org.ducha.deploy.keycloak.TokenResponse;
import org.ducha.deploy.security.KeycloakNodes;
import org.ducha.node.testing.TestNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A city keeps its people in its own directory (OpenLDAP): the administrator attaches it
 * to the realm with the component of
 * {@code deploy/keycloak/directory/yangjiang-ldap.json} through Keycloak's admin API. Its
 * people then sign in with their directory password, belong to the city 441700 and to the
 * department of their LDAP unit, and hold the business roles of their LDAP role groups —
 * never an administrator role. Their accounts are the directory's: read-only in Keycloak,
 * and kept but disabled when the directory drops them. While the directory is down, the
 * realm's own accounts still sign in.
 */
@ExtendWith(KeycloakExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectoryFederationIntegrationTests {

	static final String SUFFIX = "dc=yangjiang,dc=gov,dc=cn";

	static final String PASSWORD = "Yangjiang-Ldap-2026";

	static final List<String> PEOPLE = List.of("chenzhiqiang", "linxiaohong", "huangwei", "liangmin", "zhoujie");

	private static DuchaKeycloak keycloak;

	private static Slapd directory;

	private static String componentId;

	private static List<String> realmRoles;

	private static TestNode province;

	@BeforeAll
	static void attachTheCitysDirectory(DuchaKeycloak server) {
		keycloak = server;
		directory = new Slapd(Path.of("target/identity/yangjiang"), SUFFIX);
		directory.load(Path.of("src/test/resources/identity/yangjiang-directory.ldif").toAbsolutePath());
		directory.start();
		realmRoles = realm().roles().list().stream().map(RoleRepresentation::getName).toList();
		componentId = DirectoryComponent.attach(realm(), DirectoryComponent.file("yangjiang-ldap"), Map.of("LDAP_URL",
				directory.url(), "LDAP_BIND_DN", directory.rootDn(), "LDAP_BIND_CREDENTIAL", Slapd.ROOT_PASSWORD));
	}

	@AfterAll
	static void detachTheDirectory() {
		try {
			if (componentId != null) {
				// Keycloak removes the users it imported from the directory with it
				realm().components().component(componentId).remove();
			}
			for (String username : PEOPLE) {
				realm().users()
					.searchByUsername(username, true)
					.forEach((user) -> realm().users().delete(user.getId()).close());
			}
		}
		finally {
			if (directory != null) {
				directory.close();
			}
			if (province != null) {
				province.close();
			}
		}
	}

	@Test
	@Order(1)
	void aFullSyncImportsTheCitysPeopleAsTheDirectorysAccounts() {
		SynchronizationResultRepresentation sync = realm().userStorage().syncUsers(componentId, "triggerFullSync");
		assertThat(sync.getFailed()).isZero();
		assertThat(sync.getAdded() + sync.getUpdated()).as("%s", sync.getStatus()).isEqualTo(4);

		UserRepresentation chen = user("chenzhiqiang");
		assertThat(chen.getFederationLink()).isEqualTo(componentId);
		assertThat(chen.getFirstName()).isEqualTo("陈志强");
		assertThat(chen.getEmail()).isEqualTo("chenzhiqiang@yangjiang.gov.cn");
		assertThat(chen.isEnabled()).isTrue();
	}

	@Test
	@Order(2)
	void aDirectoryUserSignsInAsAPersonOfTheCityAndTheirDepartmentWithTheirBusinessRolesOnly() {
		Token chen = signIn("chenzhiqiang").accessToken();
		assertThat(chen.claim("org_code")).isEqualTo("441700");
		assertThat(chen.claim("org_level")).isEqualTo("CITY");
		assertThat(chen.claim("unit_code")).isEqualTo("441700:jyj");
		assertThat(chen.roles()).contains("handler").doesNotContain("sysadmin");

		Token huang = signIn("huangwei").accessToken();
		assertThat(huang.claim("unit_code")).isEqualTo("441700:jyj");
		assertThat(huang.roles()).as("the directory's group sysadmin is no role of the realm's")
			.contains("unit-head", "observer")
			.doesNotContain("sysadmin", "secadmin", "auditor", "node");

		Token lin = signIn("linxiaohong").accessToken();
		assertThat(lin.claim("unit_code")).isEqualTo("441700:fgj");
		assertThat(lin.roles()).contains("supervisor", "leader").doesNotContain("handler");
		assertThat(realm().roles().list()).as("the directory's role groups created no realm role")
			.extracting(RoleRepresentation::getName)
			.containsExactlyInAnyOrderElementsOf(realmRoles);
	}

	@Test
	@Order(3)
	void theDirectorysAccountsAreReadOnlyInKeycloak() {
		UserResource chen = realm().users().get(user("chenzhiqiang").getId());
		UserRepresentation renamed = chen.toRepresentation();
		renamed.setFirstName("改名");
		assertThatExceptionOfType(WebApplicationException.class).isThrownBy(() -> chen.update(renamed))
			.satisfies((ex) -> assertThat(ex.getResponse().getStatus()).isBetween(400, 499));
		assertThat(chen.toRepresentation().getFirstName()).isEqualTo("陈志强");
	}

	@Test
	@Order(4)
	void aPersonAddedToTheDirectoryAppearsAfterAChangedUsersSync() {
		directory.add("""
				dn: uid=zhoujie,ou=people,dc=yangjiang,dc=gov,dc=cn
				objectClass: inetOrgPerson
				uid: zhoujie
				cn: 周杰
				sn: 周
				displayName: 周杰
				mail: zhoujie@yangjiang.gov.cn
				userPassword: Yangjiang-Ldap-2026

				dn: cn=nyj,ou=units,dc=yangjiang,dc=gov,dc=cn
				objectClass: groupOfNames
				cn: nyj
				description: 阳江市农业农村局
				member: uid=zhoujie,ou=people,dc=yangjiang,dc=gov,dc=cn
				""");
		directory.modify("""
				dn: cn=handler,ou=roles,dc=yangjiang,dc=gov,dc=cn
				changetype: modify
				add: member
				member: uid=zhoujie,ou=people,dc=yangjiang,dc=gov,dc=cn
				""");
		// (Keycloak would also import them the first time anybody looked them up, e.g. at
		// their first sign-in; the sync imports them before that, and says so)
		SynchronizationResultRepresentation sync = realm().userStorage()
			.syncUsers(componentId, "triggerChangedUsersSync");
		assertThat(sync.getAdded()).as("%s", sync.getStatus()).isEqualTo(1);
		assertThat(sync.getUpdated()).as("nobody else changed").isZero();
		assertThat(user("zhoujie").getFirstName()).isEqualTo("周杰");
		Token zhou = signIn("zhoujie").accessToken();
		assertThat(zhou.claim("unit_code")).isEqualTo("441700:nyj");
		assertThat(zhou.roles()).contains("handler");
	}

	@Test
	@Order(5)
	void aPersonRemovedFromTheDirectoryIsKeptWithTheirNameButDisabled() {
		String id = user("liangmin").getId();
		assertThat(signIn("liangmin").issued()).isTrue();

		directory.delete("uid=liangmin,ou=people,dc=yangjiang,dc=gov,dc=cn");
		realm().userStorage().syncUsers(componentId, "triggerFullSync");

		UserRepresentation liang = realm().users().get(id).toRepresentation();
		assertThat(liang.getUsername()).isEqualTo("liangmin");
		assertThat(liang.getFirstName()).isEqualTo("梁敏");
		assertThat(liang.isEnabled()).as("kept, but disabled").isFalse();
		assertThat(signIn("liangmin").issued()).isFalse();
	}

	@Test
	@Order(6)
	void whileTheDirectoryIsDownTheRealmsOwnAccountsSignInAndItsPeopleAreToldWhy() {
		assertThat(signIn("chenzhiqiang").issued()).isTrue();
		directory.stop();
		try {
			assertThat(keycloak.passwordGrant("handler-441704", DemoRealm.PASSWORD, null).issued())
				.as("a local account of the realm")
				.isTrue();
			// Keycloak cannot check the account against the directory: it answers
			// "Account disabled" (UserStorageManager: a read-only, disabled delegate
			// while
			// the provider is unavailable) or, for an account it holds in its cache,
			// fails
			// the password check with an internal error. The realm's own texts for both
			// say
			// that the directory may be unreachable.
			TokenResponse refused = signIn("chenzhiqiang");
			assertThat(refused.issued()).isFalse();
			assertThat(refused.error()).as("%s", refused.body()).isIn("invalid_grant", "unknown_error");
			String page = new BrowserLogin(keycloak).open().password("chenzhiqiang", PASSWORD).page();
			assertThat(page).as("the page (its full-width punctuation escaped)")
				.contains("单位目录", "LDAP", "暂时无法连接", "请稍后再试");
		}
		finally {
			directory.start();
		}
		assertThat(signIn("chenzhiqiang").issued()).as("the directory is back").isTrue();
	}

	@Test
	@Order(7)
	void theProvincesUserAdministrationShowsTheDirectorysAccountsAndLeavesTheirGroupToTheDirectory() {
		RestClient secadmin = provinceSecurityAdministrator();
		List<Map<String, Object>> listed = secadmin.get()
			.uri("/api/v1/admin/users?size=500")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(listed).filteredOn((user) -> "chenzhiqiang".equals(user.get("username")))
			.singleElement()
			.satisfies((user) -> assertThat(user).containsEntry("source", "DIRECTORY")
				.containsEntry("sourceName", "yangjiang-ldap")
				.containsEntry("firstName", "陈志强")
				.containsEntry("roles", List.of("handler")));
		assertThat(listed).filteredOn((user) -> "handler-441704".equals(user.get("username")))
			.singleElement()
			.satisfies((user) -> assertThat(user).containsEntry("source", "LOCAL"));

		String id = user("chenzhiqiang").getId();
		ResponseEntity<Map> moved = post(secadmin, "/api/v1/admin/users/" + id + "/move",
				Map.of("groupCode", "441700:fgj"));
		assertThat(moved.getStatusCode().value()).isEqualTo(409);
		assertThat((String) moved.getBody().get("detail")).contains("目录", "yangjiang-ldap", "comes from its directory");
		assertThat(signIn("chenzhiqiang").accessToken().claim("unit_code")).isEqualTo("441700:jyj");

		ResponseEntity<Map> disabled = post(secadmin, "/api/v1/admin/users/" + id + "/disable", null);
		assertThat(disabled.getStatusCode().value()).as("%s", disabled.getBody()).isEqualTo(200);
		assertThat(signIn("chenzhiqiang").issued()).as("disabled here").isFalse();
		assertThat(post(secadmin, "/api/v1/admin/users/" + id + "/enable", null).getBody()).containsEntry("enabled",
				true);
		assertThat(signIn("chenzhiqiang").issued()).isTrue();
	}

	/**
	 * The province's security administrator at the province's node, the one holding the
	 * power to administer users (the only calls of this class to a node).
	 */
	private static RestClient provinceSecurityAdministrator() {
		if (province == null) {
			province = KeycloakNodes.province(keycloak);
		}
		return province.api(keycloak.token("secadmin-440000").value());
	}

	private static ResponseEntity<Map> post(RestClient client, String uri, Object body) {
		RestClient.RequestBodySpec request = client.post().uri(uri);
		if (body != null) {
			request.body(body);
		}
		return request.retrieve().onStatus(HttpStatusCode::isError, (q, r) -> {
		}).toEntity(Map.class);
	}

	private static TokenResponse signIn(String username) {
		return keycloak.passwordGrant(username, PASSWORD, null);
	}

	private static UserRepresentation user(String username) {
		List<UserRepresentation> found = realm().users().searchByUsername(username, true);
		assertThat(found).as("user %s", username).hasSize(1);
		return found.get(0);
	}

	private static RealmResource realm() {
		return keycloak.realm();
	}

}
