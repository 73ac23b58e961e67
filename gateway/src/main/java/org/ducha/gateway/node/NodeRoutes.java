package org.ducha.gateway.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ducha.gateway.GatewaySettings;
import org.ducha.gateway.Problems;
import org.ducha.gateway.Caller;
import org.ducha.gateway.session.NodeTokenUnavailable;
import org.ducha.gateway.session.NodeTokens;
import org.ducha.gateway.session.SignedInSessions;

import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.springframework.cloud.gateway.server.mvc.filter.AfterFilterFunctions.removeResponseHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.stripPrefix;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

/**
 * The gateway's routes to the nodes' REST APIs:
 * <ul>
 * <li>{@code /api/v1/calendar/**} and {@code /api/v1/public/**}: the public API, without
 * sign-in, to the configured public node;</li>
 * <li>{@code /api/**}: to the caller's own node (the {@code org_code} of their
 * token);</li>
 * <li>{@code /nodes/{code}/api/**}: to that node's {@code /api/**}, when it is the
 * caller's own node or lies below it; any other code answers 404 like an unknown
 * one.</li>
 * </ul>
 * Signed-in routes send each node a token of the caller that names that node alone
 * ({@code aud} {@code node-<code>}, {@link NodeTokens}: exchanged at the realm from the
 * session's access token, which is refreshed when it is about to expire and never sent to
 * a node). User administration at a node below the top one
 * ({@code /api/v1/admin/users/**}, {@code /api/v1/admin/administrators/**}) gets a token
 * naming that node and the registry's top node too, because the node forwards the call
 * with the same token to the province. When no such token can be had the browser gets a
 * problem document and the node nothing. The browser's cookies, its CSRF header and any
 * Authorization header it sent never reach a node.
 * <p>
 * Why route functions and not {@code spring.cloud.gateway.server.webmvc.routes}: a
 * property route has one fixed {@code uri}, while here the target depends on who calls. A
 * filter that reads the caller's claim, looks the node up in the registry and sets the
 * route's request URL keeps that decision in one place, in code that is tested, with the
 * 404 problem document written there too.
 */
@Configuration(proxyBeanMethods = false)
class NodeRoutes {

	private static final Logger logger = LoggerFactory.getLogger(NodeRoutes.class);

	/** Headers of the browser session that no node is given. */
	private static final String[] SESSION_HEADERS = { HttpHeaders.COOKIE, HttpHeaders.AUTHORIZATION, "X-XSRF-TOKEN" };

	/** The request attribute naming the {@link Node} a request goes to. */
	private static final String NODE = Node.class.getName();

	/**
	 * User administration, which a node below the top one forwards to the province with
	 * the caller's token (node-core {@code users.province.ProvinceRelay}).
	 */
	private static final List<PathPattern> USER_ADMINISTRATION = List
		.of("/api/v1/admin/users/**", "/api/v1/admin/administrators/**", "/nodes/{code}/api/v1/admin/users/**",
				"/nodes/{code}/api/v1/admin/administrators/**")
		.stream()
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	@Bean
	NodeRegistry nodeRegistry(GatewaySettings settings) {
		NodeRegistry registry = new NodeRegistry(settings);
		logger.info("The gateway routes to {} node(s); the public API goes to {}", registry.size(),
				registry.publicNode().map(Node::code).orElse("no node"));
		return registry;
	}

	@Bean
	RouterFunction<ServerResponse> nodeRouteFunctions(NodeRegistry registry, SignedInSessions sessions,
			NodeTokens tokens) {
		// first match wins: the development token endpoint is never reachable through the
		// gateway, the public API goes before the caller's own /api/**
		return route("no-dev-endpoints")
			.route(path("/api/v1/dev/**").or(path("/nodes/{code}/api/v1/dev/**")),
					(request) -> problem(request, HttpStatus.NOT_FOUND, "not_found", "No such resource"))
			.build()
			.and(route("public-api").route(path("/api/v1/calendar/**").or(path("/api/v1/public/**")), http())
				.filter(errors(sessions))
				.filter(toNode((request) -> registry.publicNode(),
						"No node answers the public API here: set ducha.gateway.public-node"))
				.after(removeResponseHeader(HttpHeaders.SET_COOKIE))
				.build())
			.and(route("own-node").route(path("/api/**"), http())
				.filter(errors(sessions))
				.filter(toNode((request) -> callersNode(request, registry),
						"Your organisation's node is not served by this gateway"))
				.filter(nodeToken(registry, tokens))
				.after(removeResponseHeader(HttpHeaders.SET_COOKIE))
				.build())
			.and(route("subtree-node").route(path("/nodes/{code}/api/**"), http())
				.filter(errors(sessions))
				.filter(toNode((request) -> addressedNode(request, registry),
						"No such node in your part of the administrative tree"))
				.before(stripPrefix(2))
				.filter(nodeToken(registry, tokens))
				.after(removeResponseHeader(HttpHeaders.SET_COOKIE))
				.build());
	}

	private static Optional<Node> callersNode(ServerRequest request, NodeRegistry registry) {
		return request.principal().flatMap(Caller::of).flatMap((caller) -> registry.node(caller.orgCode()));
	}

	private static Optional<Node> addressedNode(ServerRequest request, NodeRegistry registry) {
		String code = request.pathVariable("code");
		return request.principal()
			.flatMap(Caller::of)
			.flatMap((caller) -> registry.addressable(code, caller.orgCode()));
	}

	/**
	 * Sends the request to the node the function names, without the browser's session
	 * headers, or answers 404 when there is none.
	 */
	private static HandlerFilterFunction<ServerResponse, ServerResponse> toNode(
			Function<ServerRequest, Optional<Node>> target, String notFound) {
		return (request, next) -> {
			Optional<Node> node = target.apply(request);
			if (node.isEmpty()) {
				return problem(request, HttpStatus.NOT_FOUND, "not_found", notFound);
			}
			ServerRequest withoutSession = ServerRequest.from(request).headers((headers) -> {
				for (String header : SESSION_HEADERS) {
					headers.remove(header);
				}
			}).build();
			MvcUtils.setRequestUrl(withoutSession, node.get().url());
			withoutSession.attributes().put(NODE, node.get());
			return next.handle(withoutSession);
		};
	}

	/**
	 * Sends the node the caller's token for it: one naming the node, and the top node too
	 * for user administration below the top.
	 */
	private static HandlerFilterFunction<ServerResponse, ServerResponse> nodeToken(NodeRegistry registry,
			NodeTokens tokens) {
		return (request, next) -> {
			Node node = (Node) request.attribute(NODE).orElseThrow();
			List<String> audience = new ArrayList<>(List.of(node.code()));
			if (USER_ADMINISTRATION.stream()
				.anyMatch((pattern) -> pattern.matches(request.requestPath().pathWithinApplication()))) {
				registry.top(node.code())
					.map(Node::code)
					.filter((top) -> !top.equals(node.code()))
					.ifPresent(audience::add);
			}
			String token = tokens.forNodes(request.servletRequest(), audience);
			return next.handle(ServerRequest.from(request).headers((headers) -> headers.setBearerAuth(token)).build());
		};
	}

	/**
	 * A refused token refresh, or a token exchange refused because the session's token is
	 * no longer valid, ends the gateway session (the Keycloak session is over); an
	 * exchange refused otherwise answers 502, a realm or node that cannot be reached 503.
	 */
	private static HandlerFilterFunction<ServerResponse, ServerResponse> errors(SignedInSessions sessions) {
		return (request, next) -> {
			try {
				return next.handle(request);
			}
			catch (OAuth2AuthorizationException ex) {
				sessions.end(request.servletRequest(), ex);
				return sessionExpired(request);
			}
			catch (NodeTokenUnavailable ex) {
				return switch (ex.reason()) {
					case SESSION_OVER -> {
						sessions.end(request.servletRequest(), ex);
						yield sessionExpired(request);
					}
					case REFUSED -> problem(request, HttpStatus.BAD_GATEWAY, "node_token_refused",
							"身份认证服务拒绝为节点 " + ex.nodes().get(0) + " 签发访问令牌，请联系系统管理员检查该节点在认证服务中的配置",
							"The identity provider refused a token for node " + ex.nodes().get(0)
									+ "; ask the system administrator to check the node's settings there");
					case UNAVAILABLE ->
						problem(request, HttpStatus.SERVICE_UNAVAILABLE, "identity_provider_unavailable",
								"身份认证服务暂时无法访问，请稍后再试", "The identity provider cannot be reached now; try again later");
				};
			}
			catch (RestClientException ex) {
				logger.warn("Node unreachable for {} {}: {}", request.method(), request.path(), ex.getMessage());
				return problem(request, HttpStatus.SERVICE_UNAVAILABLE, "node_unavailable",
						"The node cannot be reached now; try again later");
			}
		};
	}

	private static ServerResponse sessionExpired(ServerRequest request) {
		return problem(request, HttpStatus.UNAUTHORIZED, "session_expired", "Your sign-in has expired; sign in again");
	}

	/** A problem whose detail is Chinese unless the caller asks for English. */
	private static ServerResponse problem(ServerRequest request, HttpStatus status, String code, String chinese,
			String english) {
		Locale locale = request.servletRequest().getLocale();
		boolean inEnglish = locale != null && "en".equals(locale.getLanguage());
		return problem(request, status, code, inEnglish ? english : chinese);
	}

	static ServerResponse problem(ServerRequest request, HttpStatus status, String code, String detail) {
		Locale locale = request.servletRequest().getLocale();
		return ServerResponse.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(status, code, detail, locale));
	}

}
