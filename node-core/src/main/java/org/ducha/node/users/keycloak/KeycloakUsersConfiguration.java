package org.ducha.node.users.keycloak;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

import org.ducha.node.NodeIdentity;
import org.ducha.node.security.SecuritySettings;
import org.ducha.node.users.UserDirectory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * At the root of the federation (the province: no parent), with a Keycloak realm and this
 * node's client secret configured, the people are managed in Keycloak through the node's
 * service account, the only one of the realm's node accounts that may administer users.
 * Every other node forwards to it (docs/security.md §5).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${ducha.security.keycloak.issuer-uri:}'.isEmpty() "
		+ "and !'${ducha.security.keycloak.client-secret:}'.isEmpty() and '${ducha.node.parent.code:}'.isEmpty()")
class KeycloakUsersConfiguration {

	@Bean(destroyMethod = "close")
	Keycloak keycloakAdminClient(SecuritySettings settings, NodeIdentity self) {
		String issuer = settings.keycloak().issuerUri();
		int realms = issuer.indexOf("/realms/");
		String clientId = (settings.keycloak().clientId() != null) ? settings.keycloak().clientId()
				: "node-" + self.code();
		return KeycloakBuilder.builder()
			.serverUrl(issuer.substring(0, realms))
			.realm(issuer.substring(realms + "/realms/".length()))
			.grantType(OAuth2Constants.CLIENT_CREDENTIALS)
			.clientId(clientId)
			.clientSecret(settings.keycloak().clientSecret())
			.build();
	}

	@Bean
	UserDirectory userDirectory(Keycloak keycloak, SecuritySettings settings) {
		String issuer = settings.keycloak().issuerUri();
		return new KeycloakUserDirectory(keycloak, issuer.substring(issuer.indexOf("/realms/") + "/realms/".length()));
	}

}
