package org.ducha.node.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An attachment's address: the lower-case hexadecimal SHA-256 of its bytes.
 *
 * @param hex 64 lower-case hexadecimal digits
 */
public record Sha256(String hex) {

	private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

	public Sha256 {
		if (hex == null || !HEX.matcher(hex).matches()) {
			throw new IllegalArgumentException("not a SHA-256 in lower-case hexadecimal: " + hex);
		}
	}

	/** The hash a text names, if it is one (upper case is accepted). */
	public static Optional<Sha256> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String lower = text.trim().toLowerCase(java.util.Locale.ROOT);
		return HEX.matcher(lower).matches() ? Optional.of(new Sha256(lower)) : Optional.empty();
	}

	/** The hash of a digest's result. */
	static Sha256 of(MessageDigest digest) {
		return new Sha256(HexFormat.of().formatHex(digest.digest()));
	}

	static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	@Override
	public String toString() {
		return this.hex;
	}

}
