package org.ducha.deploy.keycloak;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code deploy/keycloak/ducha-realm.json} holds, for tests: the demo federation,
 * its accounts and their documented secrets (README, "Demo accounts").
 */
public final class DemoRealm {

	/** The realm. */
	public static final String REALM = "ducha";

	/** The password of every demo user. */
	public static final String PASSWORD = "Ducha-Demo-2026";

	/** The TOTP secret (base32, 30 s, 6 digits, SHA-1) of every demo administrator. */
	public static final String OTP_SECRET = "DUCHADEMOTOTPSECRETKEY23";

	/** The public client with the password grant (local use and tests only). */
	public static final String CLI_CLIENT = "ducha-cli";

	/** The gateway's confidential client. */
	public static final String GATEWAY_CLIENT = "ducha-gateway";

	public static final String GATEWAY_SECRET = "ducha-gateway-demo-secret";

	/** The nodes of the demo federation, each with its parent (none for the province). */
	public static final Map<String, String> PARENTS = Map.of("440000", "", "441700", "440000", "441702", "441700",
			"441704", "441700", "441721", "441700", "441781", "441700", "440900", "440000", "440902", "440900",
			"440904", "440900");

	public static final List<String> NODES = List.of("440000", "441700", "441702", "441704", "441721", "441781",
			"440900", "440902", "440904");

	/** Every human role; each node has one demo user of each ({@code <role>-<code>}). */
	public static final List<String> HUMAN_ROLES = List.of("supervisor", "leader", "handler", "unit-head", "observer",
			"sysadmin", "secadmin", "auditor");

	/** The three separate administrators (三员分立): a second factor is required. */
	public static final Set<String> ADMIN_ROLES = Set.of("sysadmin", "secadmin", "auditor");

	/**
	 * The department of each node's {@code handler-<code>} and {@code unit-head-<code>}.
	 */
	public static final Map<String, String> HOME_DEPARTMENTS = Map.of("440000", "fgw", "441700", "fgj", "441702", "jyj",
			"441704", "jyj", "441721", "jyj", "441781", "jyj", "440900", "fgj", "440902", "jyj", "440904", "jyj");

	/**
	 * A second department per node, with a second handler {@code handler-<code>-<short>}.
	 */
	public static final Map<String, String> SECOND_DEPARTMENTS = Map.of("440000", "jyt", "441700", "jyj", "441702",
			"dcs", "441704", "nyj", "441721", "dcs", "441781", "dcs", "440900", "jyj", "440902", "dcs", "440904",
			"dcs");

	/**
	 * The demo of a level's own sign-in: 阳江市统一身份认证, a second realm on the same server
	 * ({@code deploy/keycloak/yangjiang-idp-realm.json}).
	 */
	public static final String PROVIDER_REALM = "yangjiang-idp";

	/** The {@code ducha} realm's identity provider that signs people in there. */
	public static final String PROVIDER_ALIAS = "yangjiang";

	/** The provider's button on the {@code ducha} login page. */
	public static final String PROVIDER_DISPLAY_NAME = "阳江市统一身份认证";

	/** The provider realm's client for the {@code ducha} realm's broker endpoint. */
	public static final String BROKER_CLIENT = "ducha-broker";

	/**
	 * The provider's demo users (password {@link #PASSWORD}), by the claims they carry:
	 * {@code unit_code} 441700:jyj, {@code ducha_roles} handler.
	 */
	public static final String PROVIDER_CITY_HANDLER = "yj-chen";

	/**
	 * {@code unit_code} 441704 (a county itself), {@code ducha_roles} supervisor, leader.
	 */
	public static final String PROVIDER_COUNTY_SUPERVISOR = "yj-lin";

	/** {@code unit_code} 441704:jyj, {@code ducha_roles} handler and sysadmin. */
	public static final String PROVIDER_CLAIMS_SYSADMIN = "yj-wu";

	/** {@code unit_code} 440000:fgw: a province unit, outside 阳江市's subtree. */
	public static final String PROVIDER_OUTSIDE_UNIT = "yj-huang";

	/** The business roles the provider may hand out (never an administrator's). */
	public static final Set<String> BUSINESS_ROLES = Set.of("supervisor", "leader", "handler", "unit-head", "observer");

	private DemoRealm() {
	}

	/** The demo user of a role at a node. */
	public static String username(String role, String code) {
		return role + "-" + code;
	}

	/** Whether a role works inside a department (its users sit in a department group). */
	public static boolean inDepartment(String role) {
		return role.equals("handler") || role.equals("unit-head");
	}

	public static String nodeClient(String code) {
		return "node-" + code;
	}

	/**
	 * The optional client scope that adds node {@code code}'s audience
	 * ({@code node-<code>}) to a token: a node accepts a realm token only when it names
	 * the node (docs/security.md §2.1).
	 */
	public static String audienceScope(String code) {
		return "aud-" + code;
	}

	/**
	 * {@code openid} and the audience scope of every demo node: a token that every demo
	 * node accepts, for the tests of roles and scopes (KeycloakTokenIntegrationTests
	 * shows that a token for one node is refused at another).
	 */
	public static String everyNodeScope() {
		return "openid " + String.join(" ", NODES.stream().map(DemoRealm::audienceScope).toList());
	}

	public static String nodeSecret(String code) {
		return "node-" + code + "-demo-secret";
	}

	/** The group path of a node ({@code /440000/441700/441704}). */
	public static String groupPath(String code) {
		String parent = PARENTS.get(code);
		return parent.isEmpty() ? "/" + code : groupPath(parent) + "/" + code;
	}

	/**
	 * The realm file: {@code ducha.keycloak.realm-file}, else found from the working
	 * folder (this module's, another module's, or the repository root).
	 */
	public static Path file() {
		String configured = System.getProperty("ducha.keycloak.realm-file");
		if (configured != null) {
			return Path.of(configured);
		}
		return find("ducha-realm.json");
	}

	/** The provider's realm file, next to {@link #file()}. */
	public static Path providerFile() {
		return file().resolveSibling("yangjiang-idp-realm.json");
	}

	private static Path find(String name) {
		for (String candidate : List.of("keycloak/" + name, "../deploy/keycloak/" + name, "deploy/keycloak/" + name)) {
			Path path = Path.of(candidate);
			if (Files.isRegularFile(path)) {
				return path.toAbsolutePath().normalize();
			}
		}
		throw new IllegalStateException("deploy/keycloak/" + name + " not found from " + Path.of("").toAbsolutePath());
	}

}
