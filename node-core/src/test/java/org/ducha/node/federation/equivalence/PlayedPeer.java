package org.ducha.node.federation.equivalence;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.ducha.node.federation.FrameSink;
import org.ducha.node.federation.LinkSession;
import org.ducha.node.federation.LinkSessions;
import org.ducha.node.testing.Hellos;
import org.ducha.node.testing.TestNode;
import org.ducha.proto.federation.v1.Ack;
import org.ducha.proto.federation.v1.Batch;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Entry;
import org.ducha.proto.federation.v1.Frame;
import org.ducha.proto.federation.v1.Hello;
import org.ducha.proto.federation.v1.InboundCursor;
import org.ducha.proto.federation.v1.OutboundLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A peer of the node under test played by hand over its real session (the path gRPC
 * takes, without the transport): the node's parent, which the node dials, or one of its
 * children, which dials the node. It says Hello, then sends batches of its logs and waits
 * for each one's Ack; whatever the node sends it besides (its own batches, re-sync
 * requests) is left unanswered. Work the session hands to its executor is run here, in
 * order, on the test's thread.
 */
final class PlayedPeer {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private final String code;

	private final Deque<Runnable> work = new ArrayDeque<>();

	private final List<Frame> received = new ArrayList<>();

	private final LinkSession session;

	private PlayedPeer(TestNode node, String code, boolean parent) {
		this.code = code;
		LinkSessions sessions = node.bean(LinkSessions.class);
		this.session = parent ? sessions.connectToParent(sink(), () -> {
		}) : sessions.acceptChild(sink());
		this.session.onFrame(Frame.newBuilder().setHello(parent ? parentHello(code) : Hellos.freshChild(code)).build());
		drain();
		assertThat(this.session.isOpen()).as("the session with %s after its Hello", code).isTrue();
	}

	/** The node's parent, after the Hello that makes the node follow its logs. */
	static PlayedPeer parent(TestNode node, String code) {
		return new PlayedPeer(node, code, true);
	}

	/** One of the node's children, after its Hello. */
	static PlayedPeer child(TestNode node, String code) {
		return new PlayedPeer(node, code, false);
	}

	/** The Hello of a parent whose logs (epoch {@link Hellos#EPOCH}) start at 1. */
	private static Hello parentHello(String code) {
		Hello.Builder hello = Hello.newBuilder().setNodeCode(code).setNodeName("省").setProtocolVersion(1);
		for (Channel channel : List.of(Channel.CHANNEL_ALERT, Channel.CHANNEL_REFERENCE, Channel.CHANNEL_TASK)) {
			hello.addOutbound(
					OutboundLog.newBuilder().setChannel(channel).setEpoch(Hellos.EPOCH).setFirstRetainedSeq(1));
		}
		for (Channel channel : List.of(Channel.CHANNEL_ALERT, Channel.CHANNEL_REPORT)) {
			hello.addInbound(InboundCursor.newBuilder().setChannel(channel));
		}
		return hello.build();
	}

	private FrameSink sink() {
		return new FrameSink() {

			@Override
			public void send(Frame frame) {
				synchronized (PlayedPeer.this.received) {
					PlayedPeer.this.received.add(frame);
				}
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void execute(Runnable task) {
				synchronized (PlayedPeer.this.work) {
					PlayedPeer.this.work.add(task);
				}
			}

			@Override
			public Optional<String> certifiedPeer() {
				return Optional.of(PlayedPeer.this.code);
			}

			@Override
			public void close(String reason) {
			}

		};
	}

	/**
	 * Sends one batch of a log and waits for its answer.
	 * @return the Ack
	 */
	Ack send(Channel channel, List<Entry> entries) {
		int before = answers(channel).size();
		this.session.onFrame(Frame.newBuilder()
			.setBatch(Batch.newBuilder().setChannel(channel).setEpoch(Hellos.EPOCH).addAllEntries(entries))
			.build());
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (answers(channel).size() == before) {
			if (!runOne()) {
				assertThat(System.nanoTime()).as("an answer from the node to a batch of %s", this.code)
					.isLessThan(deadline);
				Thread.onSpinWait();
			}
		}
		drain();
		Frame answer = answers(channel).get(before);
		assertThat(answer.hasAck()).as("the answer to a batch of %s on %s: %s", this.code, channel, answer).isTrue();
		return answer.getAck();
	}

	private List<Frame> answers(Channel channel) {
		synchronized (this.received) {
			return this.received.stream()
				.filter((f) -> (f.hasAck() && f.getAck().getChannel() == channel)
						|| (f.hasNack() && f.getNack().getChannel() == channel))
				.toList();
		}
	}

	private boolean runOne() {
		Runnable next;
		synchronized (this.work) {
			next = this.work.poll();
		}
		if (next == null) {
			return false;
		}
		next.run();
		return true;
	}

	private void drain() {
		while (runOne()) {
			// until the session queued nothing more
		}
	}

	void close() {
		this.session.close("the script is over");
	}

}
