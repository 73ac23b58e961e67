package org.ducha.node.federation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ducha.node.tree.Link;
import org.ducha.proto.federation.v1.Frame;
import org.ducha.proto.federation.v1.Hello;
import org.ducha.proto.federation.v1.ResyncRequired;

/**
 * One connection of a link, from Hello to close (docs/protocol.md §3–§5): the handshake,
 * then each frame to the half that handles it — the {@link LinkSender} for this node's
 * logs, the {@link LinkReceiver} for the peer's. Not thread-safe: the transport calls it
 * from one thread at a time.
 */
public final class LinkSession {

	private static final Logger logger = LoggerFactory.getLogger(LinkSession.class);

	private final FrameSink sink;

	private final Runnable onOpen;

	private final HelloExchange exchange;

	private final LinkHalves halves;

	private final OpenSessions open;

	private final LinkAudit audit;

	private final Duration helloTimeout;

	private final Clock clock;

	private final Instant startedAt;

	private Link link;

	private Phase phase = Phase.AWAITING_HELLO;

	private LinkSender sender;

	private LinkReceiver receiver;

	private enum Phase {

		AWAITING_HELLO, OPEN, CLOSED

	}

	LinkSession(FrameSink sink, Link link, Runnable onOpen, HelloExchange exchange, LinkHalves halves,
			OpenSessions open, LinkAudit audit, Duration helloTimeout, Clock clock) {
		this.sink = sink;
		this.link = link;
		this.onOpen = onOpen;
		this.exchange = exchange;
		this.halves = halves;
		this.open = open;
		this.audit = audit;
		this.helloTimeout = helloTimeout;
		this.clock = clock;
		this.startedAt = clock.instant();
	}

	/** The link, once known (the parent learns it from the child's Hello). */
	public Link link() {
		return this.link;
	}

	FrameSink sink() {
		return this.sink;
	}

	public boolean isOpen() {
		return this.phase == Phase.OPEN;
	}

	void start() {
		if (this.link != null) {
			// the Hello states the cursors: none may move any more under an earlier
			// session
			this.halves.retire(this.link);
			this.sink.send(Frame.newBuilder().setHello(this.exchange.hello(this.link)).build());
		}
	}

	/** Handles one frame from the peer. */
	public void onFrame(Frame frame) {
		if (this.phase == Phase.CLOSED) {
			return;
		}
		if (frame.getKindCase() == Frame.KindCase.HELLO) {
			onHello(frame.getHello());
			return;
		}
		if (this.phase != Phase.OPEN) {
			refuseStream("a " + frame.getKindCase() + " frame arrived before Hello");
			return;
		}
		switch (frame.getKindCase()) {
			case BATCH -> this.receiver.onBatch(frame.getBatch());
			case SNAPSHOT_CHUNK -> this.receiver.onSnapshotChunk(frame.getSnapshotChunk());
			case ACK -> this.sender.onAck(frame.getAck());
			case NACK -> {
				if (!this.sender.onNack(frame.getNack())) {
					close("the peer follows another epoch of the " + frame.getNack().getChannel() + " log");
				}
			}
			case RESYNC_REQUIRED -> this.sender.onResyncRequired(frame.getResyncRequired());
			case PROGRESS -> this.sender.onProgress(frame.getProgress());
			default -> this.audit.record("FRAME_REFUSED", this.link, "a frame without a known kind was ignored");
		}
	}

	private void onHello(Hello hello) {
		if (this.phase != Phase.AWAITING_HELLO) {
			this.audit.record("FRAME_REFUSED", this.link, "a second Hello on an open session was ignored");
			return;
		}
		HelloExchange.Accepted accepted = this.exchange.accept(this.link, this.sink, hello);
		if (accepted == null) {
			close("Hello refused");
			return;
		}
		boolean answer = this.link == null;
		this.link = accepted.link();
		this.open.register(this);
		// before the answer states the cursors: an earlier session's lanes are retired
		this.receiver = this.halves.receiver(this.link, this.sink);
		if (answer) {
			this.sink.send(Frame.newBuilder().setHello(this.exchange.hello(this.link)).build());
		}
		this.sender = this.halves.sender(this.link, this.sink);
		this.sender.start(accepted.peerCursors());
		for (ResyncRequired resync : this.receiver.start(accepted.peerLogs())) {
			this.sink.send(Frame.newBuilder().setResyncRequired(resync).build());
		}
		this.phase = Phase.OPEN;
		this.onOpen.run();
		pump();
	}

	/** Sends what the window and the transport allow. */
	public void pump() {
		if (this.phase == Phase.OPEN) {
			this.sender.pump();
		}
	}

	/**
	 * Periodic duties: close a session that never said Hello, resend what was not
	 * acknowledged in time, send what a refusal held back.
	 */
	public void tick() {
		Instant now = this.clock.instant();
		if (this.phase == Phase.AWAITING_HELLO && now.isAfter(this.startedAt.plus(this.helloTimeout))) {
			close("no Hello within " + this.helloTimeout);
			return;
		}
		if (this.phase == Phase.OPEN) {
			this.sender.tick(now);
		}
	}

	/** Ends the session; what it did not finish is resent by the next one. */
	public void close(String reason) {
		if (this.phase == Phase.CLOSED) {
			return;
		}
		this.phase = Phase.CLOSED;
		if (this.receiver != null) {
			this.receiver.close();
		}
		this.open.closed(this);
		logger.info("Link session with {} closed: {}", (this.link != null) ? this.link.peer() : "an unidentified peer",
				reason);
		this.sink.close(reason);
	}

	private void refuseStream(String detail) {
		if (this.link != null) {
			this.audit.record("FRAME_BEFORE_HELLO", this.link, detail);
		}
		else {
			this.audit.anonymous("FRAME_BEFORE_HELLO", detail);
		}
		close(detail);
	}

}
