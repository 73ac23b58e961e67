package org.ducha.deploy.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ducha.deploy.GatewayProcess;
import org.ducha.deploy.LoopbackPorts;
import org.ducha.deploy.keycloak.DemoRealm;
import org.ducha.deploy.keycloak.DuchaKeycloak;
import org.ducha.node.calendar.WorkingCalendar;
import org.ducha.node.schedule.TrafficLights;
import org.ducha.node.testing.Federation;
import org.ducha.node.testing.TestClock;
import org.ducha.node.testing.TestNode;

/**
 * What the browser tests run against: the real Keycloak with the demo realm, the packaged
 * gateway in its own JVM, and the province, 阳江市 and two of its counties (阳东区 441704 and
 * 阳西县 441721) linked over gRPC with TLS and Keycloak node tokens, every node trusting the
 * realm's tokens. The nodes share one clock the test can move forward, so that an
 * assignment can become overdue without waiting weeks.
 */
final class UiFederation implements AutoCloseable {

	private static final Map<String, String> EDUCATION = Map.of("441700", "阳江市教育局", "441704", "阳东区教育局", "441721",
			"阳西县教育局");

	final Federation nodes;

	final GatewayProcess gateway;

	final TestClock clock;

	final DuchaKeycloak keycloak;

	private final SignedInBrowsers browsers;

	private UiFederation(Federation nodes, GatewayProcess gateway, TestClock clock, DuchaKeycloak keycloak) {
		this.nodes = nodes;
		this.gateway = gateway;
		this.clock = clock;
		this.keycloak = keycloak;
		this.browsers = new SignedInBrowsers(gateway.baseUrl());
	}

	static UiFederation start(DuchaKeycloak keycloak) {
		TestClock clock = new TestClock(Instant.now());
		// the province carries out every node's user administration: the others forward
		// there
		int provincePort = LoopbackPorts.next();
		Federation nodes = Federation.withCounties(Map.of("ducha.security.keycloak.issuer-uri", keycloak.issuer()),
				(code, node) -> {
					node.property("ducha.security.keycloak.client-secret", DemoRealm.nodeSecret(code))
						.bean("clock", clock);
					if (code.equals("440000")) {
						node.property("server.port", provincePort);
					}
					else {
						node.property("ducha.users.province-url", "http://127.0.0.1:" + provincePort);
					}
					// the demo realm's second city department and the counties' handlers:
					// <code>:jyj
					if (EDUCATION.containsKey(code)) {
						node.departments(Map.of("jyj", EDUCATION.get(code)));
					}
				}, "441704", "441721");
		try {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("spring.security.oauth2.client.provider.keycloak.issuer-uri", keycloak.issuer());
			properties.put("spring.security.oauth2.client.registration.keycloak.client-secret",
					DemoRealm.GATEWAY_SECRET);
			for (TestNode node : new TestNode[] { nodes.province, nodes.city, nodes.county("441704"),
					nodes.county("441721") }) {
				properties.put("ducha.gateway.nodes." + node.code() + ".url", "http://127.0.0.1:" + node.httpPort());
			}
			properties.put("ducha.gateway.public-node", "441700");
			// patient: on a machine shared with other builds the gateway took over two
			// minutes to come up
			GatewayProcess gateway = GatewayProcess.start(properties, Path.of("target", "ui-browser"),
					Duration.ofSeconds(240));
			return new UiFederation(nodes, gateway, clock, keycloak);
		}
		catch (RuntimeException ex) {
			nodes.close();
			throw ex;
		}
	}

	/** Today at the nodes (their shared clock may have been moved forward). */
	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.clock.getZone());
	}

	/** Working days in (from, to] by the city's calendar. */
	int workingDaysBetween(LocalDate from, LocalDate to) {
		WorkingCalendar calendar = node("441700").bean(WorkingCalendar.class);
		return (int) from.plusDays(1)
			.datesUntil(to.plusDays(1))
			.filter((day) -> calendar.day(day).workingDay())
			.count();
	}

	/** Writes through the API of a node, as its demo users. */
	Seed seed(String code) {
		return new Seed(this.keycloak, node(code));
	}

	String baseUrl() {
		return this.gateway.baseUrl();
	}

	/**
	 * A desktop browser signed in as this demo account through the gateway and Keycloak's
	 * page, kept between tests ({@link SignedInBrowsers}): close it when done.
	 */
	UiBrowser signedIn(String username) {
		return this.browsers.as(username);
	}

	TestNode node(String code) {
		return switch (code) {
			case "440000" -> this.nodes.province;
			case "441700" -> this.nodes.city;
			default -> this.nodes.county(code);
		};
	}

	/**
	 * Moves every node's clock forward and computes the lights again at once, as the
	 * hourly job would.
	 */
	void advance(Duration duration) {
		this.clock.advance(duration);
		for (String code : new String[] { "440000", "441700", "441704", "441721" }) {
			node(code).bean(TrafficLights.class).refreshAll();
		}
	}

	@Override
	public void close() {
		try {
			this.browsers.close();
			this.gateway.close();
		}
		finally {
			this.nodes.close();
		}
	}

}
