package org.ducha.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.ducha.node.federation.LinkStatus;
import org.ducha.proto.federation.v1.Channel;

/**
 * Scenario 6: heap and resident memory of a county node in its own JVM with
 * {@code -Xmx256m}, linked to the city over TLS: idle, and while the province sends it
 * tasks at scenario 3's higher rate.
 */
final class Footprint {

	static final String MAX_HEAP = "-Xmx256m";

	private static final double LOAD_RATE = 500;

	private final BenchFederation federation;

	private final BenchNode.Site site;

	private final BenchOptions options;

	Footprint(BenchFederation federation, BenchNode.Site site, BenchOptions options) {
		this.federation = federation;
		this.site = site;
		this.options = options;
	}

	void run(Report report) throws Exception {
		Path log = this.site.home().resolve("county-" + BenchFederation.SEPARATE_COUNTY + ".log");
		List<String> command = new ArrayList<>(BenchMain.javaCommand(MAX_HEAP));
		command.addAll(List.of(CountyProcess.COMMAND, this.site.home().toString(), this.site.jdbcServerUrl(),
				BenchFederation.SEPARATE_COUNTY, BenchFederation.CITY, this.federation.city.linkAddress()));
		Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
		BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		Thread reader = new Thread(() -> read(process, lines), "bench-county-out");
		reader.setDaemon(true);
		reader.start();
		PrintWriter input = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
		try {
			if (!"ready".equals(lines.poll(180, TimeUnit.SECONDS))) {
				throw new IllegalStateException("The county process did not start; see " + log);
			}
			this.federation.awaitConnected(this.federation.city, BenchFederation.SEPARATE_COUNTY,
					Duration.ofSeconds(60));
			Arrivals.sleep(5_000);
			List<Double> idleHeap = new ArrayList<>();
			List<Double> idleRss = new ArrayList<>();
			for (int round = 1; round <= this.options.rounds(); round++) {
				idleHeap.add(heapUsed(input, lines, "gc"));
				idleRss.add(rss(process));
				Arrivals.sleep(1_000);
			}
			List<Double> loadHeap = new ArrayList<>();
			List<Double> loadRss = new ArrayList<>();
			List<String> undelivered = new ArrayList<>();
			Origin origin = new Origin(this.federation.province);
			for (int round = 1; round <= this.options.longRounds(); round++) {
				double[] peak = new double[2];
				AtomicBoolean loading = new AtomicBoolean(true);
				Thread sampler = new Thread(() -> {
					while (loading.get()) {
						peak[0] = Math.max(peak[0], heapUsed(input, lines, "heap"));
						peak[1] = Math.max(peak[1], rss(process));
						Arrivals.sleep(500);
					}
				}, "bench-footprint-sampler");
				sampler.start();
				Pacer.run(origin, Channel.CHANNEL_TASK, () -> Events.taskIssued(BenchFederation.SEPARATE_COUNTY),
						LOAD_RATE, this.options.footprintLoadTime());
				if (!awaitDelivered(Duration.ofSeconds(60))) {
					undelivered.add("round " + round);
				}
				loading.set(false);
				sampler.join();
				loadHeap.add(peak[0]);
				loadRss.add(peak[1]);
			}
			boolean alive = process.isAlive();
			String scenario = "6 footprint (county JVM, " + MAX_HEAP + ")";
			report.add(new Measurement(scenario, "idle: heap used after a full GC", "MB", idleHeap, null, null));
			report.add(new Measurement(scenario, "idle: RSS", "MB", idleRss, null, null));
			report.add(new Measurement(scenario, "under " + (int) LOAD_RATE + " tasks/s: peak heap used", "MB",
					loadHeap, null, "sampled every 0.5 s while loaded for "
							+ this.options.footprintLoadTime().toSeconds() + " s per round"));
			report.add(new Measurement(scenario, "under " + (int) LOAD_RATE + " tasks/s: peak RSS", "MB", loadRss, null,
					null));
			boolean outOfMemory = Files.readString(log).contains("OutOfMemoryError");
			boolean met = alive && !outOfMemory && undelivered.isEmpty();
			report.verdict(new Report.Verdict(Goals.COUNTY, "the county runs in " + MAX_HEAP + " (6, kept)",
					String.format(java.util.Locale.ROOT,
							"%.0f MB heap after a full GC idle, %.0f MB peak under %d tasks/s",
							Stats.of(idleHeap).median(), Stats.of(loadHeap).median(), (int) LOAD_RATE),
					met, met ? "" : (alive ? "" : "the JVM died; ") + (outOfMemory ? "OutOfMemoryError; " : "")
							+ (undelivered.isEmpty() ? "" : "the backlog to it did not drain")));
			report.note("Scenario 6 goal (runs with " + MAX_HEAP + "): "
					+ ((alive && !outOfMemory && undelivered.isEmpty()) ? "met" : "**missed**") + " — the county JVM "
					+ (alive ? "stayed up" : "died") + (outOfMemory ? ", logged an OutOfMemoryError" : "")
					+ (undelivered.isEmpty() ? ", every task sent to it was acknowledged"
							: ", the city's backlog to it did not drain in " + String.join(", ", undelivered)));
		}
		finally {
			input.close();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroy();
				process.waitFor(10, TimeUnit.SECONDS);
			}
		}
	}

	private boolean awaitDelivered(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			LinkStatus status = BenchFederation.status(this.federation.city, BenchFederation.SEPARATE_COUNTY);
			if (status != null && status.channels()
				.stream()
				.filter((c) -> c.direction().equals("OUT") && c.channel().equals("task"))
				.allMatch((c) -> c.backlog() == 0)) {
				return true;
			}
			Arrivals.sleep(200);
		}
		return false;
	}

	private static double heapUsed(PrintWriter input, BlockingQueue<String> lines, String request) {
		synchronized (lines) {
			input.println(request);
			try {
				String line = lines.poll(30, TimeUnit.SECONDS);
				if (line == null) {
					throw new IllegalStateException("The county process did not answer '" + request + "'");
				}
				return Long.parseLong(line.split(" ")[1]) / 1048576.0;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/** Resident set size of a process, in MB. */
	static double rss(Process process) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
				}
			}
			return Double.NaN;
		}
		catch (IOException ex) {
			return Double.NaN;
		}
	}

	private static void read(Process process, BlockingQueue<String> lines) {
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = output.readLine(); line != null; line = output.readLine()) {
				if (line.equals("ready") || line.startsWith("heap ")) {
					lines.add(line);
				}
			}
		}
		catch (IOException ex) {
			// the process ended
		}
	}

}
