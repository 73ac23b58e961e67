package org.ducha.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording ({@code --jfr}) of the bench JVM, with the JDK's "profile" settings,
 * switched on only around scenario 2's task drains, and its hottest methods: by execution
 * samples in which the method is the top frame (self time), each with the package of its
 * caller and the nearest Ducha method below it on the stack, which says which of the
 * link's or the handlers' code paths spends it.
 */
final class Profile implements AutoCloseable {

	/** Methods listed in the results. */
	static final int TOP = 15;

	private final Recording recording;

	private final Path file;

	private Profile(Recording recording, Path file) {
		this.recording = recording;
		this.file = file;
	}

	/** A recording, not yet started; null when profiling is off. */
	static Profile create(boolean enabled, Path folder) {
		if (!enabled) {
			return null;
		}
		try {
			Files.createDirectories(folder);
			Recording recording = new Recording(Configuration.getConfiguration("profile"));
			recording.setName("ducha-bench-scenario-2");
			String stamp = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC)
				.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
			return new Profile(recording, folder.resolve("scenario-2-" + stamp + ".jfr"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("The JDK's JFR \"profile\" settings could not be read", ex);
		}
	}

	Path file() {
		return this.file;
	}

	/** Records what runs; the first call starts the recording, later ones resume it. */
	void resume() {
		if (this.recording.getState() == jdk.jfr.RecordingState.NEW) {
			this.recording.start();
		}
		else {
			this.recording.enable("jdk.ExecutionSample");
		}
	}

	/** Stops sampling between drains (the recording keeps what it has). */
	void pause() {
		this.recording.disable("jdk.ExecutionSample");
	}

	/** Stops the recording and writes it to {@link #file()}. */
	List<RecordedEvent> finish() throws IOException {
		this.recording.stop();
		this.recording.dump(this.file);
		return RecordingFile.readAllEvents(this.file);
	}

	/** Stops the recording and puts its top methods into the results' notes. */
	void addTo(Report report) {
		try {
			List<RecordedEvent> events = finish();
			List<HotMethod> top = top(events, TOP);
			StringBuilder note = new StringBuilder("JFR profile of scenario 2's task drains (JDK \"profile\" settings, "
					+ "sampling only while task events drained; " + this.file.getFileName() + " beside the results' "
					+ "data, in " + this.file.getParent() + "): the top " + top.size()
					+ " methods by execution samples as the top frame (self), each with its caller's package and the "
					+ "nearest Ducha method below it —");
			for (int i = 0; i < top.size(); i++) {
				note.append(' ').append(i + 1).append(". ").append(top.get(i).describe()).append(';');
			}
			report.note(note.substring(0, note.length() - 1));
			StringBuilder total = new StringBuilder("JFR profile of scenario 2, the Ducha methods most often on the "
					+ "stack (self and below, of " + samples(events) + " execution samples) —");
			List<Map.Entry<String, Long>> inclusive = inclusive(events, TOP);
			for (int i = 0; i < inclusive.size(); i++) {
				total.append(' ')
					.append(i + 1)
					.append(". ")
					.append(inclusive.get(i).getKey())
					.append(String.format(Locale.ROOT, " %.1f %%;",
							100.0 * inclusive.get(i).getValue() / samples(events)));
			}
			report.note(total.substring(0, total.length() - 1));
		}
		catch (IOException | RuntimeException ex) {
			report.note("The JFR profile of scenario 2 could not be read: " + ex);
		}
		finally {
			close();
		}
	}

	@Override
	public void close() {
		this.recording.close();
	}

	/**
	 * A method that was on top of the stack.
	 *
	 * @param method class and method name
	 * @param samples execution samples with it on top
	 * @param share of all samples, in percent
	 * @param callerPackage the package of its most frequent caller
	 * @param nearestDucha the most frequent Ducha method below it, or "" if none
	 */
	record HotMethod(String method, long samples, double share, String callerPackage, String nearestDucha) {

		String describe() {
			return String.format(Locale.ROOT, "%s — %d samples (%.1f %%), called from %s%s", this.method, this.samples,
					this.share, this.callerPackage.isEmpty() ? "(the thread's root)" : this.callerPackage,
					this.nearestDucha.isEmpty() || this.nearestDucha.equals(this.method) ? ""
							: ", under " + this.nearestDucha);
		}

	}

	/** The {@code limit} methods most often on top of the execution samples. */
	static List<HotMethod> top(List<RecordedEvent> events, int limit) {
		Map<String, Long> self = new HashMap<>();
		Map<String, Map<String, Long>> callers = new HashMap<>();
		Map<String, Map<String, Long>> ducha = new HashMap<>();
		long total = 0;
		for (RecordedEvent event : events) {
			if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
				continue;
			}
			RecordedStackTrace stack = event.getStackTrace();
			if (stack == null || stack.getFrames().isEmpty()) {
				continue;
			}
			List<RecordedFrame> frames = stack.getFrames();
			String top = name(frames.get(0));
			total++;
			self.merge(top, 1L, Long::sum);
			String caller = (frames.size() > 1) ? packageOf(frames.get(1)) : "";
			callers.computeIfAbsent(top, (k) -> new HashMap<>()).merge(caller, 1L, Long::sum);
			String nearest = frames.stream()
				.map(Profile::name)
				.filter((name) -> name.startsWith("org.ducha."))
				.findFirst()
				.orElse("");
			ducha.computeIfAbsent(top, (k) -> new HashMap<>()).merge(nearest, 1L, Long::sum);
		}
		long all = total;
		List<HotMethod> hot = new ArrayList<>();
		self.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(limit)
			.forEach((entry) -> hot.add(new HotMethod(entry.getKey(), entry.getValue(), 100.0 * entry.getValue() / all,
					mostFrequent(callers.get(entry.getKey())), mostFrequent(ducha.get(entry.getKey())))));
		return hot;
	}

	private static long samples(List<RecordedEvent> events) {
		return Math.max(1,
				events.stream()
					.filter((event) -> event.getEventType().getName().equals("jdk.ExecutionSample")
							&& event.getStackTrace() != null)
					.count());
	}

	/** The Ducha methods on the most samples' stacks, each counted once per sample. */
	static List<Map.Entry<String, Long>> inclusive(List<RecordedEvent> events, int limit) {
		Map<String, Long> counts = new HashMap<>();
		for (RecordedEvent event : events) {
			if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
				continue;
			}
			event.getStackTrace()
				.getFrames()
				.stream()
				.map(Profile::name)
				.filter((name) -> name.startsWith("org.ducha.") && !name.contains("$Proxy")
						&& !name.contains("$$SpringCGLIB"))
				.distinct()
				.forEach((name) -> counts.merge(name, 1L, Long::sum));
		}
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(limit)
			.toList();
	}

	private static String mostFrequent(Map<String, Long> counts) {
		return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
	}

	private static String name(RecordedFrame frame) {
		return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
	}

	private static String packageOf(RecordedFrame frame) {
		String type = frame.getMethod().getType().getName();
		int dot = type.lastIndexOf('.');
		return (dot > 0) ? type.substring(0, dot) : type;
	}

}
