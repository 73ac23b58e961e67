package org.ducha.node.federation.grpc;

import java.util.Optional;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;

import org.ducha.node.NodeIdentity;
import org.ducha.node.NodeProperties;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.security.LinkTokenVerifier;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.LinkTopology;

import org.springframework.stereotype.Component;

/**
 * Who calls this node's link services other than Sync (the attachment service): a child
 * of this node, known by the certificate of its connection and, where parents require it
 * or the link runs without TLS, by a node token naming the same node — the identities a
 * child's Hello must show. Anyone else is refused with {@code PERMISSION_DENIED} and
 * audited.
 */
@Component
public class LinkCallers {

	private final LinkTopology topology;

	private final LinkTokenVerifier tokens;

	private final NodeProperties properties;

	private final NodeIdentity self;

	private final AuditTrail audit;

	LinkCallers(LinkTopology topology, LinkTokenVerifier tokens, NodeProperties properties, NodeIdentity self,
			AuditTrail audit) {
		this.topology = topology;
		this.tokens = tokens;
		this.properties = properties;
		this.self = self;
		this.audit = audit;
	}

	/**
	 * The child calling.
	 * @param certifiedNode the node the caller's TLS certificate names (empty without
	 * TLS)
	 * @param bearerToken the caller's node token, or null
	 * @param method the method called, for the audit trail
	 * @throws StatusRuntimeException {@code PERMISSION_DENIED} for anyone but a child
	 */
	public Link child(Optional<String> certifiedNode, String bearerToken, String method) {
		if (this.properties.getTls().isEnabled() && certifiedNode.isEmpty()) {
			throw refuse(null, method, "its connection shows no certificate naming a node");
		}
		String tokenNode = null;
		if (bearerToken != null) {
			try {
				tokenNode = this.tokens.nodeOf(bearerToken);
			}
			catch (IllegalArgumentException ex) {
				throw refuse(certifiedNode.orElse(null), method, ex.getMessage());
			}
		}
		else if (this.tokens.isRequired() || certifiedNode.isEmpty()) {
			throw refuse(certifiedNode.orElse(null), method, "it presented no node token");
		}
		String caller = certifiedNode.orElse(tokenNode);
		if (tokenNode != null && !tokenNode.equals(caller)) {
			throw refuse(caller, method,
					"its node token names node " + tokenNode + " but its certificate names node " + caller);
		}
		Optional<Link> child = this.topology.child(caller);
		if (child.isEmpty()) {
			throw refuse(caller, method, "node " + caller + " is not a child of " + this.self.code());
		}
		return child.get();
	}

	private StatusRuntimeException refuse(String caller, String method, String why) {
		this.audit.record(AuditCategory.LINK, "LINK_CALL_REFUSED",
				(caller != null) ? "node:" + caller : "unidentified peer", caller, method + " refused: " + why);
		return Status.PERMISSION_DENIED.withDescription(method + " refused: " + why).asRuntimeException();
	}

}
