package org.ducha.deploy.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.ducha.deploy.ExactlyOnceCheck;
import org.ducha.deploy.NodeProcess;
import org.ducha.deploy.faults.LoopbackFirewall.Rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Network faults between the packaged province, city and county (separate JVMs, mutual
 * TLS, one set of processes for every scenario) while traffic flows both ways: the city
 * cut off for a minute, a one-way cut each way in turn, one packet in ten lost at random,
 * a link flapping every few seconds, and a slow link. The faults are nftables rules on
 * the federation ports of the loopback interface ({@link LoopbackFirewall}) and a
 * delaying proxy between the city and its province ({@link DelayingProxy}). After each,
 * every log catches up by itself and every event crossed every hop exactly once, at every
 * node.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetworkFaultsProcessTests {

	private static final Path LOGS = Path.of("target", "process-logs", "NetworkFaultsProcessTests");

	private static final List<String> summary = new ArrayList<>();

	private static long begin;

	private static LoopbackFirewall firewall;

	private static FaultFederation federation;

	private static FaultTraffic traffic;

	@BeforeAll
	static void startFederation() {
		begin = System.nanoTime();
		firewall = LoopbackFirewall.open();
		federation = FaultFederation.start(LOGS);
		traffic = new FaultTraffic(federation.province, federation.county);
		summary.add(String.format("federation of 3 JVMs up and linked after %.1f s", seconds(begin)));
	}

	@AfterAll
	static void stopEverything() throws IOException {
		try {
			if (traffic != null) {
				traffic.stop();
			}
		}
		finally {
			try {
				if (federation != null) {
					federation.close();
				}
			}
			finally {
				if (firewall != null) {
					firewall.close();
				}
			}
		}
		summary.add(String.format("whole class %.1f s", seconds(begin)));
		String text = "NetworkFaultsProcessTests summary\n"
				+ summary.stream().map((line) -> "  " + line).collect(Collectors.joining("\n")) + "\n";
		System.out.print(text);
		Files.createDirectories(LOGS);
		Files.writeString(LOGS.resolve("summary.txt"), text, StandardCharsets.UTF_8);
	}

	@Test
	@Order(1)
	void cityCutOffForAMinuteCatchesUpAndAppliesEverythingOnce() {
		ScenarioRun run = ScenarioRun.begin("city cut off for 60 s", federation, traffic);
		long dropped = firewall.dropped();
		List<Rule> isolated = new ArrayList<>(Rule.cut(federation.proxy.port()));
		isolated.addAll(Rule.cut(federation.cityLink));
		firewall.apply(isolated);
		run.faultStarts();
		Double cityNoticed = null;
		Double countyNoticed = null;
		Double provinceNoticed = null;
		while (run.secondsIntoFault() < 60) {
			if (provinceNoticed == null && !"CONNECTED".equals(federation.state(federation.province, "441700"))) {
				provinceNoticed = run.secondsIntoFault();
			}
			if (cityNoticed == null && !"CONNECTED".equals(federation.state(federation.city, "440000"))) {
				cityNoticed = run.secondsIntoFault();
			}
			if (countyNoticed == null && !"CONNECTED".equals(federation.state(federation.county, "441700"))) {
				countyNoticed = run.secondsIntoFault();
			}
			NodeProcess.sleep(500);
		}
		firewall.heal();
		run.healed();
		long healed = System.nanoTime();
		federation.await(Duration.ofSeconds(60), "every link connected after the cut", federation::allConnected);
		run.figure(String.format("all links connected again %.1f s after the heal", seconds(healed)));
		run.figure("city saw its parent link down after " + seconds(cityNoticed) + ", county after "
				+ seconds(countyNoticed) + ", the province its child link after " + seconds(provinceNoticed));
		run.figure("packets dropped " + (firewall.dropped() - dropped));
		assertThat(cityNoticed).as("the city noticed its cut-off parent link (gRPC keepalive)").isNotNull();
		assertThat(countyNoticed).as("the county noticed its cut-off parent link (gRPC keepalive)").isNotNull();
		assertThat(firewall.dropped() - dropped).as("packets dropped by the cut").isPositive();
		summary.add(run.checkExactlyOnce());
	}

	@Test
	@Order(2)
	void oneWayCutEachWayInTurnCatchesUpAndAppliesEverythingOnce() {
		ScenarioRun run = ScenarioRun.begin("one-way cut, 15 s city→province then 15 s province→city", federation,
				traffic);
		long dropped = firewall.dropped();
		int proxy = federation.proxy.port();
		firewall.apply(List.of(Rule.toPort(proxy)));
		run.faultStarts();
		String upCut = holdNoticing(run, 15);
		firewall.apply(List.of(Rule.fromPort(proxy)));
		String downCut = holdNoticing(run, 30);
		firewall.heal();
		run.healed();
		run.figure("city saw its parent link down during the city→province cut: " + upCut
				+ "; during the province→city cut: " + downCut);
		run.figure("packets dropped " + (firewall.dropped() - dropped));
		assertThat(firewall.dropped() - dropped).as("packets dropped by the one-way cuts").isPositive();
		summary.add(run.checkExactlyOnce());
	}

	@Test
	@Order(3)
	void tenPercentRandomLossAppliesEverythingOnce() {
		ScenarioRun run = ScenarioRun.begin("10 % random loss on the city's links for 15 s", federation, traffic);
		long dropped = firewall.dropped();
		List<Rule> lossy = new ArrayList<>(Rule.loseOneIn(10, federation.proxy.port()));
		lossy.addAll(Rule.loseOneIn(10, federation.cityLink));
		firewall.apply(lossy);
		run.faultStarts();
		String noticed = holdNoticing(run, 15);
		firewall.heal();
		run.healed();
		run.figure("city saw its parent link down: " + noticed);
		run.figure("packets dropped " + (firewall.dropped() - dropped));
		assertThat(firewall.dropped() - dropped).as("packets dropped at random").isPositive();
		summary.add(run.checkExactlyOnce());
	}

	@Test
	@Order(4)
	void linkFlappingEveryFewSecondsAppliesEverythingOnce() {
		ScenarioRun run = ScenarioRun.begin("province–city link down 3 s, up 2 s, three times", federation, traffic);
		long dropped = firewall.dropped();
		run.faultStarts();
		for (int flap = 1; flap <= 3; flap++) {
			firewall.apply(Rule.cut(federation.proxy.port()));
			NodeProcess.sleep(3_000);
			firewall.heal();
			if (flap < 3) {
				NodeProcess.sleep(2_000);
			}
		}
		run.healed();
		run.figure("packets dropped " + (firewall.dropped() - dropped));
		assertThat(firewall.dropped() - dropped).as("packets dropped by the flaps").isPositive();
		summary.add(run.checkExactlyOnce());
	}

	@Test
	@Order(5)
	void slowLinkKeepsDeliveringAndAppliesEverythingOnce() {
		ScenarioRun run = ScenarioRun.begin("slow province–city link (300 ms each way, 64 KiB/s) for 15 s", federation,
				traffic);
		Map<String, long[]> atSlow = federation.logs();
		federation.proxy.slow(Duration.ofMillis(300), 64 * 1024);
		run.faultStarts();
		NodeProcess.sleep(15_000);
		Map<String, long[]> atNormal = federation.logs();
		federation.proxy.normal();
		run.healed();
		long acked = acknowledged(atSlow, atNormal, "440000→441700 ");
		run.figure("entries the city acknowledged to the province while slow " + acked);
		assertThat(acked).as("the province's entries the city acknowledged over the slow link").isPositive();
		summary.add(run.checkExactlyOnce());
	}

	@Test
	@Order(6)
	void theChecksFailOnAnEntryNotAppliedOrARecordNobodyWrote() {
		assertThat(traffic.ledger.reports).as("reports written by the scenarios").isNotEmpty();
		Map<String, Object> applied = federation.citySchema
			.rows("SELECT * FROM fed_applied_event WHERE peer_code = '440000' LIMIT 1")
			.get(0);
		String eventId = (String) applied.get("event_id");
		federation.citySchema.update("DELETE FROM fed_applied_event WHERE peer_code = '440000' AND event_id = ?",
				eventId);
		try {
			assertThatThrownBy(() -> linksCheck().verifyLinks()).isInstanceOf(AssertionError.class)
				.hasMessageContaining("every entry applied exactly once");
		}
		finally {
			federation.citySchema.update(
					"INSERT INTO fed_applied_event (" + String.join(", ", applied.keySet()) + ") VALUES ("
							+ String.join(", ", applied.keySet().stream().map((c) -> "?").toList()) + ")",
					applied.values().toArray());
		}
		assertThat(linksCheck().verifyLinks()).as("the links' check passes again once the row is back").isNotEmpty();
		String report = traffic.ledger.reports.iterator().next();
		assertThatThrownBy(() -> new RecordsCheck(federation.provinceSchema, federation.citySchema,
				federation.countySchema, traffic.ledger.forgettingReport(report))
			.verify()).isInstanceOf(AssertionError.class).hasMessageContaining("progress_report");
	}

	/**
	 * Holds a fault until the given second of it, noting when the city saw its parent
	 * link down.
	 */
	private static String holdNoticing(ScenarioRun run, double until) {
		Double noticed = null;
		while (run.secondsIntoFault() < until) {
			if (noticed == null && !"CONNECTED".equals(federation.state(federation.city, "440000"))) {
				noticed = run.secondsIntoFault();
			}
			NodeProcess.sleep(500);
		}
		return (noticed != null) ? String.format("at %.1f s", noticed) : "no";
	}

	private static ExactlyOnceCheck linksCheck() {
		return new ExactlyOnceCheck(federation.provinceSchema, federation.citySchema, List.of(federation.countySchema));
	}

	private static long acknowledged(Map<String, long[]> from, Map<String, long[]> to, String prefix) {
		return to.entrySet()
			.stream()
			.filter((log) -> log.getKey().startsWith(prefix))
			.mapToLong((log) -> log.getValue()[1] - from.get(log.getKey())[1])
			.sum();
	}

	private static String seconds(Double seconds) {
		return (seconds != null) ? String.format("%.1f s", seconds) : "never";
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
