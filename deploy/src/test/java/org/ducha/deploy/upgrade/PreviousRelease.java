package org.ducha.deploy.upgrade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.ducha.deploy.PackagedApp;

/**
 * The release named in {@code deploy/upgrade/previous-release}, whose node jars a rolling
 * upgrade starts from: built once from that commit of this clone's history into a cache
 * folder outside the clone ({@code ~/.cache/ducha/releases/<commit>}, or
 * {@code -Dducha.releases.cache}) with {@code git archive} and {@code ./mvnw package} —
 * never {@code install}, which would put the old build into the shared local repository —
 * and reused by every later run on the machine.
 */
final class PreviousRelease {

	private static final List<String> MODULES = List.of("province-node", "city-node", "county-node");

	private final Path repository;

	private final String commit;

	private final Path folder;

	private PreviousRelease(Path repository, String commit, Path folder) {
		this.repository = repository;
		this.commit = commit;
		this.folder = folder;
	}

	/** The release the file names, its commit checked to be in this clone. */
	static PreviousRelease named() {
		Path repository = Path.of(System.getProperty("ducha.repository.root", "..")).toAbsolutePath().normalize();
		Path file = repository.resolve("deploy/upgrade/previous-release");
		String commit;
		try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
			commit = lines.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(file + " names no commit"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		if (run(repository, List.of("git", "cat-file", "-e", commit + "^{commit}"), null) != 0) {
			throw new IllegalStateException("The previous release " + commit + " named in " + file
					+ " is not in this clone's history. The rolling upgrade test builds it from git: clone main with "
					+ "its history (not --depth 1), or run 'git fetch --unshallow origin main' and try again.");
		}
		Path cache = Path.of(System.getProperty("ducha.releases.cache",
				Path.of(System.getProperty("user.home"), ".cache", "ducha", "releases").toString()));
		return new PreviousRelease(repository, commit, cache.resolve(commit));
	}

	String commit() {
		return this.commit;
	}

	/** Whether the jars are built already (nothing to build on this run). */
	boolean built() {
		return Files.isRegularFile(this.folder.resolve(".built"));
	}

	/**
	 * The release's packaged jar of an app, built first when the cache does not hold it
	 * (one build at a time per machine: a file lock beside the folder).
	 */
	Path jar(PackagedApp app) {
		buildOnce();
		Path target = this.folder.resolve(module(app)).resolve("target");
		try (Stream<Path> jars = Files.list(target)) {
			return jars.filter((jar) -> jar.getFileName().toString().matches("ducha-" + module(app) + "-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No packaged jar of " + module(app) + " in " + target));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private synchronized void buildOnce() {
		if (built()) {
			return;
		}
		try {
			Files.createDirectories(this.folder.getParent());
			try (FileChannel lockFile = FileChannel.open(this.folder.getParent().resolve(this.commit + ".lock"),
					StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
				if (!built()) {
					build();
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not build the previous release " + this.commit, ex);
		}
	}

	private void build() throws IOException {
		deleteRecursively(this.folder);
		Files.createDirectories(this.folder);
		Path log = this.folder.getParent().resolve(this.commit + ".build.log");
		String archive = "git archive --format=tar " + this.commit + " | tar -x -C '" + this.folder + "'";
		if (run(this.repository, List.of("sh", "-c", archive), log) != 0) {
			throw new IllegalStateException("git archive of " + this.commit + " failed; see " + log);
		}
		List<String> maven = List.of("sh", "./mvnw", "-q", "package", "-DskipTests", "-Djacoco.skip=true",
				"-Dspring-javaformat.skip=true", "-pl", String.join(",", MODULES), "-am");
		if (run(this.folder, maven, log) != 0) {
			throw new IllegalStateException("Building the previous release " + this.commit + " failed; see " + log);
		}
		Files.writeString(this.folder.resolve(".built"), this.commit + "\n", StandardCharsets.UTF_8);
	}

	private static String module(PackagedApp app) {
		return switch (app) {
			case PROVINCE -> "province-node";
			case CITY -> "city-node";
			case COUNTY -> "county-node";
			case GATEWAY -> throw new IllegalArgumentException("the gateway is not part of a node upgrade");
		};
	}

	private static int run(Path directory, List<String> command, Path log) {
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
				.redirectErrorStream(true);
			if (log != null) {
				builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			}
			else {
				builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
			}
			Process process = builder.start();
			if (!process.waitFor(20, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				return -1;
			}
			return process.exitValue();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run " + command, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + command, ex);
		}
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
