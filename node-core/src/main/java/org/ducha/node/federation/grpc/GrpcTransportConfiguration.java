package org.ducha.node.federation.grpc;

import org.ducha.node.NodeIdentity;
import org.ducha.node.NodeProperties;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.federation.FederationSettings;
import org.ducha.node.federation.LinkEngine;
import org.ducha.node.federation.LinkStateRecorder;
import org.ducha.node.security.NodeTokens;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the links over gRPC: the link server on a province or city, the dialler towards
 * the parent on a node that has one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ducha.federation.transport", havingValue = "grpc", matchIfMissing = true)
class GrpcTransportConfiguration {

	@Bean
	@ConditionalOnExpression("'${ducha.node.level:}' != 'COUNTY'")
	LinkServer linkServer(NodeProperties properties, NodeIdentity self, FederationSettings settings, LinkEngine engine,
			AuditTrail audit) {
		return new LinkServer(properties, self, settings, engine, audit);
	}

	@Bean
	@ConditionalOnExpression("!'${ducha.node.parent.address:}'.isEmpty()")
	ParentLinkClient parentLinkClient(NodeProperties properties, NodeIdentity self, FederationSettings settings,
			LinkEngine engine, LinkStateRecorder states, NodeTokens tokens) {
		return new ParentLinkClient(properties, self, settings, engine, states, tokens);
	}

}
