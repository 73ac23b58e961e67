package org.ducha.node.federation;

import org.ducha.proto.federation.v1.Frame;

/**
 * The transport under a link session: a gRPC stream in production, a deterministic
 * in-process queue in the simulation. A session is driven from one thread at a time:
 * every call into it goes through {@link #execute(Runnable)}.
 */
public interface FrameSink {

	/** Sends a frame to the peer. */
	void send(Frame frame);

	/** Whether the transport can take another frame without buffering (flow control). */
	boolean isReady();

	/** Runs a task on the session's own serial executor. */
	void execute(Runnable task);

	/**
	 * Runs the work of one received channel (docs/protocol.md, "Lanes and merged
	 * batches"): by default at once, on the thread that handed it over — the session's; a
	 * transport may give each channel its own serial worker, and {@link #send} must then
	 * be safe to call from several threads.
	 */
	default java.util.concurrent.Executor lane(org.ducha.proto.federation.v1.Channel channel) {
		return Runnable::run;
	}

	/**
	 * The node code the peer's certificate names, read when its Hello arrives; empty on a
	 * plaintext link.
	 */
	java.util.Optional<String> certifiedPeer();

	/**
	 * The bearer token the peer presented on the stream, if any (a child's node token).
	 */
	default java.util.Optional<String> bearerToken() {
		return java.util.Optional.empty();
	}

	/** Ends the stream; the child will dial again. */
	void close(String reason);

}
