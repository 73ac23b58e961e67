package org.ducha.node.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A request under an idempotency key: whose key it is and what was asked.
 *
 * @param account SHA-256 of the token's issuer and subject: a key belongs to one account
 * @param subject the account's subject, for operators
 * @param key the client's key
 * @param method the HTTP method
 * @param path the path with its query
 * @param hash SHA-256 of the method, the path and the body: a retry must ask the same
 */
record KeyedRequest(String account, String subject, String key, String method, String path, String hash) {

	static KeyedRequest of(String issuer, String subject, String key, String method, String path, byte[] body) {
		MessageDigest digest = sha256();
		digest.update(method.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) '\n');
		digest.update(path.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) '\n');
		digest.update(body);
		String hash = HexFormat.of().formatHex(digest.digest());
		String account = HexFormat.of()
			.formatHex(sha256().digest((issuer + "\n" + subject).getBytes(StandardCharsets.UTF_8)));
		return new KeyedRequest(account, subject, key, method, path, hash);
	}

	/**
	 * Whether a key is acceptable: 1 to 255 printable ASCII characters (a UUID, as
	 * clients usually send).
	 */
	static boolean isValidKey(String key) {
		if (key.isEmpty() || key.length() > 255) {
			return false;
		}
		return key.chars().allMatch((c) -> c >= 0x20 && c <= 0x7e);
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
