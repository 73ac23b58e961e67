package org.ducha.node.federation.grpc;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.google.protobuf.ByteString;
import io.grpc.CallCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;

import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.attachment.AttachmentTransfers;
import org.ducha.node.attachment.Reception;
import org.ducha.node.attachment.Sha256;
import org.ducha.node.attachment.Transfer;
import org.ducha.node.security.NodeTokens;
import org.ducha.proto.federation.v1.AttachmentServiceGrpc;
import org.ducha.proto.federation.v1.GetAttachmentRequest;
import org.ducha.proto.federation.v1.GetAttachmentResponse;
import org.ducha.proto.federation.v1.GetTransferStateRequest;
import org.ducha.proto.federation.v1.GetTransferStateResponse;
import org.ducha.proto.federation.v1.PutAttachmentHeader;
import org.ducha.proto.federation.v1.PutAttachmentRequest;
import org.ducha.proto.federation.v1.PutAttachmentResponse;

/**
 * The child's calls of its parent's attachment service, over the link's channel with its
 * certificate and node token: push an attachment (resuming from what the parent holds)
 * and fetch one (resuming from what is held here). Blocking; the pusher's thread runs
 * them.
 */
final class ParentAttachmentCalls {

	private final ParentLinkClient link;

	private final NodeTokens tokens;

	private final AttachmentTransfers transfers;

	private final Duration timeout;

	ParentAttachmentCalls(ParentLinkClient link, NodeTokens tokens, AttachmentTransfers transfers, Duration timeout) {
		this.link = link;
		this.tokens = tokens;
		this.transfers = transfers;
		this.timeout = timeout;
	}

	/**
	 * Makes the parent hold an attachment: asks what it holds, then sends the rest.
	 * @return whether the parent now holds it whole
	 */
	boolean push(Transfer transfer) throws IOException, InterruptedException {
		GetTransferStateResponse state = blocking()
			.getTransferState(GetTransferStateRequest.newBuilder().setSha256(transfer.sha256().hex()).build());
		if (state.getComplete()) {
			return true;
		}
		long offset = (state.getHeldBytes() <= transfer.size()) ? state.getHeldBytes() : 0;
		return upload(transfer, offset).getComplete();
	}

	private PutAttachmentResponse upload(Transfer transfer, long offset) throws IOException, InterruptedException {
		CompletableFuture<PutAttachmentResponse> outcome = new CompletableFuture<>();
		Object ready = new Object();
		ClientResponseObserver<PutAttachmentRequest, PutAttachmentResponse> observer = new ClientResponseObserver<>() {

			@Override
			public void beforeStart(ClientCallStreamObserver<PutAttachmentRequest> requests) {
				requests.setOnReadyHandler(() -> {
					synchronized (ready) {
						ready.notifyAll();
					}
				});
			}

			@Override
			public void onNext(PutAttachmentResponse response) {
				outcome.complete(response);
			}

			@Override
			public void onError(Throwable error) {
				outcome.completeExceptionally(error);
				synchronized (ready) {
					ready.notifyAll();
				}
			}

			@Override
			public void onCompleted() {
				outcome.completeExceptionally(Status.INTERNAL.withDescription("no answer").asRuntimeException());
			}

		};
		ClientCallStreamObserver<PutAttachmentRequest> requests = (ClientCallStreamObserver<PutAttachmentRequest>) async()
			.putAttachment(observer);
		try (InputStream in = this.transfers.open(transfer.sha256(), offset)) {
			requests.onNext(PutAttachmentRequest.newBuilder()
				.setHeader(PutAttachmentHeader.newBuilder()
					.setSha256(transfer.sha256().hex())
					.setSize(transfer.size())
					.setOffset(offset)
					.setContentType(transfer.contentType())
					.setName(transfer.name()))
				.build());
			long sent = offset;
			while (sent < transfer.size() && !outcome.isDone()) {
				awaitReady(requests, ready, outcome);
				byte[] chunk = in.readNBytes(AttachmentRpc.CHUNK_BYTES);
				if (chunk.length == 0) {
					throw new IOException("the attachment's file ended at " + sent + " of " + transfer.size());
				}
				requests.onNext(PutAttachmentRequest.newBuilder().setChunk(ByteString.copyFrom(chunk)).build());
				sent += chunk.length;
			}
			if (!outcome.isDone()) {
				requests.onCompleted();
			}
		}
		catch (IOException | RuntimeException | InterruptedException ex) {
			requests.cancel("the upload stopped here", ex);
			throw ex;
		}
		return await(outcome);
	}

	private void awaitReady(ClientCallStreamObserver<PutAttachmentRequest> requests, Object ready,
			CompletableFuture<PutAttachmentResponse> outcome) throws InterruptedException {
		long deadline = System.nanoTime() + this.timeout.toNanos();
		synchronized (ready) {
			while (!requests.isReady() && !outcome.isDone()) {
				if (System.nanoTime() > deadline) {
					throw Status.DEADLINE_EXCEEDED.withDescription("the parent stopped reading").asRuntimeException();
				}
				ready.wait(200);
			}
		}
	}

	private PutAttachmentResponse await(CompletableFuture<PutAttachmentResponse> outcome) throws InterruptedException {
		try {
			return outcome.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			throw Status.fromThrowable(ex.getCause()).asRuntimeException();
		}
		catch (TimeoutException ex) {
			throw Status.DEADLINE_EXCEEDED.withDescription("no answer to the upload").asRuntimeException();
		}
	}

	/**
	 * Fetches an attachment the parent holds (one a record of this subtree references),
	 * resuming from what is held here, and keeps it once verified.
	 * @return whether it is now held here whole
	 */
	boolean fetch(Sha256 sha256) {
		AttachmentTransfers.TransferState here = this.transfers.state(sha256);
		if (here.complete()) {
			return true;
		}
		Iterator<GetAttachmentResponse> chunks = blocking().getAttachment(
				GetAttachmentRequest.newBuilder().setSha256(sha256.hex()).setOffset(here.heldBytes()).build());
		Reception reception = null;
		try {
			while (chunks.hasNext()) {
				GetAttachmentResponse chunk = chunks.next();
				if (reception == null) {
					AttachmentRef ref = new AttachmentRef(sha256, chunk.getName(), chunk.getSize(),
							chunk.getContentType());
					reception = this.transfers.receive(ref, here.heldBytes());
				}
				reception.append(chunk.getChunk().asReadOnlyByteBuffer());
			}
			return (reception != null) && reception.finish();
		}
		finally {
			if (reception != null) {
				reception.close();
			}
		}
	}

	private AttachmentServiceGrpc.AttachmentServiceBlockingStub blocking() {
		AttachmentServiceGrpc.AttachmentServiceBlockingStub stub = AttachmentServiceGrpc.newBlockingStub(channel())
			.withDeadlineAfter(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		Optional<CallCredentials> credentials = credentials();
		return credentials.isPresent() ? stub.withCallCredentials(credentials.get()) : stub;
	}

	private AttachmentServiceGrpc.AttachmentServiceStub async() {
		AttachmentServiceGrpc.AttachmentServiceStub stub = AttachmentServiceGrpc.newStub(channel())
			.withDeadlineAfter(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		Optional<CallCredentials> credentials = credentials();
		return credentials.isPresent() ? stub.withCallCredentials(credentials.get()) : stub;
	}

	private ManagedChannel channel() {
		ManagedChannel channel = this.link.channel();
		if (channel == null) {
			throw Status.UNAVAILABLE.withDescription("the link to the parent is not started").asRuntimeException();
		}
		return channel;
	}

	private Optional<CallCredentials> credentials() {
		return this.tokens.current().map(BearerCredentials::new);
	}

}
