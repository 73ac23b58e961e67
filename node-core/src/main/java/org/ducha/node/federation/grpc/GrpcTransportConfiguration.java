package org.ducha.node.federation.grpc;

import org.ducha.node.NodeIdentity;
import org.ducha.node.NodeProperties;
import org.ducha.node.attachment.AttachmentSettings;
import org.ducha.node.attachment.AttachmentTransfers;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.federation.FederationSettings;
import org.ducha.node.federation.LinkSessions;
import org.ducha.node.federation.LinkStateRecorder;
import org.ducha.node.security.NodeTokens;
import org.ducha.node.tree.Directory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the links over gRPC: the link server (with the attachment service) on a province
 * or city, the dialler towards the parent and the attachment pusher on a node that has
 * one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ducha.federation.transport", havingValue = "grpc", matchIfMissing = true)
class GrpcTransportConfiguration {

	@Bean
	@ConditionalOnExpression("'${ducha.node.level:}' != 'COUNTY'")
	LinkServer linkServer(NodeProperties properties, NodeIdentity self, FederationSettings settings,
			LinkSessions sessions, AuditTrail audit, LinkCallers callers, AttachmentTransfers transfers,
			Directory directory, ObjectProvider<AttachmentTransferProbe> probe) {
		AttachmentRpc attachments = new AttachmentRpc(callers, transfers, directory,
				probe.getIfAvailable(() -> new AttachmentTransferProbe() {
				}));
		return new LinkServer(properties, self, settings, sessions, audit, attachments);
	}

	@Bean
	@ConditionalOnExpression("!'${ducha.node.parent.address:}'.isEmpty()")
	ParentLinkClient parentLinkClient(NodeProperties properties, NodeIdentity self, FederationSettings settings,
			LinkSessions sessions, LinkStateRecorder states, NodeTokens tokens) {
		return new ParentLinkClient(properties, self, settings, sessions, states, tokens);
	}

	@Bean
	@ConditionalOnExpression("!'${ducha.node.parent.address:}'.isEmpty()")
	AttachmentPusher attachmentPusher(ParentLinkClient link, NodeProperties properties, NodeTokens tokens,
			AttachmentTransfers transfers, AttachmentSettings settings, LinkSessions sessions,
			LinkStateRecorder states) {
		ParentAttachmentCalls calls = new ParentAttachmentCalls(link, tokens, transfers, settings.push().callTimeout());
		return new AttachmentPusher(properties.getParent().getCode(), calls, transfers, settings, sessions, states);
	}

}
