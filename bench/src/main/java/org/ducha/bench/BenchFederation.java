package org.ducha.bench;

import java.time.Duration;
import java.util.List;

import org.ducha.node.NodeLevel;
import org.ducha.node.federation.LinkOperations;
import org.ducha.node.federation.LinkState;
import org.ducha.node.federation.LinkStatus;
import org.ducha.node.federation.LinkStatusReader;

/**
 * The nodes of the benchmark in this JVM, on one durable embedded database server: the
 * province 440000, the city 441700 (阳江市) and its county 441704 (阳东区), linked over gRPC
 * with mutual TLS. The city also expects 441721 (阳西县), the county that scenario 6 runs as
 * a JVM of its own.
 */
final class BenchFederation implements AutoCloseable {

	static final String CITY = "441700";

	static final String COUNTY = "441704";

	static final String SEPARATE_COUNTY = "441721";

	final BenchNode province;

	final BenchNode city;

	final BenchNode county;

	final Arrivals atCity;

	final Arrivals atCounty;

	static BenchFederation start(BenchNode.Site site) {
		Arrivals atCity = new Arrivals();
		Arrivals atCounty = new Arrivals();
		BenchNode province = BenchNode.start(site, Events.PROVINCE, NodeLevel.PROVINCE, null, List.of(CITY), null);
		BenchNode city = BenchNode.start(site, CITY, NodeLevel.CITY,
				new String[] { Events.PROVINCE, province.linkAddress() }, List.of(COUNTY, SEPARATE_COUNTY), atCity);
		BenchNode county = BenchNode.start(site, COUNTY, NodeLevel.COUNTY, new String[] { CITY, city.linkAddress() },
				List.of(), atCounty);
		BenchFederation federation = new BenchFederation(province, city, county, atCity, atCounty);
		federation.awaitConnected(federation.city, Events.PROVINCE, Duration.ofSeconds(60));
		federation.awaitConnected(federation.county, CITY, Duration.ofSeconds(60));
		return federation;
	}

	private BenchFederation(BenchNode province, BenchNode city, BenchNode county, Arrivals atCity, Arrivals atCounty) {
		this.province = province;
		this.city = city;
		this.county = county;
		this.atCity = atCity;
		this.atCounty = atCounty;
	}

	/** Waits until a node's link to a peer is connected. */
	void awaitConnected(BenchNode node, String peer, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (state(node, peer) != LinkState.CONNECTED) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Link " + node.code() + " → " + peer + " not connected after "
						+ timeout.toSeconds() + " s: " + status(node, peer));
			}
			Arrivals.sleep(50);
		}
	}

	static LinkState state(BenchNode node, String peer) {
		LinkStatus status = status(node, peer);
		return (status != null) ? status.state() : null;
	}

	static LinkStatus status(BenchNode node, String peer) {
		return node.bean(LinkStatusReader.class)
			.all()
			.stream()
			.filter((link) -> link.peer().equals(peer))
			.findFirst()
			.orElse(null);
	}

	/** Closes a node's link to its parent, as a node whose network is down. */
	static void disconnectFromParent(BenchNode node, String parent) {
		node.bean(LinkOperations.class).pause(parent, "bench");
	}

	/** Lets a node dial its parent again, at once. */
	static void reconnectToParent(BenchNode node, String parent) {
		node.bean(LinkOperations.class).resume(parent, "bench");
	}

	@Override
	public void close() {
		this.county.close();
		this.city.close();
		this.province.close();
	}

}
