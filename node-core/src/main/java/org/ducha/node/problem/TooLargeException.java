package org.ducha.node.problem;

/**
 * More than this node accepts (an attachment beyond {@code ducha.attachments.max-size});
 * answered 413.
 */
public class TooLargeException extends ContentTooLargeException {

	private final long maxBytes;

	public TooLargeException(long maxBytes) {
		super("An attachment may hold at most " + maxBytes + " bytes (" + (maxBytes / (1024 * 1024)) + " MB)");
		this.maxBytes = maxBytes;
	}

	public long maxBytes() {
		return this.maxBytes;
	}

}
