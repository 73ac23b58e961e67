package org.ducha.node.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.ducha.node.federation.FrameSink;
import org.ducha.node.federation.LinkSessions;
import org.ducha.node.federation.LinkSession;
import org.ducha.proto.federation.v1.Frame;

/**
 * A link between two test nodes without gRPC: frames wait in queues and {@link #drain()}
 * delivers them (and runs what the sessions queued) until nothing moves. A test may look
 * at, drop or forge frames on the way.
 */
public final class PipedLink {

	private final Deque<Runnable> work = new ArrayDeque<>();

	private final Deque<Frame> toParent = new ArrayDeque<>();

	private final Deque<Frame> toChild = new ArrayDeque<>();

	private final List<Frame> seenByChild = new ArrayList<>();

	private final List<Frame> seenByParent = new ArrayList<>();

	private final String parentCode;

	private final String childCode;

	private LinkSession parentSession;

	private LinkSession childSession;

	private boolean open = true;

	private String childToken;

	private boolean deferLanes;

	private PipedLink(String parentCode, String childCode) {
		this.parentCode = parentCode;
		this.childCode = childCode;
	}

	/** The child dials; its Hello waits until the next {@link #drain()}. */
	public static PipedLink connect(TestNode parent, TestNode child) {
		PipedLink link = new PipedLink(parent.code(), child.code());
		// the child shows its node token, as its transport would
		link.childToken = child.bean(org.ducha.node.security.NodeTokens.class).current().orElse(null);
		link.parentSession = parent.bean(LinkSessions.class).acceptChild(link.sink(false));
		link.childSession = child.bean(LinkSessions.class).connectToParent(link.sink(true), () -> {
		});
		return link;
	}

	/** The parent's end, for a test that plays the child by hand. */
	public static PipedLink towards(TestNode parent, String childCode) {
		return towards(parent, childCode, null);
	}

	/** The parent's end, with the bearer token the child presents on the stream. */
	public static PipedLink towards(TestNode parent, String childCode, String childToken) {
		PipedLink link = new PipedLink(parent.code(), childCode);
		link.childToken = childToken;
		link.parentSession = parent.bean(LinkSessions.class).acceptChild(link.sink(false));
		return link;
	}

	private FrameSink sink(boolean fromChild) {
		return new FrameSink() {

			@Override
			public void send(Frame frame) {
				if (PipedLink.this.open) {
					(fromChild ? PipedLink.this.toParent : PipedLink.this.toChild).add(frame);
				}
			}

			@Override
			public boolean isReady() {
				return PipedLink.this.open;
			}

			@Override
			public void execute(Runnable task) {
				PipedLink.this.work.add(task);
			}

			@Override
			public java.util.concurrent.Executor lane(org.ducha.proto.federation.v1.Channel channel) {
				return PipedLink.this.deferLanes ? PipedLink.this.work::add : Runnable::run;
			}

			@Override
			public Optional<String> certifiedPeer() {
				return Optional.of(fromChild ? PipedLink.this.parentCode : PipedLink.this.childCode);
			}

			@Override
			public Optional<String> bearerToken() {
				return fromChild ? Optional.empty() : Optional.ofNullable(PipedLink.this.childToken);
			}

			@Override
			public void close(String reason) {
				PipedLink.this.close();
			}

		};
	}

	/**
	 * From now on a received channel's batches wait in their lane and are applied as a
	 * queued task, after the frames already in flight are delivered: batches sent
	 * together are then applied together, as a busy lane does.
	 */
	public PipedLink deferringLanes() {
		this.deferLanes = true;
		return this;
	}

	/** Delivers frames until nothing moves. */
	public void drain() {
		for (int i = 0; i < 100_000; i++) {
			if (!drainOne()) {
				return;
			}
		}
		throw new AssertionError("the link did not settle");
	}

	/**
	 * Delivers one frame (to the parent first) or runs one queued task.
	 * @return false when nothing was left to do
	 */
	public boolean drainOne() {
		if (!this.toParent.isEmpty()) {
			Frame frame = this.toParent.poll();
			this.seenByParent.add(frame);
			this.parentSession.onFrame(frame);
		}
		else if (!this.toChild.isEmpty()) {
			Frame frame = this.toChild.poll();
			this.seenByChild.add(frame);
			if (this.childSession != null) {
				this.childSession.onFrame(frame);
			}
		}
		else if (!this.work.isEmpty()) {
			this.work.poll().run();
		}
		else {
			return false;
		}
		return true;
	}

	/** Sends a frame to the parent as if the child had sent it. */
	public void sendToParent(Frame frame) {
		this.toParent.add(frame);
	}

	/** Frames the parent sent to the child so far, matching a test. */
	public List<Frame> framesToChild(Predicate<Frame> test) {
		List<Frame> all = new ArrayList<>(this.seenByChild);
		all.addAll(this.toChild);
		return all.stream().filter(test).toList();
	}

	/** Frames the child sent to the parent so far, matching a test. */
	public List<Frame> framesToParent(Predicate<Frame> test) {
		return this.seenByParent.stream().filter(test).toList();
	}

	public boolean isOpen() {
		return this.open;
	}

	/** Ends the stream: both sessions close, frames in flight are lost. */
	public void close() {
		if (!this.open) {
			return;
		}
		this.open = false;
		this.toParent.clear();
		this.toChild.clear();
		this.parentSession.close("test closed the link");
		if (this.childSession != null) {
			this.childSession.close("test closed the link");
		}
	}

}
