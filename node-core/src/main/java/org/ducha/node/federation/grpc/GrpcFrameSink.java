package org.ducha.node.federation.grpc;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.net.ssl.SSLSession;

import io.grpc.Status;
import io.grpc.stub.CallStreamObserver;

import org.ducha.node.federation.FrameSink;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Frame;
import org.ducha.proto.federation.v1.SyncRequest;
import org.ducha.proto.federation.v1.SyncResponse;

/**
 * A link session's side of a gRPC stream: frames out as {@code SyncRequest} (child) or
 * {@code SyncResponse} (parent), every session call on one serial executor, and each
 * received channel's work on a serial worker of its own (docs/protocol.md, "Lanes and
 * merged batches"); frames go out one at a time whichever thread sends them.
 */
final class GrpcFrameSink implements FrameSink {

	private final CallStreamObserver<byte[]> out;

	private final SerialExecutor executor;

	private final Supplier<SSLSession> tls;

	private final boolean child;

	private final String bearerToken;

	private final Consumer<String> onClosed;

	private final Map<Channel, SerialExecutor> lanes = new EnumMap<>(Channel.class);

	private volatile boolean closed;

	GrpcFrameSink(CallStreamObserver<byte[]> out, SerialExecutor executor, Supplier<SSLSession> tls, boolean child,
			String bearerToken) {
		this(out, executor, tls, child, bearerToken, (reason) -> {
		});
	}

	/**
	 * A sink that also tells its owner when its session closed it (a child then dials
	 * again, whether or not the cancelled call ever reports back).
	 */
	GrpcFrameSink(CallStreamObserver<byte[]> out, SerialExecutor executor, Supplier<SSLSession> tls, boolean child,
			String bearerToken, Consumer<String> onClosed) {
		this.onClosed = onClosed;
		this.out = out;
		this.executor = executor;
		this.tls = tls;
		this.child = child;
		this.bearerToken = bearerToken;
	}

	@Override
	public Optional<String> bearerToken() {
		return Optional.ofNullable(this.bearerToken);
	}

	@Override
	public synchronized void send(Frame frame) {
		if (this.closed) {
			return;
		}
		byte[] bytes = this.child ? SyncRequest.newBuilder().setFrame(frame).build().toByteArray()
				: SyncResponse.newBuilder().setFrame(frame).build().toByteArray();
		try {
			this.out.onNext(bytes);
		}
		catch (RuntimeException ex) {
			// the stream is gone (cancelled); the session is closed by the stream's error
			// callback
			this.closed = true;
		}
	}

	@Override
	public boolean isReady() {
		return !this.closed && this.out.isReady();
	}

	@Override
	public void execute(Runnable task) {
		this.executor.execute(task);
	}

	@Override
	public Optional<String> certifiedPeer() {
		return LinkTls.peerNode(this.tls.get());
	}

	@Override
	public synchronized Executor lane(Channel channel) {
		return this.lanes.computeIfAbsent(channel, (c) -> this.executor.sibling());
	}

	@Override
	public synchronized void close(String reason) {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			if (this.child) {
				this.out.onError(Status.CANCELLED.withDescription(reason).asRuntimeException());
			}
			else {
				this.out.onError(Status.ABORTED.withDescription(reason).asRuntimeException());
			}
		}
		catch (RuntimeException ex) {
			// already closed by the peer
		}
		this.onClosed.accept(reason);
	}

}
