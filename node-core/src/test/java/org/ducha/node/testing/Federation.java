package org.ducha.node.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.ducha.node.NodeLevel;
import org.ducha.node.federation.LinkStatus;
import org.ducha.node.federation.LinkStatusReader;

import static org.awaitility.Awaitility.await;

/**
 * A province, a city and its counties in one JVM, linked over real gRPC on loopback with
 * mutual TLS: 440000 → 441700 → 441702 and 441704 by default, or any of the city's
 * counties 441702 江城区, 441704 阳东区, 441721 阳西县, 441781 阳春市. A county can be stopped and
 * started again on its own data.
 */
public final class Federation implements AutoCloseable {

	private static final Map<String, String> COUNTIES = Map.of("441702", "江城区", "441704", "阳东区", "441721", "阳西县",
			"441781", "阳春市");

	private static final Map<String, Map<String, String>> DEPARTMENTS = Map.of("441704", Map.of("jyj", "阳东区教育局"),
			"441721", Map.of("zjj", "阳西县住房和城乡建设局"));

	public final TestNode province;

	public final TestNode city;

	/** 江城区 441702; null when the federation was started without it. */
	public final TestNode jiangcheng;

	/** 阳东区 441704; null when the federation was started without it. */
	public final TestNode yangdong;

	private final Map<String, TestNode> counties;

	private final Map<String, Object> extra;

	private final BiConsumer<String, TestNode.Builder> adjust;

	private Federation(TestNode province, TestNode city, Map<String, TestNode> counties, Map<String, Object> extra,
			BiConsumer<String, TestNode.Builder> adjust) {
		this.province = province;
		this.city = city;
		this.counties = counties;
		this.jiangcheng = counties.get("441702");
		this.yangdong = counties.get("441704");
		this.extra = extra;
		this.adjust = adjust;
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
	public static Federation start(Map<String, Object> extra, BiConsumer<String, TestNode.Builder> adjust) {
		return withCounties(extra, adjust, "441702", "441704");
	}

	/**
	 * Starts the province, the city and the given counties of the city, and waits until
	 * every link is connected.
	 */
	public static Federation withCounties(Map<String, Object> extra, BiConsumer<String, TestNode.Builder> adjust,
			String... countyCodes) {
		TestNode province = configure(TestNode.node("440000", NodeLevel.PROVINCE).name("广东省").children("441700"), extra,
				adjust)
			.departments(Map.of("zfb", "广东省人民政府办公厅"))
			.start();
		TestNode city = configure(TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.parent("440000", province.linkAddress())
			.children(countyCodes), extra, adjust).departments(Map.of("fgj", "阳江市发展和改革局")).start();
		Map<String, TestNode> counties = new LinkedHashMap<>();
		for (String code : countyCodes) {
			counties.put(code, county(code, city, null, extra, adjust));
		}
		Federation federation = new Federation(province, city, counties, extra, adjust);
		federation.awaitConnected();
		return federation;
	}

	private static TestNode county(String code, TestNode city, String schema, Map<String, Object> extra,
			BiConsumer<String, TestNode.Builder> adjust) {
		TestNode.Builder builder = configure(TestNode.node(code, NodeLevel.COUNTY)
			.name(COUNTIES.getOrDefault(code, code))
			.parent("441700", city.linkAddress()), extra, adjust).departments(DEPARTMENTS.getOrDefault(code, Map.of()));
		return ((schema != null) ? builder.schema(schema) : builder).start();
	}

	/** A county of the federation. */
	public TestNode county(String code) {
		TestNode county = this.counties.get(code);
		if (county == null) {
			throw new IllegalArgumentException("County " + code + " is not running in this federation");
		}
		return county;
	}

	/**
	 * Stops a county's node, as a county whose intranet link or server is down.
	 * @return the schema it keeps its data in, to start it again
	 */
	public String stopCounty(String code) {
		TestNode county = county(code);
		String schema = county.schema();
		county.close();
		this.counties.remove(code);
		return schema;
	}

	/** Starts a stopped county again on its own data. */
	public TestNode restartCounty(String code, String schema) {
		TestNode county = county(code, this.city, schema, this.extra, this.adjust);
		this.counties.put(code, county);
		return county;
	}

	private static TestNode.Builder configure(TestNode.Builder builder, Map<String, Object> extra,
			BiConsumer<String, TestNode.Builder> adjust) {
		adjust.accept(builder.code(), builder);
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

	/** The running nodes. */
	public List<TestNode> nodes() {
		List<TestNode> nodes = new ArrayList<>(List.of(this.province, this.city));
		nodes.addAll(this.counties.values());
		return nodes;
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
