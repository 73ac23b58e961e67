package org.ducha.node.users;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where user administration is carried out ({@code ducha.users.*}).
 *
 * @param provinceUrl the REST address of the province's node, which holds the power to
 * administer users and carries out this node's security administrators' requests; set at
 * every node but the province (docs/security.md §5)
 * @param timeout how long a forwarded request may take
 */
@ConfigurationProperties("ducha.users")
public record UsersSettings(URI provinceUrl, @DefaultValue("15s") Duration timeout) {
}
