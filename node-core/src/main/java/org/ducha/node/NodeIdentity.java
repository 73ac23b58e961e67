package org.ducha.node;

import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * Who this node is: its division code, name and level.
 *
 * @param code GB/T 2260 division code
 * @param name the government's name
 * @param level administrative level
 */
public record NodeIdentity(String code, String name, NodeLevel level) {

	/** All business times are Asia/Shanghai. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Pattern CODE = Pattern.compile("\\d{6}");

	public NodeIdentity {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("ducha.node.code must be a six-digit division code, got: " + code);
		}
		if (level == null) {
			throw new IllegalArgumentException("ducha.node.level must be PROVINCE, CITY or COUNTY");
		}
		name = (name != null) ? name : code;
	}

	static NodeIdentity of(NodeProperties properties) {
		return new NodeIdentity(properties.getCode(), properties.getName(), properties.getLevel());
	}

	/** Whether a string is shaped like a division code. */
	public static boolean isNodeCode(String value) {
		return value != null && CODE.matcher(value).matches();
	}

}
