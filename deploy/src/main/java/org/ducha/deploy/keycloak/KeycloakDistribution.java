package org.ducha.deploy.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.ducha.deploy.LoopbackPorts;

/**
 * The Keycloak server distribution ({@code org.keycloak:keycloak-quarkus-dist} zip from
 * Maven Central), unpacked and built once into a cache folder shared by every JVM of this
 * user ({@code ~/.cache/ducha/keycloak-<version>}).
 * <p>
 * The zip comes from the local Maven repository when it is there, else it is downloaded
 * and checked against its {@code .sha1}. It is unpacked into a temporary folder, built
 * there (Keycloak's re-augmentation for {@code start-dev} with {@link #BUILD_OPTIONS}),
 * and renamed into place: a cache folder that exists is complete. A file lock keeps two
 * JVMs from installing at the same time.
 */
public final class KeycloakDistribution {

	/** The Keycloak version the project runs (docs/architecture.md §3). */
	public static final String VERSION = "26.5.6";

	/**
	 * Keycloak's build-time options, the same for every start: any other value would make
	 * Keycloak rebuild itself inside the shared cache folder. The database kind is the H2
	 * development database; whether it lives in memory or in a folder is a runtime option
	 * ({@code --db-url}, see {@link KeycloakServer}).
	 */
	public static final List<String> BUILD_OPTIONS = List.of("--db=dev-file", "--health-enabled=true");

	static final String DEFAULT_REPOSITORY_URL = "https://repo.maven.apache.org/maven2";

	private static final String ARTIFACT_PATH = "org/keycloak/keycloak-quarkus-dist/" + VERSION
			+ "/keycloak-quarkus-dist-" + VERSION + ".zip";

	private static final String BUILT_MARKER = ".ducha-built";

	private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(8);

	private final Path cacheDir;

	private final Path localRepository;

	private final String repositoryUrl;

	private KeycloakDistribution(Path cacheDir, Path localRepository, String repositoryUrl) {
		this.cacheDir = cacheDir;
		this.localRepository = localRepository;
		this.repositoryUrl = repositoryUrl.endsWith("/") ? repositoryUrl.substring(0, repositoryUrl.length() - 1)
				: repositoryUrl;
	}

	/**
	 * The distribution in {@code ~/.cache/ducha} (or {@code ducha.cache.dir}), taking the
	 * zip from {@code ~/.m2/repository} (or {@code maven.repo.local}) or from Maven
	 * Central (or {@code ducha.keycloak.repository-url}).
	 */
	public static KeycloakDistribution defaults() {
		Path home = Path.of(System.getProperty("user.home"));
		Path cache = Path.of(System.getProperty("ducha.cache.dir", home.resolve(".cache/ducha").toString()));
		Path m2 = Path.of(System.getProperty("maven.repo.local", home.resolve(".m2/repository").toString()));
		String url = System.getProperty("ducha.keycloak.repository-url", DEFAULT_REPOSITORY_URL);
		return new KeycloakDistribution(cache, m2, url);
	}

	/** A distribution with every location given. */
	public static KeycloakDistribution of(Path cacheDir, Path localRepository, String repositoryUrl) {
		return new KeycloakDistribution(cacheDir, localRepository, repositoryUrl);
	}

	/** Where the built distribution lives (whether or not it is installed yet). */
	public Path home() {
		return this.cacheDir.resolve("keycloak-" + VERSION);
	}

	/** Whether the cache folder holds the unpacked, built distribution. */
	public boolean isInstalled() {
		return Files.isRegularFile(home().resolve(BUILT_MARKER));
	}

	/**
	 * Makes sure the built distribution is in the cache folder and returns it: unpacks
	 * and builds it the first time, waiting for another JVM that is doing so.
	 */
	public Path install() {
		return install((line) -> {
		});
	}

	/**
	 * Like {@link #install()}, saying what it does (download progress, unpacking,
	 * building) line by line.
	 */
	public Path install(Consumer<String> progress) {
		if (isInstalled()) {
			return home();
		}
		// the file lock keeps other JVMs out, this monitor other threads of this JVM
		synchronized (KeycloakDistribution.class) {
			return installExclusively(progress);
		}
	}

	private Path installExclusively(Consumer<String> progress) {
		try {
			Files.createDirectories(this.cacheDir);
			Path lockFile = this.cacheDir.resolve("keycloak-" + VERSION + ".lock");
			try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
					FileLock lock = channel.lock()) {
				if (!isInstalled()) {
					installLocked(progress);
				}
			}
			return home();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not install Keycloak " + VERSION + " into " + home(), ex);
		}
	}

	private void installLocked(Consumer<String> progress) throws IOException {
		if (Files.exists(home())) {
			// left behind without its marker by an older layout or a crash: start again
			deleteRecursively(home());
		}
		Path zip = zip(progress);
		Path staging = this.cacheDir.resolve("keycloak-" + VERSION + ".tmp-" + UUID.randomUUID());
		try {
			progress.accept("  unpacking Keycloak " + VERSION + " into " + this.cacheDir);
			unzip(zip, staging);
			Path unpacked = staging.resolve("keycloak-" + VERSION);
			progress.accept("  building Keycloak (kc.sh build, once)");
			build(unpacked);
			Files.writeString(unpacked.resolve(BUILT_MARKER), String.join(" ", BUILD_OPTIONS) + "\n");
			move(unpacked, home());
		}
		finally {
			deleteRecursively(staging);
		}
	}

	/** The zip: from the local Maven repository, or downloaded into the cache folder. */
	Path zip() throws IOException {
		return zip((line) -> {
		});
	}

	private Path zip(Consumer<String> progress) throws IOException {
		Path local = this.localRepository.resolve(ARTIFACT_PATH);
		if (Files.isRegularFile(local)) {
			Path sha1 = local.resolveSibling(local.getFileName() + ".sha1");
			if (!Files.isRegularFile(sha1) || sha1Matches(local, Files.readString(sha1))) {
				return local;
			}
		}
		Path downloaded = this.cacheDir.resolve("downloads").resolve(local.getFileName());
		if (Files.isRegularFile(downloaded)) {
			return downloaded;
		}
		return download(downloaded, progress);
	}

	private Path download(Path target, Consumer<String> progress) throws IOException {
		Files.createDirectories(target.getParent());
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(20))
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		String url = this.repositoryUrl + "/" + ARTIFACT_PATH;
		Path part = target.resolveSibling(target.getFileName() + ".part-" + UUID.randomUUID());
		try {
			String expected = send(http, url + ".sha1", HttpResponse.BodyHandlers.ofString()).body();
			HttpResponse<InputStream> response = send(http, url, HttpResponse.BodyHandlers.ofInputStream());
			long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
			progress.accept("  downloading " + url + ((total > 0) ? " (" + (total >> 20) + " MB)" : ""));
			try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(part)) {
				byte[] buffer = new byte[1 << 16];
				long done = 0;
				long next = 20L << 20;
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					out.write(buffer, 0, read);
					done += read;
					if (done >= next) {
						progress.accept("  … " + (done >> 20) + ((total > 0) ? " of " + (total >> 20) : "") + " MB");
						next += 20L << 20;
					}
				}
			}
			if (!sha1Matches(part, expected)) {
				throw new IOException("The SHA-1 of " + url + " does not match its .sha1 file");
			}
			move(part, target);
			return target;
		}
		finally {
			Files.deleteIfExists(part);
		}
	}

	private static <T> HttpResponse<T> send(HttpClient http, String url, HttpResponse.BodyHandler<T> handler)
			throws IOException {
		try {
			HttpResponse<T> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), handler);
			if (response.statusCode() != 200) {
				throw new IOException("GET " + url + " answered " + response.statusCode());
			}
			return response;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while downloading " + url, ex);
		}
	}

	static boolean sha1Matches(Path file, String expected) throws IOException {
		String hex = expected.trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			byte[] buffer = new byte[1 << 16];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				sha1.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(sha1.digest()).equals(hex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void unzip(Path zip, Path target) throws IOException {
		Path root = target.toAbsolutePath().normalize();
		try (ZipFile file = new ZipFile(zip.toFile())) {
			for (ZipEntry entry : file.stream().toList()) {
				Path out = root.resolve(entry.getName()).normalize();
				if (!out.startsWith(root)) {
					throw new IOException("Zip entry outside the target folder: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(out);
					continue;
				}
				Files.createDirectories(out.getParent());
				try (InputStream in = file.getInputStream(entry)) {
					Files.copy(in, out);
				}
				if (entry.getName().endsWith(".sh")) {
					out.toFile().setExecutable(true);
				}
			}
		}
	}

	/**
	 * Keycloak builds itself (Quarkus re-augmentation) on the first {@code start-dev}
	 * with given build options and refuses {@code kc.sh build} in development mode, so
	 * the build step is a first start that is stopped as soon as the build is written.
	 */
	private static void build(Path home) throws IOException {
		Path log = home.resolve("build.log");
		List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev"));
		command.addAll(BUILD_OPTIONS);
		command.addAll(List.of("--http-host=127.0.0.1", "--http-port=" + LoopbackPorts.next(),
				"--http-management-port=" + LoopbackPorts.next()));
		ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		KeycloakServer.prepareEnvironment(builder.environment(), home.resolve("data-build"));
		Process process = builder.start();
		long deadline = System.nanoTime() + BUILD_TIMEOUT.toNanos();
		try {
			while (!Files.readString(log, StandardCharsets.UTF_8).contains("Running the server")) {
				if (!process.isAlive()) {
					throw new IOException("Keycloak's build step exited with " + process.exitValue() + "; see " + log
							+ "\n" + KeycloakServer.tail(log));
				}
				if (System.nanoTime() > deadline) {
					throw new IOException("Keycloak's build step did not finish within " + BUILD_TIMEOUT + "; see "
							+ log + "\n" + KeycloakServer.tail(log));
				}
				Thread.sleep(200);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while building Keycloak", ex);
		}
		finally {
			KeycloakServer.stop(process.toHandle(), Duration.ofSeconds(20));
		}
		deleteRecursively(home.resolve("data-build"));
		deleteRecursively(home.resolve("data"));
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to);
		}
	}

	public static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		Files.walkFileTree(path, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException ex) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}

		});
	}

}
