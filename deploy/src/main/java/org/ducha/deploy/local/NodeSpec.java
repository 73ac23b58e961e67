package org.ducha.deploy.local;

import java.util.List;
import java.util.Map;

/**
 * One node of the local federation, as the realm describes it, with the ports chosen for
 * it.
 *
 * @param code the node's code
 * @param name its name (e.g. 阳江市)
 * @param level PROVINCE, CITY or COUNTY
 * @param parent the parent's code; null for the province
 * @param children the codes of its children that run
 * @param departments its departments, short name to name
 * @param httpPort its REST port
 * @param linkPort its link (gRPC) port
 */
public record NodeSpec(String code, String name, String level, String parent, List<String> children,
		Map<String, String> departments, int httpPort, int linkPort) {

	/** The module whose jar runs this node. */
	String module() {
		return switch (this.level) {
			case "PROVINCE" -> "province-node";
			case "CITY" -> "city-node";
			default -> "county-node";
		};
	}

}
