package org.ducha.node.federation;

import java.util.List;

import org.ducha.node.tree.PeerRole;
import org.ducha.proto.federation.v1.Channel;

/**
 * Which channels flow in which direction of a link, in the order a sender serves them:
 * alerts first so that they are never stuck behind a backlog.
 */
public final class Channels {

	private static final List<Channel> DOWN = List.of(Channel.CHANNEL_ALERT, Channel.CHANNEL_REFERENCE,
			Channel.CHANNEL_TASK);

	private static final List<Channel> UP = List.of(Channel.CHANNEL_ALERT, Channel.CHANNEL_REPORT);

	private Channels() {
	}

	/** Channels this node sends to a peer of the given role. */
	public static List<Channel> sentTo(PeerRole peerRole) {
		return (peerRole == PeerRole.CHILD) ? DOWN : UP;
	}

	/** Channels this node receives from a peer of the given role. */
	public static List<Channel> receivedFrom(PeerRole peerRole) {
		return (peerRole == PeerRole.CHILD) ? UP : DOWN;
	}

	/**
	 * Whether a channel carries versioned state (reference data) rather than a history.
	 */
	public static boolean isStateOfTheWorld(Channel channel) {
		return channel == Channel.CHANNEL_REFERENCE;
	}

	/** Database name of a channel. */
	public static String key(Channel channel) {
		return switch (channel) {
			case CHANNEL_TASK -> "task";
			case CHANNEL_REPORT -> "report";
			case CHANNEL_ALERT -> "alert";
			case CHANNEL_REFERENCE -> "reference";
			default -> throw new IllegalArgumentException("Not a channel: " + channel);
		};
	}

	/** The channel of a database name. */
	public static Channel of(String key) {
		return switch (key) {
			case "task" -> Channel.CHANNEL_TASK;
			case "report" -> Channel.CHANNEL_REPORT;
			case "alert" -> Channel.CHANNEL_ALERT;
			case "reference" -> Channel.CHANNEL_REFERENCE;
			default -> throw new IllegalArgumentException("Not a channel: " + key);
		};
	}

}
