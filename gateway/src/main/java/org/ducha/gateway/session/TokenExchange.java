package org.ducha.gateway.session;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.ducha.gateway.session.ExchangedTokens.Exchanged;
import org.ducha.gateway.session.NodeTokenUnavailable.Reason;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * One token exchange at the realm's token endpoint (RFC 8693, Keycloak's standard token
 * exchange): the session's access token in, an access token for the named nodes out
 * ({@code audience=node-<code>} and {@code scope=aud-<code>} for each), with the client
 * authentication of the gateway's registration.
 */
final class TokenExchange {

	static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:token-exchange";

	static final String ACCESS_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:access_token";

	/**
	 * The errors with which a realm may say that the subject token itself is not valid.
	 * Keycloak's standard token exchange says it with {@code invalid_request} and the
	 * description {@code Invalid token} ({@code StandardTokenExchangeProvider}:
	 * "subject_token validation failure"), which is what it answers for a token of a
	 * session that has ended.
	 */
	private static final Set<String> SUBJECT_INVALID = Set.of("invalid_token", "invalid_grant");

	private static final String KEYCLOAK_SUBJECT_INVALID = "Invalid token";

	private static final Logger logger = LoggerFactory.getLogger(TokenExchange.class);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final RestClient http;

	TokenExchange() {
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
		factory.setReadTimeout(Duration.ofSeconds(10));
		this.http = RestClient.builder().requestFactory(factory).build();
	}

	/** The audience that names a node: its Keycloak client id. */
	static String audience(String node) {
		return "node-" + node;
	}

	/** The realm's optional client scope that adds a node's audience. */
	static String scope(String node) {
		return "aud-" + node;
	}

	Exchanged exchange(ClientRegistration registration, String subjectToken, List<String> nodes) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", GRANT_TYPE);
		form.add("subject_token", subjectToken);
		form.add("subject_token_type", ACCESS_TOKEN_TYPE);
		form.add("requested_token_type", ACCESS_TOKEN_TYPE);
		nodes.forEach((node) -> form.add("audience", audience(node)));
		form.add("scope", String.join(" ", nodes.stream().map(TokenExchange::scope).toList()));
		boolean basic = !ClientAuthenticationMethod.CLIENT_SECRET_POST
			.equals(registration.getClientAuthenticationMethod());
		if (!basic) {
			form.add("client_id", registration.getClientId());
			form.add("client_secret", registration.getClientSecret());
		}
		String body;
		try {
			body = this.http.post()
				.uri(registration.getProviderDetails().getTokenUri())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.accept(MediaType.APPLICATION_JSON)
				.headers((headers) -> {
					if (basic) {
						headers.setBasicAuth(encode(registration.getClientId()),
								encode(registration.getClientSecret()));
					}
				})
				.body(form)
				.retrieve()
				.onStatus(HttpStatusCode::isError, (request, response) -> {
					throw refusal(nodes, response);
				})
				.body(String.class);
		}
		catch (RestClientException ex) {
			logger.warn("No token for node(s) {}: the realm cannot be reached: {}", nodes, ex.getMessage());
			throw new NodeTokenUnavailable(Reason.UNAVAILABLE, nodes,
					"The realm cannot be reached: " + ex.getMessage());
		}
		return exchanged(nodes, body);
	}

	private static Exchanged exchanged(List<String> nodes, String body) {
		try {
			JsonNode response = json.readTree((body != null) ? body : "");
			String token = response.path("access_token").asString(null);
			if (token == null || token.isBlank()) {
				throw new NodeTokenUnavailable(Reason.UNAVAILABLE, nodes, "The realm's answer holds no access token");
			}
			return new Exchanged(token, Duration.ofSeconds(response.path("expires_in").asLong(0)));
		}
		catch (JacksonException ex) {
			throw new NodeTokenUnavailable(Reason.UNAVAILABLE, nodes, "The realm's answer is not JSON");
		}
	}

	private static NodeTokenUnavailable refusal(List<String> nodes, ClientHttpResponse response) throws IOException {
		HttpStatusCode status = response.getStatusCode();
		String error = null;
		String description = null;
		try (InputStream in = response.getBody()) {
			JsonNode body = json.readTree(in.readAllBytes());
			error = body.path("error").asString(null);
			description = body.path("error_description").asString(null);
		}
		catch (JacksonException ex) {
			// not an OAuth error document: a proxy's page, a failing realm
		}
		String message = status.value() + " " + error + ((description != null) ? " (" + description + ")" : "");
		if (status.is5xxServerError()) {
			logger.warn("No token for node(s) {}: the realm failed: {}", nodes, message);
			return new NodeTokenUnavailable(Reason.UNAVAILABLE, nodes, message);
		}
		if (SUBJECT_INVALID.contains(error)
				|| ("invalid_request".equals(error) && KEYCLOAK_SUBJECT_INVALID.equals(description))) {
			return new NodeTokenUnavailable(Reason.SESSION_OVER, nodes, message);
		}
		logger.warn("The realm refused a token for node(s) {}: {}", nodes, message);
		return new NodeTokenUnavailable(Reason.REFUSED, nodes, message);
	}

	/** RFC 6749 §2.3.1: client id and secret are form-encoded before Basic encoding. */
	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
