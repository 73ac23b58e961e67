package org.ducha.deploy.keycloak;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes (RFC 6238 on HOTP, RFC 4226) as an authenticator app computes
 * them from a base32 secret: for tests that log in as an administrator.
 */
public final class Totp {

	/** Keycloak's default: a new code every 30 seconds. */
	public static final int PERIOD_SECONDS = 30;

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private Totp() {
	}

	/** The 6-digit HMAC-SHA1 code of a base32 secret at an instant. */
	public static String code(String base32Secret, Instant at) {
		return code(base32(base32Secret), step(at), 6, "HmacSHA1");
	}

	/** The 6-digit HMAC-SHA1 code of a base32 secret in a time step. */
	public static String code(String base32Secret, long step) {
		return code(base32(base32Secret), step, 6, "HmacSHA1");
	}

	/** The time step of an instant (seconds since the epoch divided by the period). */
	public static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
	}

	/** The code of a raw key in a time step (RFC 4226 §5.3 dynamic truncation). */
	public static String code(byte[] key, long step, int digits, String algorithm) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key, "RAW"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			int otp = binary % (int) Math.pow(10, digits);
			return String.format(Locale.ROOT, "%0" + digits + "d", otp);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Decodes base32 (RFC 4648, padding and case ignored). */
	public static byte[] base32(String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
			if (c == '=' || c == ' ') {
				continue;
			}
			int value = BASE32.indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("Not base32: " + c);
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out.write((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out.toByteArray();
	}

}
