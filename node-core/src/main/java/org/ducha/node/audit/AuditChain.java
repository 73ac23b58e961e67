package org.ducha.node.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The audit trail's hash chain: {@code hash = SM3(previous hash || canonical encoding)},
 * from a fixed genesis value. The encoding is unambiguous: a format byte, the sequence
 * and the time (microseconds since the epoch, as stored) as 8-byte big-endian numbers,
 * then each text as a presence byte and, when present, its UTF-8 length (4 bytes) and
 * bytes, so that no two different records, and no null and empty text, encode alike.
 */
final class AuditChain {

	/** What the first record is chained after: 32 zero bytes. */
	static final String GENESIS = "0".repeat(64);

	private static final byte FORMAT = 1;

	private static final HexFormat HEX = HexFormat.of();

	private AuditChain() {
	}

	/** The hash of {@code entry} chained after {@code previousHash} (64 hex digits). */
	static String link(String previousHash, ChainEntry entry) {
		if (previousHash == null || previousHash.length() != 64) {
			throw new IllegalArgumentException("A chain hash has 64 hex digits: " + previousHash);
		}
		byte[] previous = HEX.parseHex(previousHash);
		byte[] encoded = canonical(entry);
		SM3Digest digest = new SM3Digest();
		digest.update(previous, 0, previous.length);
		digest.update(encoded, 0, encoded.length);
		return HEX.formatHex(finish(digest));
	}

	/** SM3 of some bytes, in hex. */
	static String sm3(byte[] bytes) {
		SM3Digest digest = new SM3Digest();
		digest.update(bytes, 0, bytes.length);
		return HEX.formatHex(finish(digest));
	}

	static byte[] canonical(ChainEntry entry) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(FORMAT);
			out.writeLong(entry.sequence());
			out.writeLong(micros(entry.occurredAt()));
			text(out, entry.category());
			text(out, entry.action());
			text(out, entry.actor());
			text(out, entry.peer());
			text(out, entry.detail());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** Microseconds since the epoch; finer digits are not stored and do not count. */
	static long micros(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
	}

	private static void text(DataOutputStream out, String text) throws IOException {
		if (text == null) {
			out.writeByte(0);
			return;
		}
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		out.writeByte(1);
		out.writeInt(utf8.length);
		out.write(utf8);
	}

	private static byte[] finish(SM3Digest digest) {
		byte[] hash = new byte[digest.getDigestSize()];
		digest.doFinal(hash, 0);
		return hash;
	}

}
