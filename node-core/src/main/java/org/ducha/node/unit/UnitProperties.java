package org.ducha.node.unit;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * This node's departments ({@code ducha.units.departments}: short name → name), the seed
 * of its unit list.
 *
 * @param departments short name → name
 */
@ConfigurationProperties("ducha.units")
public record UnitProperties(Map<String, String> departments) {

	public UnitProperties {
		departments = (departments != null) ? departments : Map.of();
	}

}
