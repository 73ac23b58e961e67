package org.ducha.node.federation.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.attachment.AttachmentTransfers;
import org.ducha.node.attachment.CorruptTransferException;
import org.ducha.node.attachment.Reception;
import org.ducha.node.attachment.Sha256;
import org.ducha.node.problem.TooLargeException;
import org.ducha.proto.federation.v1.PutAttachmentHeader;
import org.ducha.proto.federation.v1.PutAttachmentRequest;
import org.ducha.proto.federation.v1.PutAttachmentResponse;

/**
 * One PutAttachment stream at the parent: a header, then chunks appended in order to what
 * is held. A stream that breaks keeps what arrived (flushed) for the next one to resume;
 * a complete one is verified before the attachment becomes visible.
 */
final class AttachmentUpload implements StreamObserver<PutAttachmentRequest> {

	private static final Logger logger = LoggerFactory.getLogger(AttachmentUpload.class);

	private final AttachmentTransfers transfers;

	private final AttachmentTransferProbe probe;

	private final StreamObserver<PutAttachmentResponse> responses;

	private Reception reception;

	private boolean ended;

	AttachmentUpload(AttachmentTransfers transfers, AttachmentTransferProbe probe,
			StreamObserver<PutAttachmentResponse> responses) {
		this.transfers = transfers;
		this.probe = probe;
		this.responses = responses;
	}

	@Override
	public void onNext(PutAttachmentRequest request) {
		if (this.ended) {
			return;
		}
		try {
			if (this.reception == null) {
				start(request);
			}
			else {
				append(request);
			}
		}
		catch (StatusRuntimeException ex) {
			fail(ex);
		}
		catch (RuntimeException ex) {
			logger.warn("An attachment upload failed", ex);
			fail(Status.UNAVAILABLE.withDescription("the upload failed here: " + ex.getMessage()).asRuntimeException());
		}
	}

	private void start(PutAttachmentRequest request) {
		if (!request.hasHeader()) {
			throw invalid("the first message names the attachment (header)");
		}
		PutAttachmentHeader header = request.getHeader();
		Sha256 sha256 = AttachmentRpc.sha256(header.getSha256());
		if (header.getSize() <= 0) {
			throw invalid("an attachment holds at least one byte");
		}
		if (header.getSize() > this.transfers.maxBytes()) {
			throw invalid("attachment " + sha256 + " has " + header.getSize() + " bytes; this node accepts at most "
					+ this.transfers.maxBytes());
		}
		AttachmentTransfers.TransferState state = this.transfers.state(sha256);
		if (state.complete()) {
			succeed(state.heldBytes(), true);
			return;
		}
		if (header.getOffset() != 0 && header.getOffset() != state.heldBytes()) {
			throw Status.FAILED_PRECONDITION
				.withDescription("this node holds " + state.heldBytes() + " bytes of " + sha256 + "; resume from there")
				.asRuntimeException();
		}
		this.probe.uploadStarted(sha256.hex(), header.getOffset());
		AttachmentRef ref = new AttachmentRef(sha256, header.getName(), header.getSize(), header.getContentType());
		try {
			this.reception = this.transfers.receive(ref, header.getOffset());
		}
		catch (TooLargeException ex) {
			throw invalid(ex.getMessage());
		}
		catch (IllegalStateException ex) {
			throw Status.ABORTED.withDescription(ex.getMessage()).asRuntimeException();
		}
	}

	private void append(PutAttachmentRequest request) {
		if (!request.hasChunk()) {
			throw invalid("after the header come chunks only");
		}
		if (request.getChunk().size() > AttachmentRpc.CHUNK_BYTES) {
			throw invalid("a chunk carries at most " + AttachmentRpc.CHUNK_BYTES + " bytes, not "
					+ request.getChunk().size());
		}
		long held;
		try {
			held = this.reception.append(request.getChunk().asReadOnlyByteBuffer());
		}
		catch (IllegalArgumentException ex) {
			throw invalid(ex.getMessage());
		}
		this.probe.chunkKept(this.reception.ref().sha256().hex(), held);
	}

	@Override
	public void onError(Throwable error) {
		// the child cancelled or the connection broke: keep what arrived for the resume
		this.ended = true;
		if (this.reception != null) {
			this.reception.close();
		}
	}

	@Override
	public void onCompleted() {
		if (this.ended) {
			return;
		}
		if (this.reception == null) {
			fail(invalid("the stream ended before its header"));
			return;
		}
		try {
			long held = this.reception.held();
			boolean complete = this.reception.finish();
			succeed(held, complete);
		}
		catch (CorruptTransferException ex) {
			fail(Status.DATA_LOSS.withDescription("dropped: " + ex.getMessage()).asRuntimeException());
		}
		catch (RuntimeException ex) {
			logger.warn("Completing an attachment upload failed", ex);
			fail(Status.UNAVAILABLE.withDescription("completing failed here: " + ex.getMessage()).asRuntimeException());
		}
	}

	private void succeed(long held, boolean complete) {
		this.ended = true;
		this.responses.onNext(PutAttachmentResponse.newBuilder().setHeldBytes(held).setComplete(complete).build());
		this.responses.onCompleted();
	}

	private void fail(StatusRuntimeException status) {
		this.ended = true;
		if (this.reception != null) {
			this.reception.close();
		}
		try {
			this.responses.onError(status);
		}
		catch (RuntimeException ex) {
			// the call was cancelled meanwhile: nobody is listening any more
		}
	}

	private static StatusRuntimeException invalid(String why) {
		return Status.INVALID_ARGUMENT.withDescription(why).asRuntimeException();
	}

}
