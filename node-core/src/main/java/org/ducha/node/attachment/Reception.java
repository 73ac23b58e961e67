package org.ducha.node.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * An attachment being received in chunks from a peer. What arrives is kept (and flushed
 * when the reception ends) so that a transfer cut short resumes; the attachment becomes
 * visible only once whole and verified.
 */
public final class Reception implements AutoCloseable {

	private final AttachmentTransfers owner;

	private final AttachmentRef ref;

	private final AttachmentStore.Partial partial;

	private boolean closed;

	Reception(AttachmentTransfers owner, AttachmentRef ref, AttachmentStore.Partial partial) {
		this.owner = owner;
		this.ref = ref;
		this.partial = partial;
	}

	public AttachmentRef ref() {
		return this.ref;
	}

	/** Bytes held so far. */
	public long held() {
		try {
			return this.partial.held();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Appends the next chunk.
	 * @return the bytes now held
	 * @throws IllegalArgumentException when the chunk goes beyond the attachment's size
	 */
	public long append(ByteBuffer chunk) {
		if (held() + chunk.remaining() > this.ref.size()) {
			throw new IllegalArgumentException("more bytes than the " + this.ref.size() + " announced");
		}
		try {
			return this.partial.append(chunk);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Ends the reception: a whole attachment is verified and made visible here.
	 * @return whether it is complete
	 * @throws CorruptTransferException when the whole does not hash as announced (it is
	 * dropped)
	 */
	public boolean finish() {
		try {
			long held = held();
			this.partial.close();
			if (held != this.ref.size()) {
				return false;
			}
			this.owner.received(this.ref);
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			close();
		}
	}

	/** Keeps what arrived, flushed to disk, for a later resume. */
	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			this.partial.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.owner.released(this.ref.sha256());
		}
	}

}
