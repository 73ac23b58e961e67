package org.ducha.node.users.province;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.ducha.node.problem.ConflictException;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.problem.ServiceUnavailableException;
import org.ducha.node.security.Actor;
import org.ducha.node.users.ManagedUser;
import org.ducha.node.users.NewAdministrator;
import org.ducha.node.users.NewUser;
import org.ducha.node.users.UserAuthority;
import org.ducha.node.users.UsersSettings;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Forwards this node's security administrators' requests to the province's admin API with
 * the administrator's own bearer token (the token relay of a resource server): the
 * province verifies the token itself and scopes the request to the administrator's
 * subtree, so this node needs, and holds, no power over users of its own. The province's
 * refusals come back as the same problems.
 */
final class ProvinceRelay implements UserAuthority {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ParameterizedTypeReference<List<ManagedUser>> USERS = new ParameterizedTypeReference<>() {
	};

	private final RestClient http;

	private final String province;

	ProvinceRelay(UsersSettings settings) {
		this.province = settings.provinceUrl().toString();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(settings.timeout()).build());
		requests.setReadTimeout(settings.timeout());
		this.http = RestClient.builder()
			.baseUrl(this.province)
			.requestFactory(requests)
			.requestInterceptor((request, body, execution) -> {
				request.getHeaders().setBearerAuth(callersToken());
				return execution.execute(request, body);
			})
			.defaultStatusHandler(HttpStatusCode::isError, ProvinceRelay::refuse)
			.build();
	}

	@Override
	public List<ManagedUser> list(Actor actor, int page, int size) {
		return call(() -> this.http.get()
			.uri("/api/v1/admin/users?page={page}&size={size}", page, size)
			.retrieve()
			.body(USERS));
	}

	@Override
	public ManagedUser get(String id, Actor actor) {
		return call(() -> this.http.get().uri("/api/v1/admin/users/{id}", id).retrieve().body(ManagedUser.class));
	}

	@Override
	public ManagedUser create(NewUser user, Actor actor) {
		return post("/api/v1/admin/users", null, user);
	}

	@Override
	public ManagedUser setEnabled(String id, boolean enabled, Actor actor) {
		return post("/api/v1/admin/users/{id}/" + (enabled ? "enable" : "disable"), id, null);
	}

	@Override
	public ManagedUser move(String id, String groupCode, Actor actor) {
		return post("/api/v1/admin/users/{id}/move", id, Map.of("groupCode", groupCode));
	}

	@Override
	public ManagedUser appoint(NewAdministrator administrator, Actor actor) {
		return post("/api/v1/admin/administrators", null, administrator);
	}

	private ManagedUser post(String uri, String id, Object body) {
		return call(() -> {
			RestClient.RequestBodySpec request = (id != null) ? this.http.post().uri(uri, id)
					: this.http.post().uri(uri);
			if (body != null) {
				request.body(body);
			}
			return request.retrieve().body(ManagedUser.class);
		});
	}

	private <T> T call(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (ResourceAccessException ex) {
			throw new ServiceUnavailableException("省级节点（" + this.province + "）暂不可达，用户管理由它执行。 The province's node at "
					+ this.province + ", which carries out user administration, cannot be reached: " + ex.getMessage());
		}
	}

	/** The bearer token of the request being served: the administrator's own. */
	private static String callersToken() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof AbstractOAuth2TokenAuthenticationToken<?> token) {
			return token.getToken().getTokenValue();
		}
		throw new IllegalStateException("User administration is forwarded only while serving a signed-in request");
	}

	/** The province's answer as this node's own problem, with the province's detail. */
	private static void refuse(HttpRequest request, ClientHttpResponse response) throws IOException {
		String detail = detail(response);
		int status = response.getStatusCode().value();
		switch (status) {
			case 400 -> throw new InvalidRequestException(detail);
			case 403 -> throw new ForbiddenException(detail);
			case 404 -> throw new NotFoundException(detail);
			case 409 -> throw new ConflictException(detail);
			default -> throw new ServiceUnavailableException("省级节点未能执行用户管理（" + status
					+ "）。 The province's node could not carry out user administration (" + status + "): " + detail);
		}
	}

	private static String detail(ClientHttpResponse response) throws IOException {
		byte[] body = response.getBody().readAllBytes();
		try {
			JsonNode problem = JSON.readTree(body);
			if (problem.hasNonNull("detail")) {
				return problem.get("detail").asString();
			}
		}
		catch (JacksonException ex) {
			// not a problem document: say what came
		}
		return new String(body, StandardCharsets.UTF_8);
	}

}
