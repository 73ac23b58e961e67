package org.ducha.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.ducha.node.NodeIdentity;
import org.ducha.node.NodeLevel;
import org.ducha.node.federation.FederationSettings;
import org.ducha.node.federation.LinkState;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.security.SecuritySettings;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.IssueTask;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskContent;
import org.ducha.node.task.TaskIssuing;
import org.ducha.node.task.TaskRegistration;
import org.ducha.node.task.TaskSource;
import org.ducha.node.task.TaskType;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scenario 5, fan-out at Guangdong scale: a province node of its own (a fresh schema)
 * whose 21 children are {@link SimulatedCity simulated cities}, real link clients that
 * relay the entries of Guangdong's 122 {@link SimulatedCounty counties}. The province
 * issues each county a task (skip-level, through its city); each county signs it, then
 * reports progress ten times a second. Measured: the province's apply rate against the
 * offered rate, the latency from the county's creation of a report to the province's
 * commit, and what the province's process spent in CPU and heap.
 */
final class FanOut {

	/** Reports per county per second (the issue's load). */
	static final double REPORTS_PER_COUNTY_PER_SECOND = 10;

	private static final String INSTANCE = Events.PROVINCE + "_fanout";

	private final BenchNode.Site site;

	private final BenchOptions options;

	FanOut(BenchNode.Site site, BenchOptions options) {
		this.site = site;
		this.options = options;
	}

	void run(Report report) {
		List<Guangdong.City> tree = Guangdong.cities(this.options.fanOutCountiesPerCity());
		int countyCount = Guangdong.countyCount(tree);
		long setupStarted = System.nanoTime();
		FanOutProbe probe = new FanOutProbe();
		BenchNode province = BenchNode.start(this.site, Events.PROVINCE, INSTANCE, NodeLevel.PROVINCE, null,
				tree.stream().map(Guangdong.City::code).toList(), probe);
		Map<String, SimulatedCity> cities = new LinkedHashMap<>();
		try (PeerChannels channels = new PeerChannels(this.site, province.bean(SecuritySettings.class))) {
			FederationSettings settings = province.bean(FederationSettings.class);
			BenchMain.describeLinkEngine(report, settings);
			PeerLimits limits = PeerLimits.of(settings);
			Path files = this.site.home().resolve("nodes").resolve("fanout-peers");
			for (Guangdong.City city : tree) {
				List<SimulatedCounty> counties = city.counties()
					.stream()
					.map((county) -> new SimulatedCounty(county, city.code(), Events.PROVINCE,
							CursorFile.open(files.resolve(county.code() + ".cursor"))))
					.toList();
				cities.put(city.code(),
						new SimulatedCity(city, Events.PROVINCE, counties,
								CursorFile.open(files.resolve(city.code() + ".cursor")), limits, channels,
								province.linkAddress()));
			}
			probe.watch(cities);
			cities.values().forEach(SimulatedCity::start);
			for (String city : cities.keySet()) {
				awaitConnected(province, city, Duration.ofSeconds(60));
			}
			System.out.printf("  province started, %d simulated cities linked (%.0f s)%n", cities.size(),
					(System.nanoTime() - setupStarted) / 1e9);
			issueTasks(province, cities.values());
			awaitSignings(probe, countyCount, Duration.ofSeconds(120));
			double setupSeconds = (System.nanoTime() - setupStarted) / 1e9;
			System.out.printf("  %d cities linked, %d counties signed their tasks (%.0f s)%n", cities.size(),
					countyCount, setupSeconds);
			try {
				load(province, probe, cities, countyCount).addTo(report, setupSeconds);
			}
			finally {
				// before their event loops close
				cities.values().forEach(SimulatedCity::close);
				// the province finishes the batches it is applying before it stops, if it
				// can soon
				if (!probe.awaitQuiet(Duration.ofMillis(1_500), Duration.ofSeconds(5))) {
					System.out.println("  stopping the province while it still applies batches of the backlog: they "
							+ "roll back, and the errors its link threads log while it stops are expected");
				}
			}
		}
		finally {
			province.close();
		}
	}

	private FanOutFigures load(BenchNode province, FanOutProbe probe, Map<String, SimulatedCity> cities,
			int countyCount) {
		List<int[]> counties = new ArrayList<>();
		List<SimulatedCity> byIndex = new ArrayList<>(cities.values());
		for (int c = 0; c < byIndex.size(); c++) {
			for (int k = 0; k < byIndex.get(c).counties().size(); k++) {
				counties.add(new int[] { c, k });
			}
		}
		SimulatedCity dropped = byIndex.stream()
			.max(Comparator.comparingInt((city) -> city.counties().size()))
			.orElseThrow();
		double rate = countyCount * REPORTS_PER_COUNTY_PER_SECOND;
		Duration loadTime = this.options.fanOutTime();
		JdbcTemplate jdbc = new JdbcTemplate(province.bean(DataSource.class));
		long statementsBefore = statements(jdbc);
		Optional<Map<String, Double>> resentBefore = NodeResends.byCause(List.of(province));
		ResourceMeter meter = ResourceMeter.start();
		AtomicLong createdSoFar = new AtomicLong();
		BacklogTrend backlog = new BacklogTrend();
		ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "bench-backlog");
			thread.setDaemon(true);
			return thread;
		});
		long started = System.nanoTime();
		probe.loadStarts(started);
		sampler.scheduleAtFixedRate(
				() -> backlog.sample((System.nanoTime() - started) / 1e9, createdSoFar.get() - probe.reports()), 1, 1,
				TimeUnit.SECONDS);
		// the first tick due at or after half the load time drops one city's stream
		long period = Pacer.period(rate);
		long dropTick = (loadTime.toNanos() / 2 + period - 1) / period;
		long created = Pacer.ticks(started, rate, loadTime, (tick, due) -> {
			int[] county = counties.get((int) (tick % counties.size()));
			byIndex.get(county[0]).relay(county[1], System.nanoTime());
			createdSoFar.incrementAndGet();
			if (tick == dropTick) {
				dropped.dropStream();
			}
		});
		long loadEnded = System.nanoTime();
		probe.loadEnds(loadEnded);
		sampler.shutdownNow();
		ResourceMeter.Usage usage = meter.stop();
		long statements = statements(jdbc) - statementsBefore;
		long appliedDuringLoad = probe.reportsDuringLoad();
		double loadSeconds = (loadEnded - started) / 1e9;
		System.out.printf("  offered %.0f reports/s for %.0f s; the province applied %.0f/s meanwhile%n",
				created / loadSeconds, loadSeconds, appliedDuringLoad / loadSeconds);
		long drainDeadline = loadEnded + this.options.fanOutDrain().toNanos();
		while (probe.reports() < created && System.nanoTime() < drainDeadline) {
			Arrivals.sleep(100);
		}
		long gaveUp = System.nanoTime();
		long applied = probe.reports();
		FanOutProbe.Latencies latencies = probe.latencies(gaveUp);
		long stored = jdbc.queryForObject("SELECT COUNT(*) FROM progress_report", Long.class);
		long sessions = cities.values().stream().mapToLong(SimulatedCity::sessions).sum();
		long nacks = cities.values().stream().mapToLong(SimulatedCity::nacks).sum();
		Map<SendWindow.Cause, Long> resent = new EnumMap<>(SendWindow.Cause.class);
		for (SendWindow.Cause cause : SendWindow.Cause.values()) {
			resent.put(cause, cities.values().stream().mapToLong((city) -> city.resent(cause)).sum());
		}
		Optional<Map<String, Double>> provinceResent = NodeResends.since(resentBefore,
				NodeResends.byCause(List.of(province)));
		List<String> errors = cities.values()
			.stream()
			.filter((city) -> city.lastError() != null && !city.lastError().contains("on purpose"))
			.map((city) -> city.code() + ": " + city.lastError())
			.toList();
		return new FanOutFigures(cities.size(), countyCount, rate, loadSeconds, created, appliedDuringLoad, applied,
				(gaveUp - loadEnded) / 1e9, this.options.fanOutDrain().toSeconds(), stored, statements, latencies,
				usage, dropped.code(), sessions, nacks, resent, errors, backlog, provinceResent);
	}

	/** Statements the database server has run so far (all schemas). */
	private static long statements(JdbcTemplate jdbc) {
		return jdbc.query("SHOW GLOBAL STATUS LIKE 'Questions'", (rows) -> rows.next() ? rows.getLong(2) : 0L);
	}

	/**
	 * Issues each county its own task, skip-level, as the province's supervisor and
	 * leader.
	 */
	private static void issueTasks(BenchNode province, Iterable<SimulatedCity> cities) {
		Actor supervisor = new Actor("supervisor-" + Events.PROVINCE, "督查员", Events.PROVINCE, Events.PROVINCE,
				Set.of(Role.SUPERVISOR));
		Actor leader = new Actor("leader-" + Events.PROVINCE, "领导", Events.PROVINCE, Events.PROVINCE,
				Set.of(Role.LEADER));
		TaskRegistration registration = province.bean(TaskRegistration.class);
		TaskIssuing issuing = province.bean(TaskIssuing.class);
		LocalDate deadline = LocalDate.now(NodeIdentity.ZONE).plusMonths(6);
		for (SimulatedCity city : cities) {
			for (SimulatedCounty county : city.counties()) {
				TaskContent content = new TaskContent("关于加快推进" + county.name() + "2026年度民生实事项目的督办通知",
						"请" + county.name() + "按月报送民生实事项目进展、存在问题和下一步措施。", TaskSource.LIVELIHOOD_PROJECT,
						TaskType.SPECIAL, "省政府第12次常务会议纪要", deadline);
				Task draft = registration.register(
						new IssueTask(content, List.of(new IssueTask.Assignee(county.code(), AssignmentRole.LEAD))),
						supervisor);
				registration.submit(draft.getId(), supervisor);
				issuing.approve(draft.getId(), leader);
			}
		}
	}

	private static void awaitConnected(BenchNode province, String city, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (BenchFederation.state(province, city) != LinkState.CONNECTED) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Simulated city " + city + " not connected to the province after "
						+ timeout.toSeconds() + " s: " + BenchFederation.status(province, city));
			}
			Arrivals.sleep(50);
		}
	}

	private static void awaitSignings(FanOutProbe probe, int counties, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (probe.signings() < counties) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Only " + probe.signings() + " of " + counties
						+ " counties' signings reached the province after " + timeout.toSeconds() + " s");
			}
			Arrivals.sleep(50);
		}
	}

}
