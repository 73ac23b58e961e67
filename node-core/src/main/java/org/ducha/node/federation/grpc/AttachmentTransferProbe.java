package org.ducha.node.federation.grpc;

/**
 * A seam into the parent's side of attachment uploads for tests: it sees each upload
 * start and each chunk kept, and may cut the stream there by throwing. Production nodes
 * have none.
 */
public interface AttachmentTransferProbe {

	/** An upload of an attachment starts at an offset. */
	default void uploadStarted(String sha256, long offset) {
	}

	/**
	 * A chunk was kept; throwing here fails the stream as a broken connection would.
	 * @param heldBytes the bytes of the attachment now held
	 */
	default void chunkKept(String sha256, long heldBytes) {
	}

}
