package org.ducha.node.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ducha.node.NodeLevel;
import org.ducha.node.federation.LinkStatus;
import org.ducha.node.federation.LinkStatusReader;

import static org.awaitility.Awaitility.await;

/**
 * A province, a city and two counties in one JVM, linked over real gRPC on loopback with
 * mutual TLS: 440000 → 441700 → 441702, 441704.
 */
public final class Federation implements AutoCloseable {

	public final TestNode province;

	public final TestNode city;

	public final TestNode jiangcheng;

	public final TestNode yangdong;

	private Federation(TestNode province, TestNode city, TestNode jiangcheng, TestNode yangdong) {
		this.province = province;
		this.city = city;
		this.jiangcheng = jiangcheng;
		this.yangdong = yangdong;
	}

	/** Starts the four nodes and waits until every link is connected. */
	public static Federation start(Map<String, Object> extraProperties) {
		return start(extraProperties, (code, builder) -> {
		});
	}

	/**
	 * Starts the four nodes, each builder adjusted by the test (a probe bean on one
	 * node), and waits until every link is connected.
	 */
	public static Federation start(Map<String, Object> extra,
			java.util.function.BiConsumer<String, TestNode.Builder> adjust) {
		java.util.function.UnaryOperator<TestNode.Builder> each = (builder) -> {
			adjust.accept(builder.code(), builder);
			return builder;
		};
		TestNode province = configure(
				each.apply(TestNode.node("440000", NodeLevel.PROVINCE).name("广东省").children("441700")), extra)
			.departments(Map.of("zfb", "广东省人民政府办公厅"))
			.start();
		TestNode city = configure(each.apply(TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.parent("440000", province.linkAddress())
			.children("441702", "441704")), extra).departments(Map.of("fgj", "阳江市发展和改革局")).start();
		TestNode jiangcheng = configure(
				each.apply(TestNode.node("441702", NodeLevel.COUNTY).name("江城区").parent("441700", city.linkAddress())),
				extra)
			.start();
		TestNode yangdong = configure(
				each.apply(TestNode.node("441704", NodeLevel.COUNTY).name("阳东区").parent("441700", city.linkAddress())),
				extra)
			.departments(Map.of("jyj", "阳东区教育局"))
			.start();
		Federation federation = new Federation(province, city, jiangcheng, yangdong);
		federation.awaitConnected();
		return federation;
	}

	private static TestNode.Builder configure(TestNode.Builder builder, Map<String, Object> extra) {
		extra.forEach(builder::property);
		// streams are rotated every few seconds, so every test also exercises resume;
		// each child
		// shows a node token (minted from the local key) beside its certificate, and
		// parents require it
		return builder.property("ducha.security.local-jwt.private-key", TestKeys.dir().resolve("jwt.key").toString())
			.property("ducha.security.links.require-node-token", "true")
			.property("ducha.federation.client.initial-backoff", "200ms")
			.property("ducha.federation.client.max-backoff", "2s")
			.property("ducha.node.grpc.max-connection-age", "6s")
			.property("ducha.federation.server.max-connection-age-grace", "1s");
	}

	public List<TestNode> nodes() {
		return List.of(this.province, this.city, this.jiangcheng, this.yangdong);
	}

	/** Waits until every link of every node is connected. */
	public void awaitConnected() {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
			for (TestNode node : nodes()) {
				for (LinkStatus link : node.bean(LinkStatusReader.class).all()) {
					if (link.state() != org.ducha.node.federation.LinkState.CONNECTED) {
						return false;
					}
				}
			}
			return true;
		});
	}

	/** Waits until no node has anything unacknowledged. */
	public void awaitQuiet() {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
			for (TestNode node : nodes()) {
				for (LinkStatus link : node.bean(LinkStatusReader.class).all()) {
					if (link.channels().stream().anyMatch((c) -> c.backlog() > 0)) {
						return false;
					}
				}
			}
			return true;
		});
	}

	@Override
	public void close() {
		List<TestNode> reversed = new ArrayList<>(nodes());
		java.util.Collections.reverse(reversed);
		reversed.forEach(TestNode::close);
	}

}
