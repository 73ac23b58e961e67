package org.ducha.node.federation.simulation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.ducha.node.federation.FrameSink;
import org.ducha.node.federation.LinkSessions;
import org.ducha.node.federation.LinkSession;
import org.ducha.proto.federation.v1.Frame;

/**
 * The deterministic in-process transport: each link's connection is two queues of frames
 * that the simulation delivers, drops, duplicates or reorders one at a time; sessions run
 * only when the simulation runs them. Nothing here runs on its own thread.
 */
final class SimNetwork {

	/** Frames a direction holds before its sender sees the transport as not ready. */
	private static final int CAPACITY = 6;

	final List<SimNode> nodes;

	final List<SimLink> links = new ArrayList<>();

	private final Deque<Pending> pending = new ArrayDeque<>();

	private final SimStats stats;

	/**
	 * Crashes left in this seed that kill the node's context; the later ones keep it
	 * (negative: every crash kills).
	 */
	private int killsLeft;

	SimNetwork(List<SimNode> nodes, SimStats stats, int kills) {
		this.nodes = nodes;
		this.stats = stats;
		this.killsLeft = kills;
		for (SimNode child : nodes) {
			child.parentCode().ifPresent((parent) -> this.links.add(new SimLink(node(parent), child)));
		}
	}

	SimNode node(String code) {
		return this.nodes.stream().filter((n) -> n.code().equals(code)).findFirst().orElseThrow();
	}

	/** One parent-child edge and its current connection, if any. */
	final class SimLink {

		final SimNode parent;

		final SimNode child;

		Connection connection;

		SimLink(SimNode parent, SimNode child) {
			this.parent = parent;
			this.child = child;
		}

		boolean isConnected() {
			return this.connection != null && this.connection.open;
		}

		@Override
		public String toString() {
			return this.parent.code() + "-" + this.child.code();
		}

	}

	/** A stream between a child and its parent. */
	final class Connection {

		final SimLink link;

		final List<Frame> toParent = new ArrayList<>();

		final List<Frame> toChild = new ArrayList<>();

		boolean open = true;

		LinkSession parentSession;

		LinkSession childSession;

		Connection(SimLink link) {
			this.link = link;
		}

		List<Frame> queue(boolean towardsParent) {
			return towardsParent ? this.toParent : this.toChild;
		}

	}

	/** A task a session handed to its executor, run when the simulation chooses. */
	private record Pending(SimNode node, Runnable task) {
	}

	private final class SimSink implements FrameSink {

		private final Connection connection;

		private final boolean fromChild;

		private final SimNode owner;

		SimSink(Connection connection, boolean fromChild) {
			this.connection = connection;
			this.fromChild = fromChild;
			this.owner = fromChild ? connection.link.child : connection.link.parent;
		}

		@Override
		public void send(Frame frame) {
			if (this.connection.open) {
				this.connection.queue(this.fromChild).add(frame);
			}
		}

		@Override
		public boolean isReady() {
			return this.connection.open && this.connection.queue(this.fromChild).size() < CAPACITY;
		}

		@Override
		public void execute(Runnable task) {
			SimNetwork.this.pending.add(new Pending(this.owner, task));
		}

		@Override
		public Optional<String> certifiedPeer() {
			return Optional.of(this.fromChild ? this.connection.link.parent.code() : this.connection.link.child.code());
		}

		@Override
		public void close(String reason) {
			SimNetwork.this.close(this.connection);
		}

	}

	/**
	 * The child dials its parent: both sessions open and the child's Hello waits in the
	 * queue.
	 */
	void connect(SimLink link) {
		if (link.isConnected() || !link.parent.isUp() || !link.child.isUp()) {
			return;
		}
		Connection connection = new Connection(link);
		link.connection = connection;
		connection.parentSession = link.parent.bean(LinkSessions.class).acceptChild(new SimSink(connection, false));
		connection.childSession = link.child.bean(LinkSessions.class)
			.connectToParent(new SimSink(connection, true), () -> {
			});
	}

	/** Ends a stream: frames in flight are lost and both sessions close. */
	void close(Connection connection) {
		if (!connection.open) {
			return;
		}
		connection.open = false;
		connection.toParent.clear();
		connection.toChild.clear();
		if (connection.link.parent.isUp()) {
			connection.parentSession.close("stream ended");
		}
		if (connection.link.child.isUp()) {
			connection.childSession.close("stream ended");
		}
	}

	/** Delivers (and removes) one frame; a crash of the receiver is contained here. */
	void deliver(Connection connection, boolean towardsParent, int index, boolean keepCopy) {
		List<Frame> queue = connection.queue(towardsParent);
		boolean wasFull = queue.size() >= CAPACITY;
		Frame frame = keepCopy ? queue.get(index) : queue.remove(index);
		LinkSession receiver = towardsParent ? connection.parentSession : connection.childSession;
		SimNode node = towardsParent ? connection.link.parent : connection.link.child;
		try {
			receiver.onFrame(frame);
		}
		catch (SimulatedCrash crash) {
			this.stats.crashFired(node.probe().takeFired());
			crash(node);
			return;
		}
		if (wasFull && connection.open) {
			LinkSession sender = towardsParent ? connection.childSession : connection.parentSession;
			this.pending.add(new Pending(towardsParent ? connection.link.child : connection.link.parent, sender::pump));
		}
	}

	/** Drops one frame in flight. */
	void drop(Connection connection, boolean towardsParent, int index) {
		connection.queue(towardsParent).remove(index);
	}

	/**
	 * The node dies: its streams end, its sessions and the tasks they queued are lost.
	 * Killed, it runs nothing more (its context is closed, its sessions are not even
	 * told); otherwise its sessions are closed and its context kept.
	 */
	void crash(SimNode node) {
		boolean kill = this.killsLeft != 0;
		if (this.killsLeft > 0) {
			this.killsLeft--;
		}
		node.down();
		for (SimLink link : this.links) {
			if ((link.parent == node || link.child == node) && link.connection != null && link.connection.open) {
				Connection connection = link.connection;
				connection.open = false;
				connection.toParent.clear();
				connection.toChild.clear();
				if (!kill) {
					(link.parent == node ? connection.parentSession : connection.childSession).close("crashed");
				}
				SimNode survivor = (link.parent == node) ? link.child : link.parent;
				if (survivor.isUp()) {
					(link.parent == node ? connection.childSession : connection.parentSession).close("peer crashed");
				}
			}
		}
		this.pending.removeIf((task) -> task.node() == node);
		if (kill) {
			this.stats.killed();
			node.kill();
		}
		else {
			for (LinkSession session : node.bean(LinkSessions.class).all()) {
				session.close("crashed");
			}
		}
	}

	/** The node runs again: on a new context if it was killed. */
	void restart(SimNode node) {
		if (node.isKilled()) {
			long started = System.nanoTime();
			node.up();
			this.stats.restarted(System.nanoTime() - started);
		}
		else {
			node.up();
		}
	}

	boolean hasPending() {
		return !this.pending.isEmpty();
	}

	/** Runs the oldest task a session queued. */
	void runPending() {
		Pending task = this.pending.poll();
		if (task != null && task.node().isUp()) {
			task.task().run();
		}
	}

	/** Periodic duties of every session of a node (resends after the ack timeout). */
	void tick(SimNode node) {
		if (node.isUp()) {
			for (LinkSession session : node.bean(LinkSessions.class).all()) {
				session.tick();
			}
		}
	}

	/** Connections with frames in flight, as (connection, direction) choices. */
	List<Flight> flights() {
		List<Flight> flights = new ArrayList<>();
		for (SimLink link : this.links) {
			if (link.isConnected()) {
				if (!link.connection.toParent.isEmpty()) {
					flights.add(new Flight(link.connection, true));
				}
				if (!link.connection.toChild.isEmpty()) {
					flights.add(new Flight(link.connection, false));
				}
			}
		}
		return flights;
	}

	/** A direction of a connection with frames waiting. */
	record Flight(Connection connection, boolean towardsParent) {

		List<Frame> queue() {
			return this.connection.queue(this.towardsParent);
		}

	}

	/** Forgets everything of a previous seed. */
	void reset() {
		this.pending.clear();
		for (SimLink link : this.links) {
			if (link.connection != null) {
				link.connection.open = false;
			}
			link.connection = null;
		}
	}

}
