package org.ducha.node.federation.grpc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;

import org.ducha.node.attachment.Attachment;
import org.ducha.node.attachment.AttachmentTransfers;
import org.ducha.node.attachment.Sha256;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.proto.federation.v1.AttachmentServiceGrpc;
import org.ducha.proto.federation.v1.GetAttachmentRequest;
import org.ducha.proto.federation.v1.GetAttachmentResponse;
import org.ducha.proto.federation.v1.GetTransferStateRequest;
import org.ducha.proto.federation.v1.GetTransferStateResponse;
import org.ducha.proto.federation.v1.PutAttachmentRequest;
import org.ducha.proto.federation.v1.PutAttachmentResponse;

/**
 * The parent's attachment service (docs/protocol.md §12), on the link server: a child
 * asks what is held, uploads from there in chunks of at most 256 KiB, or downloads an
 * attachment a record of its subtree references. Only a child of this node may call.
 */
final class AttachmentRpc extends AttachmentServiceGrpc.AttachmentServiceImplBase {

	/** The largest chunk either side sends or accepts. */
	static final int CHUNK_BYTES = 256 * 1024;

	private final LinkCallers callers;

	private final AttachmentTransfers transfers;

	private final Directory directory;

	private final AttachmentTransferProbe probe;

	AttachmentRpc(LinkCallers callers, AttachmentTransfers transfers, Directory directory,
			AttachmentTransferProbe probe) {
		this.callers = callers;
		this.transfers = transfers;
		this.directory = directory;
		this.probe = probe;
	}

	/** The calling child, from the connection's certificate and the call's node token. */
	private Link caller(String method) {
		return this.callers.child(LinkTls.peerNode(LinkServer.TLS_SESSION.get()), LinkServer.BEARER.get(), method);
	}

	static Sha256 sha256(String text) {
		return Sha256.parse(text)
			.orElseThrow(() -> Status.INVALID_ARGUMENT.withDescription("'" + text + "' is not a SHA-256")
				.asRuntimeException());
	}

	@Override
	public void getTransferState(GetTransferStateRequest request, StreamObserver<GetTransferStateResponse> responses) {
		try {
			caller("GetTransferState");
			AttachmentTransfers.TransferState state = this.transfers.state(sha256(request.getSha256()));
			responses.onNext(GetTransferStateResponse.newBuilder()
				.setHeldBytes(state.heldBytes())
				.setComplete(state.complete())
				.build());
			responses.onCompleted();
		}
		catch (StatusRuntimeException ex) {
			responses.onError(ex);
		}
	}

	@Override
	public StreamObserver<PutAttachmentRequest> putAttachment(StreamObserver<PutAttachmentResponse> responses) {
		try {
			caller("PutAttachment");
		}
		catch (StatusRuntimeException ex) {
			responses.onError(ex);
			return new Ignored<>();
		}
		return new AttachmentUpload(this.transfers, this.probe, responses);
	}

	@Override
	public void getAttachment(GetAttachmentRequest request, StreamObserver<GetAttachmentResponse> responses) {
		ServerCallStreamObserver<GetAttachmentResponse> out = (ServerCallStreamObserver<GetAttachmentResponse>) responses;
		Attachment attachment;
		InputStream in;
		try {
			Link child = caller("GetAttachment");
			Sha256 sha256 = sha256(request.getSha256());
			attachment = this.transfers.forSubtree(sha256, this.directory.spokenForBy(child))
				.orElseThrow(() -> Status.NOT_FOUND.withDescription("no attachment " + sha256 + " for " + child.peer())
					.asRuntimeException());
			if (request.getOffset() > attachment.size()) {
				throw Status.OUT_OF_RANGE
					.withDescription("offset " + request.getOffset() + " beyond the " + attachment.size() + " bytes")
					.asRuntimeException();
			}
			in = this.transfers.open(sha256, request.getOffset());
		}
		catch (StatusRuntimeException ex) {
			responses.onError(ex);
			return;
		}
		catch (IOException ex) {
			responses
				.onError(Status.UNAVAILABLE.withDescription("cannot read: " + ex.getMessage()).asRuntimeException());
			return;
		}
		Download download = new Download(out, attachment, request.getOffset(), in);
		out.setOnCancelHandler(download::close);
		out.setOnReadyHandler(download::pump);
		download.pump();
	}

	/** Streams an attachment as fast as the child reads. */
	private static final class Download {

		private final ServerCallStreamObserver<GetAttachmentResponse> out;

		private final Attachment attachment;

		private final InputStream in;

		private long offset;

		private boolean done;

		Download(ServerCallStreamObserver<GetAttachmentResponse> out, Attachment attachment, long offset,
				InputStream in) {
			this.out = out;
			this.attachment = attachment;
			this.offset = offset;
			this.in = in;
		}

		void pump() {
			try {
				while (!this.done && this.out.isReady()) {
					byte[] chunk = this.in.readNBytes(CHUNK_BYTES);
					if (chunk.length == 0 && this.offset < this.attachment.size()) {
						throw new IOException("the file ended at " + this.offset);
					}
					GetAttachmentResponse.Builder message = GetAttachmentResponse.newBuilder()
						.setSize(this.attachment.size())
						.setOffset(this.offset)
						.setChunk(ByteString.copyFrom(chunk));
					if (this.offset == 0 || chunk.length == 0) {
						message.setContentType(this.attachment.contentType()).setName(this.attachment.name());
					}
					this.out.onNext(message.build());
					this.offset += chunk.length;
					if (this.offset >= this.attachment.size()) {
						close();
						this.out.onCompleted();
					}
				}
			}
			catch (IOException ex) {
				close();
				this.out.onError(
						Status.UNAVAILABLE.withDescription("reading failed: " + ex.getMessage()).asRuntimeException());
			}
		}

		void close() {
			if (this.done) {
				return;
			}
			this.done = true;
			try {
				this.in.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/** Drops the messages of a refused call. */
	private static final class Ignored<T> implements StreamObserver<T> {

		@Override
		public void onNext(T value) {
		}

		@Override
		public void onError(Throwable error) {
		}

		@Override
		public void onCompleted() {
		}

	}

}
