package org.ducha.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a stretch of the run cost: CPU time of this JVM's threads grouped by
 * {@link ThreadGroups}, of the whole JVM and of the database server process, and the
 * JVM's peak heap use, sampled every half second.
 */
final class ResourceMeter {

	private static final long PERIOD_MILLIS = 500;

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	private final com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	/**
	 * Per thread id: CPU nanoseconds when first seen (0 for threads born later) and last.
	 */
	private final Map<Long, long[]> cpu = new HashMap<>();

	private final Map<Long, String> names = new HashMap<>();

	private final Optional<ProcessHandle> database = databaseProcess();

	private final AtomicBoolean sampling = new AtomicBoolean(true);

	private final Thread sampler;

	private final long startNanos;

	private final long startProcessCpu;

	private final long startDatabaseCpu;

	private final long startHeap;

	private long peakHeap;

	/**
	 * What a stretch cost.
	 *
	 * @param seconds its wall time
	 * @param byGroup CPU by thread group, in percent of one core
	 * @param jvmPercent CPU of the whole JVM, in percent of one core
	 * @param databasePercent CPU of the database server, in percent of one core (NaN if
	 * not found)
	 * @param heapStartMb heap used at the start
	 * @param heapPeakMb peak heap used
	 */
	record Usage(double seconds, Map<String, Double> byGroup, double jvmPercent, double databasePercent,
			double heapStartMb, double heapPeakMb) {

		double group(String name) {
			return this.byGroup.getOrDefault(name, 0.0);
		}

	}

	private ResourceMeter() {
		this.startNanos = System.nanoTime();
		this.startProcessCpu = this.os.getProcessCpuTime();
		this.startDatabaseCpu = databaseCpu();
		this.startHeap = heapUsed();
		this.peakHeap = this.startHeap;
		sample(true);
		this.sampler = new Thread(() -> {
			while (this.sampling.get()) {
				Arrivals.sleep(PERIOD_MILLIS);
				sample(false);
			}
		}, "bench-meter");
		this.sampler.setDaemon(true);
		this.sampler.start();
	}

	static ResourceMeter start() {
		return new ResourceMeter();
	}

	Usage stop() {
		this.sampling.set(false);
		try {
			this.sampler.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		sample(false);
		long wall = System.nanoTime() - this.startNanos;
		Map<String, Double> byGroup = new TreeMap<>();
		Map<String, Long> byThread = new HashMap<>();
		synchronized (this) {
			this.cpu.forEach((id, times) -> {
				long used = times[1] - times[0];
				byGroup.merge(ThreadGroups.of(this.names.get(id)), used * 100.0 / wall, Double::sum);
				byThread.merge(this.names.get(id), used, Long::sum);
			});
		}
		printBusiest(byThread, wall);
		long databaseCpu = databaseCpu();
		double databasePercent = (databaseCpu >= 0 && this.startDatabaseCpu >= 0)
				? (databaseCpu - this.startDatabaseCpu) * 100.0 / wall : Double.NaN;
		return new Usage(wall / 1e9, byGroup, (this.os.getProcessCpuTime() - this.startProcessCpu) * 100.0 / wall,
				databasePercent, this.startHeap / 1048576.0, this.peakHeap / 1048576.0);
	}

	private synchronized void sample(boolean first) {
		this.peakHeap = Math.max(this.peakHeap, heapUsed());
		for (ThreadInfo info : this.threads.dumpAllThreads(false, false, 0)) {
			long id = info.getThreadId();
			long time = this.threads.getThreadCpuTime(id);
			if (time < 0) {
				continue;
			}
			long[] times = this.cpu.get(id);
			if (times == null) {
				this.cpu.put(id, new long[] { first ? time : 0, time });
				this.names.put(id, info.getThreadName());
			}
			else {
				times[1] = time;
			}
		}
	}

	/** The ten busiest threads on the console, to see what the groups hold. */
	private static void printBusiest(Map<String, Long> byThread, long wall) {
		Map<String, Long> busiest = new LinkedHashMap<>();
		byThread.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(10)
			.forEach((e) -> busiest.put(e.getKey(), e.getValue()));
		busiest.forEach((name, used) -> System.out.printf("    %5.1f %% %s (%s)%n", used * 100.0 / wall, name,
				ThreadGroups.of(name)));
	}

	private static long heapUsed() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/** CPU nanoseconds of the database server so far, or -1. */
	private long databaseCpu() {
		return this.database.flatMap((process) -> process.info().totalCpuDuration()).map(Duration::toNanos).orElse(-1L);
	}

	/** The embedded MariaDB server: a child process of this JVM. */
	private static Optional<ProcessHandle> databaseProcess() {
		return ProcessHandle.current()
			.descendants()
			.filter((process) -> process.info()
				.command()
				.map((command) -> command.endsWith("mariadbd") || command.endsWith("mysqld"))
				.orElse(false))
			.findFirst();
	}

}
