package org.ducha.deploy.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.ducha.deploy.Await;
import org.ducha.deploy.FreePorts;
import org.ducha.deploy.NodeProcess;
import org.ducha.deploy.NodeSchema;
import org.ducha.deploy.PackagedApp;
import org.ducha.node.testing.TestDatabase;
import org.ducha.node.testing.TestKeys;

import org.springframework.core.ParameterizedTypeReference;

/**
 * The packaged province 440000, city 441700 and county 441702 as separate JVMs on one
 * test database with mutual TLS, the city dialling its province through a
 * {@link DelayingProxy} (which passes bytes straight through until told to be slow),
 * started once for all the fault scenarios; and what the test reads of them: link states
 * and the logs' sequence numbers.
 */
final class FaultFederation implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

	final NodeSchema provinceSchema = new NodeSchema("440000", TestDatabase.newSchema("440000"));

	final NodeSchema citySchema = new NodeSchema("441700", TestDatabase.newSchema("441700"));

	final NodeSchema countySchema = new NodeSchema("441702", TestDatabase.newSchema("441702"));

	/** The city's link port, which its county dials. */
	final int cityLink = FreePorts.next();

	final DelayingProxy proxy;

	final NodeProcess province;

	final NodeProcess city;

	final NodeProcess county;

	private final Path logs;

	private FaultFederation(Path logs) {
		this.logs = logs;
		Path data = Path.of("target", "process-data", "faults-" + System.currentTimeMillis()).toAbsolutePath();
		int provinceLink = FreePorts.next();
		this.proxy = DelayingProxy.start(FreePorts.next(), provinceLink);
		Map<String, Object> province = node(this.provinceSchema, data, provinceLink);
		province.put("ducha.node.children", "441700");
		this.province = NodeProcess.of("440000", PackagedApp.PROVINCE, province, logs);
		Map<String, Object> city = node(this.citySchema, data, this.cityLink);
		city.put("ducha.node.parent.code", "440000");
		city.put("ducha.node.parent.address", "127.0.0.1:" + this.proxy.port());
		city.put("ducha.node.children", "441702");
		this.city = NodeProcess.of("441700", PackagedApp.CITY, city, logs);
		Map<String, Object> county = node(this.countySchema, data, FreePorts.next());
		county.put("ducha.node.name", "江城区");
		county.put("ducha.node.parent.code", "441700");
		county.put("ducha.node.parent.address", "127.0.0.1:" + this.cityLink);
		this.county = NodeProcess.of("441702", PackagedApp.COUNTY, county, logs);
	}

	/** Starts the three nodes and waits until every link is connected. */
	static FaultFederation start(Path logs) {
		FaultFederation federation = new FaultFederation(logs);
		try {
			federation.nodes().forEach(NodeProcess::start);
			federation.nodes().forEach((node) -> node.awaitUp(START_TIMEOUT));
			federation.await(Duration.ofSeconds(60), "every link connected", federation::allConnected);
			return federation;
		}
		catch (RuntimeException | Error ex) {
			federation.close();
			throw ex;
		}
	}

	/**
	 * Each node's settings as in production but with shorter waits: dialling again after
	 * 0.2–2 s, and a gRPC keepalive ping after 10 s without reading (grpc-java's least),
	 * answered within 5 s, so that a dead connection is noticed within about 15 s rather
	 * than the 30 + 10 s of the defaults, and a cut of 20 s is noticed too.
	 */
	private static Map<String, Object> node(NodeSchema schema, Path data, int linkPort) {
		Map<String, Object> properties = NodeProcess.settings(schema, data, linkPort);
		properties.put("ducha.federation.client.keep-alive-time", "10s");
		properties.put("ducha.federation.client.keep-alive-timeout", "5s");
		properties.put("ducha.federation.server.permit-keep-alive-time", "10s");
		return properties;
	}

	List<NodeProcess> nodes() {
		return List.of(this.province, this.city, this.county);
	}

	List<NodeSchema> schemas() {
		return List.of(this.provinceSchema, this.citySchema, this.countySchema);
	}

	/**
	 * A node's links as its operators see them ({@code GET /api/v1/federation/links}).
	 */
	List<Map<String, Object>> links(NodeProcess node) {
		return node.api(TestKeys.token("admin-" + node.code(), node.code(), null, "sysadmin"))
			.get()
			.uri("/api/v1/federation/links")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
	}

	/** The state of a node's link to a peer, such as CONNECTED or BACKOFF. */
	String state(NodeProcess node, String peer) {
		return links(node).stream()
			.filter((link) -> peer.equals(link.get("peer")))
			.map((link) -> String.valueOf(link.get("state")))
			.findFirst()
			.orElseThrow();
	}

	/** How often a child dialled its parent again, as it counts. */
	long reconnects(NodeProcess child, String parent) {
		return links(child).stream()
			.filter((link) -> parent.equals(link.get("peer")))
			.mapToLong((link) -> ((Number) link.get("reconnects")).longValue())
			.sum();
	}

	boolean allConnected() {
		return nodes().stream().allMatch((node) -> {
			List<Map<String, Object>> links = links(node);
			return !links.isEmpty() && links.stream().allMatch((link) -> "CONNECTED".equals(link.get("state")));
		});
	}

	/** Every log of every node: "sender→peer channel" → {last seq, acknowledged seq}. */
	Map<String, long[]> logs() {
		Map<String, long[]> logs = new LinkedHashMap<>();
		for (NodeSchema node : schemas()) {
			for (Map<String, Object> log : node.rows("SELECT peer_code, channel, last_seq, acked_seq "
					+ "FROM fed_outbound_log ORDER BY peer_code, channel")) {
				logs.put(node + "→" + log.get("peer_code") + " " + log.get("channel"), new long[] {
						((Number) log.get("last_seq")).longValue(), ((Number) log.get("acked_seq")).longValue() });
			}
		}
		return logs;
	}

	/** Whether every log had acknowledged, by now, all it had written by then. */
	boolean caughtUpWith(Map<String, long[]> then) {
		Map<String, long[]> now = logs();
		return then.entrySet()
			.stream()
			.allMatch((log) -> now.containsKey(log.getKey()) && now.get(log.getKey())[1] >= log.getValue()[0]);
	}

	/** Whether every log is acknowledged to its end. */
	boolean quiet() {
		return logs().values().stream().allMatch((seqs) -> seqs[0] == seqs[1]);
	}

	/** Waits for a condition, failing with where the node logs are. */
	void await(Duration timeout, String what, BooleanSupplier condition) {
		Await.until(timeout, what, this.logs, condition);
	}

	@Override
	public void close() {
		nodes().forEach(NodeProcess::close);
		this.proxy.close();
	}

}
