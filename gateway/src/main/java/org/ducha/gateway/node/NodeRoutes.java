package org.ducha.gateway.node;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ducha.gateway.GatewaySettings;
import org.ducha.gateway.Problems;
import org.ducha.gateway.Caller;
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

import static org.springframework.cloud.gateway.server.mvc.filter.AfterFilterFunctions.removeResponseHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.stripPrefix;
import static org.springframework.cloud.gateway.server.mvc.filter.TokenRelayFilterFunctions.tokenRelay;
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
 * Signed-in routes relay the caller's access token ({@code TokenRelay}, refreshed when it
 * is about to expire); the browser's cookies, its CSRF header and any Authorization
 * header it sent never reach a node.
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

	@Bean
	NodeRegistry nodeRegistry(GatewaySettings settings) {
		NodeRegistry registry = new NodeRegistry(settings);
		logger.info("The gateway routes to {} node(s); the public API goes to {}", registry.size(),
				registry.publicNode().map(Node::code).orElse("no node"));
		return registry;
	}

	@Bean
	RouterFunction<ServerResponse> nodeRouteFunctions(NodeRegistry registry, SignedInSessions sessions) {
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
				.filter(tokenRelay())
				.after(removeResponseHeader(HttpHeaders.SET_COOKIE))
				.build())
			.and(route("subtree-node").route(path("/nodes/{code}/api/**"), http())
				.filter(errors(sessions))
				.filter(toNode((request) -> addressedNode(request, registry),
						"No such node in your part of the administrative tree"))
				.before(stripPrefix(2))
				.filter(tokenRelay())
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
			return next.handle(withoutSession);
		};
	}

	/**
	 * A refused token refresh ends the gateway session (the Keycloak session is over); a
	 * node that cannot be reached answers 503.
	 */
	private static HandlerFilterFunction<ServerResponse, ServerResponse> errors(SignedInSessions sessions) {
		return (request, next) -> {
			try {
				return next.handle(request);
			}
			catch (OAuth2AuthorizationException ex) {
				sessions.end(request.servletRequest(), ex);
				return problem(request, HttpStatus.UNAUTHORIZED, "session_expired",
						"Your sign-in has expired; sign in again");
			}
			catch (RestClientException ex) {
				logger.warn("Node unreachable for {} {}: {}", request.method(), request.path(), ex.getMessage());
				return problem(request, HttpStatus.SERVICE_UNAVAILABLE, "node_unavailable",
						"The node cannot be reached now; try again later");
			}
		};
	}

	static ServerResponse problem(ServerRequest request, HttpStatus status, String code, String detail) {
		Locale locale = request.servletRequest().getLocale();
		return ServerResponse.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(status, code, detail, locale));
	}

}
