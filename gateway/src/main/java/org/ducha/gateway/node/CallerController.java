package org.ducha.gateway.node;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ducha.gateway.Caller;
import org.ducha.gateway.Problems;
import org.ducha.gateway.session.SignedInSessions;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /whoami}: who is signed in to this browser session and which nodes the
 * gateway routes them to — for the web UI, and without any token.
 */
@RestController
class CallerController {

	private final NodeRegistry registry;

	private final SignedInSessions sessions;

	CallerController(NodeRegistry registry, SignedInSessions sessions) {
		this.registry = registry;
		this.sessions = sessions;
	}

	@GetMapping("/whoami")
	ResponseEntity<?> whoami(OAuth2AuthenticationToken authentication, HttpServletRequest request,
			HttpServletResponse response) {
		if (!this.sessions.isAlive(authentication, request, response)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.of(HttpStatus.UNAUTHORIZED, "session_expired", "Your sign-in has expired; sign in again",
						request.getLocale()));
		}
		Caller caller = Caller.of(authentication).orElseThrow();
		NodeRef node = this.registry.node(caller.orgCode()).map(NodeRef::of).orElse(null);
		List<NodeRef> nodes = this.registry.subtree(caller.orgCode()).stream().map(NodeRef::of).toList();
		return ResponseEntity.ok(new Identity(caller.subject(), caller.username(), caller.name(), caller.orgCode(),
				caller.orgLevel(), caller.unitCode(), caller.roles(), node, nodes));
	}

	/**
	 * Who is signed in.
	 *
	 * @param subject user id
	 * @param username login name
	 * @param name display name
	 * @param orgCode the caller's node (government)
	 * @param orgLevel its level
	 * @param unitCode the caller's unit
	 * @param roles realm roles
	 * @param node the caller's own node, if this gateway routes to it
	 * @param nodes the nodes the caller may address ({@code /nodes/{code}/api/**}): their
	 * own and those below it
	 */
	record Identity(String subject, String username, String name, String orgCode, String orgLevel, String unitCode,
			List<String> roles, NodeRef node, List<NodeRef> nodes) {
	}

	/**
	 * A node as the UI shows it.
	 *
	 * @param code division code
	 * @param name display name
	 * @param parent the node above it, if any
	 */
	record NodeRef(String code, String name, String parent) {

		static NodeRef of(Node node) {
			return new NodeRef(node.code(), node.name(), node.parent());
		}

	}

}
