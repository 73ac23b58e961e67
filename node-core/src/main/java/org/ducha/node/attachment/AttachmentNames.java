package org.ducha.node.attachment;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes file names and media types from browsers and peers safe to store and to send
 * back: no paths, no control characters, bounded length; a media type or
 * {@code application/octet-stream}.
 */
public final class AttachmentNames {

	/** The name of an attachment whose name says nothing. */
	public static final String DEFAULT_NAME = "attachment";

	/** The media type of bytes of unknown type. */
	public static final String OCTET_STREAM = "application/octet-stream";

	private static final int MAX_NAME = 200;

	private static final Pattern MEDIA_TYPE = Pattern
		.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");

	private AttachmentNames() {
	}

	/** A file name without directories or control characters, at most 200 characters. */
	public static String fileName(String name) {
		if (name == null) {
			return DEFAULT_NAME;
		}
		String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder clean = new StringBuilder();
		base.codePoints()
			.filter((c) -> !Character.isISOControl(c) && c != '"' && Character.getType(c) != Character.FORMAT)
			.forEach(clean::appendCodePoint);
		String trimmed = clean.toString().strip();
		if (trimmed.isEmpty() || trimmed.equals(".") || trimmed.equals("..")) {
			return DEFAULT_NAME;
		}
		if (trimmed.codePointCount(0, trimmed.length()) > MAX_NAME) {
			trimmed = trimmed.substring(0, trimmed.offsetByCodePoints(0, MAX_NAME));
		}
		return trimmed;
	}

	/** The type and subtype of a media type (parameters dropped), or octet-stream. */
	public static String contentType(String contentType) {
		if (contentType == null) {
			return OCTET_STREAM;
		}
		int semicolon = contentType.indexOf(';');
		String bare = ((semicolon >= 0) ? contentType.substring(0, semicolon) : contentType).strip()
			.toLowerCase(Locale.ROOT);
		return MEDIA_TYPE.matcher(bare).matches() ? bare : OCTET_STREAM;
	}

}
