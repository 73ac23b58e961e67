package org.ducha.node.testing;

import java.util.List;

import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Hello;
import org.ducha.proto.federation.v1.InboundCursor;
import org.ducha.proto.federation.v1.OutboundLog;

/**
 * Hellos a test sends when it plays a child by hand.
 */
public final class Hellos {

	/** The epoch of the hand-played child's logs. */
	public static final String EPOCH = "6f7e1c2a-0000-4000-8000-00000000a1e7";

	private Hellos() {
	}

	/** The Hello of a county that never synced anything. */
	public static Hello freshChild(String code) {
		Hello.Builder hello = Hello.newBuilder().setNodeCode(code).setNodeName("县").setProtocolVersion(1);
		for (Channel channel : List.of(Channel.CHANNEL_ALERT, Channel.CHANNEL_REPORT)) {
			hello.addOutbound(OutboundLog.newBuilder().setChannel(channel).setEpoch(EPOCH).setFirstRetainedSeq(1));
		}
		for (Channel channel : List.of(Channel.CHANNEL_ALERT, Channel.CHANNEL_REFERENCE, Channel.CHANNEL_TASK)) {
			hello.addInbound(InboundCursor.newBuilder().setChannel(channel));
		}
		return hello.build();
	}

}
