package org.ducha.node.time;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Record ids: UUID version 7 (time-ordered), generated where the record is born so it
 * keeps its identity on every node (docs/architecture.md §5.4).
 */
public final class Ids {

	private static final SecureRandom random = new SecureRandom();

	private Ids() {
	}

	public static String newId() {
		return newUuid(System.currentTimeMillis()).toString();
	}

	static UUID newUuid(long epochMillis) {
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		bytes[0] = (byte) (epochMillis >>> 40);
		bytes[1] = (byte) (epochMillis >>> 32);
		bytes[2] = (byte) (epochMillis >>> 24);
		bytes[3] = (byte) (epochMillis >>> 16);
		bytes[4] = (byte) (epochMillis >>> 8);
		bytes[5] = (byte) epochMillis;
		bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x70);
		bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
		long high = 0;
		long low = 0;
		for (int i = 0; i < 8; i++) {
			high = (high << 8) | (bytes[i] & 0xff);
			low = (low << 8) | (bytes[i + 8] & 0xff);
		}
		return new UUID(high, low);
	}

}
