package org.ducha.deploy.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

import org.ducha.deploy.keycloak.DemoRealm;
import org.ducha.deploy.keycloak.DuchaKeycloak;
import org.ducha.deploy.keycloak.KeycloakExtension;
import org.ducha.deploy.keycloak.TokenResponse;
import org.ducha.node.NodeLevel;
import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.testing.Hellos;
import org.ducha.node.testing.PipedLink;
import org.ducha.node.testing.TestNode;
import org.ducha.proto.federation.v1.Frame;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which real Keycloak tokens a node accepts: only the realm's own, naming this node in
 * their audience ({@code node-<code>}), signed with the realm's key, unexpired — so a
 * county that captures a token meant for it is refused at the province. And a county's
 * node token opens no link in the name of another node.
 */
@ExtendWith(KeycloakExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakTokenIntegrationTests {

	private static final String SHORT_LIVED_CLIENT = "ducha-test-short-lived";

	/**
	 * The county's token clock skew, short so the expired token need not age a minute.
	 */
	private static final int CLOCK_SKEW_SECONDS = 2;

	private static DuchaKeycloak keycloak;

	private static TestNode province;

	private static TestNode city;

	private static TestNode county;

	private static String shortLived;

	@BeforeAll
	static void start(DuchaKeycloak server) {
		keycloak = server;
		shortLived = shortLivedToken("handler-441704");
		province = TestNode.node("440000", NodeLevel.PROVINCE)
			.children("441700")
			.withoutTransport()
			.property("ducha.security.keycloak.issuer-uri", keycloak.issuer())
			.property("ducha.security.keycloak.client-secret", DemoRealm.nodeSecret("440000"))
			.start();
		city = TestNode.node("441700", NodeLevel.CITY)
			.parent("440000", "127.0.0.1:1")
			.children("441702", "441704")
			.withoutTransport()
			.property("ducha.security.keycloak.issuer-uri", keycloak.issuer())
			.property("ducha.security.keycloak.client-secret", DemoRealm.nodeSecret("441700"))
			.start();
		county = TestNode.node("441704", NodeLevel.COUNTY)
			.parent("441700", "127.0.0.1:1")
			.withoutTransport()
			.property("ducha.security.keycloak.issuer-uri", keycloak.issuer())
			.property("ducha.security.keycloak.client-secret", DemoRealm.nodeSecret("441704"))
			.property("ducha.security.token-clock-skew", CLOCK_SKEW_SECONDS + "s")
			.start();
	}

	@AfterAll
	static void stop() {
		keycloak.realm()
			.clients()
			.findByClientId(SHORT_LIVED_CLIENT)
			.forEach((client) -> keycloak.realm().clients().get(client.getId()).remove());
		if (county != null) {
			county.close();
		}
		if (city != null) {
			city.close();
		}
		if (province != null) {
			province.close();
		}
	}

	@Test
	@Order(1)
	void theRealmsTokenForTheApiIsAccepted() {
		assertThat(status(keycloak.token("handler-441704").value())).isEqualTo(200);
	}

	@Test
	@Order(2)
	void aTokenOfTheRealmForAnotherAudienceIsRefused() {
		TokenResponse adminCli = keycloak.tokenRequest(Map.of("grant_type", "password", "client_id", "admin-cli",
				"username", "handler-441704", "password", DemoRealm.PASSWORD));
		String token = adminCli.accessToken().value();
		assertThat(claims(token).getAudience()).doesNotContain("ducha-api");
		assertThat(status(token)).isEqualTo(401);
	}

	/**
	 * The curl story's way: the CLI asks for the scope of the node it calls
	 * ({@code aud-441704}); the county's token, captured by the county and replayed at
	 * the province (or at the city), is refused there with the reason.
	 */
	@Test
	@Order(2)
	void aTokenMeantForTheCountyIsRefusedAtTheProvinceAndTheCity() {
		String forCounty = keycloak
			.passwordGrant("supervisor-441704", DemoRealm.PASSWORD, null, "openid " + DemoRealm.audienceScope("441704"))
			.accessToken()
			.value();
		assertThat(claims(forCounty).getAudience()).contains("node-441704")
			.doesNotContain("node-440000", "node-441700");
		assertThat(status(forCounty)).as("at the county it is meant for").isEqualTo(200);

		for (TestNode above : List.of(province, city)) {
			ResponseEntity<String> refused = call(above, forCounty);
			assertThat(refused.getStatusCode().value()).as(above.code()).isEqualTo(401);
			assertThat(refused.getBody()).as(above.code())
				.contains("not meant for this node")
				.contains("node-" + above.code());
		}

		String forProvince = keycloak
			.passwordGrant("supervisor-441704", DemoRealm.PASSWORD, null, "openid " + DemoRealm.audienceScope("440000"))
			.accessToken()
			.value();
		assertThat(call(province, forProvince).getStatusCode().value())
			.as("the control: the same user's token for the province passes the audience check there")
			.isNotEqualTo(401);
		assertThat(status(forProvince)).as("and is refused at the county").isEqualTo(401);
	}

	@Test
	@Order(3)
	void aTokenOfAnotherRealmIsRefused() {
		Map<String, String> form = Map.of("grant_type", "password", "client_id", "admin-cli", "username",
				keycloak.adminUsername(), "password", keycloak.adminPassword());
		String token = (String) post(keycloak.baseUrl() + "/realms/master/protocol/openid-connect/token", form)
			.get("access_token");
		assertThat(claims(token).getIssuer()).endsWith("/realms/master");
		assertThat(status(token)).isEqualTo(401);
	}

	@Test
	@Order(4)
	void theRealmsClaimsUnsignedOrSignedWithAnotherKeyAreRefused() throws Exception {
		String real = keycloak.token("handler-441704").value();
		SignedJWT parsed = SignedJWT.parse(real);
		String[] parts = real.split("\\.");
		String none = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1]
				+ ".";
		assertThat(status(none)).as("alg none").isEqualTo(401);

		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		SignedJWT forged = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(parsed.getHeader().getKeyID()).build(),
				parsed.getJWTClaimsSet());
		forged.sign(new RSASSASigner((RSAPrivateKey) generator.generateKeyPair().getPrivate()));
		assertThat(status(forged.serialize())).as("the realm's key id, another key").isEqualTo(401);
	}

	@Test
	@Order(5)
	void aCountysNodeTokenOpensNoLinkInTheNameOfAnotherCountyOrOfTheCity() {
		String countyToken = keycloak.nodeToken("441704").value();
		PipedLink asSibling = PipedLink.towards(city, "441702", countyToken);
		asSibling.sendToParent(Frame.newBuilder().setHello(Hellos.freshChild("441702")).build());
		asSibling.drain();
		assertThat(asSibling.isOpen()).as("441704's token as 441702").isFalse();

		PipedLink asCity = PipedLink.towards(city, "441704", keycloak.nodeToken("441700").value());
		asCity.sendToParent(Frame.newBuilder().setHello(Hellos.freshChild("441704")).build());
		asCity.drain();
		assertThat(asCity.isOpen()).as("the city's own token on its county's link: it is meant for the province")
			.isFalse();

		assertThat(city.bean(AuditTrail.class).latest(50)).extracting(AuditRecord::detail)
			.anySatisfy((detail) -> assertThat(detail).contains("441702").contains("names node 441704"))
			.anySatisfy((detail) -> assertThat(detail).contains("Hello from 441704 refused")
				.contains("not meant for this node")
				.contains("[node-440000]"));
	}

	/**
	 * Last, so the other tests run while the one-second token ages past the county's
	 * clock skew (two seconds here, against the default minute, so the test need not wait
	 * a minute).
	 */
	@Test
	@Order(6)
	void anExpiredTokenIsRefused() throws Exception {
		assertThat(claims(shortLived).getAudience()).contains("node-441704");
		Instant usable = claims(shortLived).getExpirationTime().toInstant().plusSeconds(CLOCK_SKEW_SECONDS + 1);
		Duration wait = Duration.between(Instant.now(), usable);
		if (!wait.isNegative()) {
			Thread.sleep(wait.toMillis());
		}
		assertThat(status(shortLived)).isEqualTo(401);
	}

	/**
	 * A token of a public client whose tokens live one second, for the county.
	 */
	private static String shortLivedToken(String username) {
		ClientRepresentation client = new ClientRepresentation();
		client.setClientId(SHORT_LIVED_CLIENT);
		client.setPublicClient(true);
		client.setDirectAccessGrantsEnabled(true);
		client.setStandardFlowEnabled(false);
		client.setAttributes(Map.of("access.token.lifespan", "1"));
		ProtocolMapperRepresentation audience = new ProtocolMapperRepresentation();
		audience.setName("audience node-441704");
		audience.setProtocol("openid-connect");
		audience.setProtocolMapper("oidc-audience-mapper");
		audience.setConfig(Map.of("included.client.audience", "node-441704", "access.token.claim", "true"));
		client.setProtocolMappers(List.of(audience));
		keycloak.realm().clients().create(client).close();
		return keycloak
			.tokenRequest(Map.of("grant_type", "password", "client_id", SHORT_LIVED_CLIENT, "username", username,
					"password", DemoRealm.PASSWORD))
			.accessToken()
			.value();
	}

	private static int status(String token) {
		return call(county, token).getStatusCode().value();
	}

	private static ResponseEntity<String> call(TestNode node, String token) {
		return node.anonymous()
			.get()
			.uri("/api/v1/tasks")
			.header("Authorization", "Bearer " + token)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (q, r) -> {
			})
			.toEntity(String.class);
	}

	private static JWTClaimsSet claims(String token) {
		try {
			return com.nimbusds.jwt.JWTParser.parse(token).getJWTClaimsSet();
		}
		catch (java.text.ParseException ex) {
			throw new AssertionError("Not a JWT: " + token, ex);
		}
	}

	private static Map<String, Object> post(String uri, Map<String, String> form) {
		StringBuilder body = new StringBuilder();
		form.forEach((key, value) -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(key, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(uri))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return new tools.jackson.databind.json.JsonMapper().readValue(response.body(), Map.class);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
