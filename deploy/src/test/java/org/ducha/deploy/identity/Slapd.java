package org.ducha.deploy.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.ducha.deploy.FreePorts;

/**
 * A city's directory: Debian's OpenLDAP server ({@code slapd}) as a process of the test,
 * on 127.0.0.1 and a free port, with its configuration ({@code slapd.conf}, the core,
 * cosine and inetOrgPerson schemas, an mdb database) and data under a folder of
 * {@code target/}. It can be stopped and started again on the same port and data, as a
 * directory that is down for a while.
 */
final class Slapd implements AutoCloseable {

	static final String ROOT_PASSWORD = "directory-root-2026";

	private static final List<String> TOOLS = List.of("slapd", "slapadd", "ldapadd", "ldapmodify", "ldapdelete");

	private final Path dir;

	private final String suffix;

	private final int port;

	private final List<Process> started = new ArrayList<>();

	private Process process;

	/**
	 * A directory for one suffix (e.g. {@code dc=yangjiang,dc=gov,dc=cn}) whose
	 * configuration and data live in {@code dir} (emptied first).
	 */
	Slapd(Path dir, String suffix) {
		requireTools();
		this.dir = dir.toAbsolutePath();
		this.suffix = suffix;
		this.port = FreePorts.next();
		try {
			deleteRecursively(this.dir);
			Files.createDirectories(this.dir.resolve("data"));
			Files.writeString(config(),
					String.join("\n", "include /etc/ldap/schema/core.schema", "include /etc/ldap/schema/cosine.schema",
							"include /etc/ldap/schema/inetorgperson.schema", "pidfile " + this.dir.resolve("slapd.pid"),
							"modulepath /usr/lib/ldap", "moduleload back_mdb", "database mdb", "maxsize 104857600",
							"suffix \"" + suffix + "\"", "rootdn \"" + rootDn() + "\"", "rootpw " + ROOT_PASSWORD,
							"directory " + this.dir.resolve("data"), "index objectClass eq", "index uid eq", ""),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Fails, saying what installs them, when OpenLDAP's programs are missing: the tests
	 * of a directory are never skipped.
	 */
	static void requireTools() {
		List<String> missing = TOOLS.stream().filter((tool) -> which(tool) == null).toList();
		if (!missing.isEmpty()) {
			throw new IllegalStateException("The directory tests need Debian's OpenLDAP server and tools: " + missing
					+ " not found. .ci/run installs them: apt-get install -y slapd ldap-utils");
		}
	}

	private static Path which(String tool) {
		for (String folder : (System.getenv("PATH") + ":/usr/sbin:/usr/bin").split(":")) {
			Path candidate = Path.of(folder, tool);
			if (!folder.isEmpty() && Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/** {@code ldap://127.0.0.1:<port>}. */
	String url() {
		return "ldap://127.0.0.1:" + this.port;
	}

	String suffix() {
		return this.suffix;
	}

	/** The administrator of the directory ({@code cn=admin,<suffix>}). */
	String rootDn() {
		return "cn=admin," + this.suffix;
	}

	private Path config() {
		return this.dir.resolve("slapd.conf");
	}

	/** Loads an LDIF into the database while the server is stopped (slapadd). */
	void load(Path ldif) {
		run(List.of(which("slapadd").toString(), "-f", config().toString(), "-l", ldif.toString()));
	}

	/** Starts the server and waits until it accepts connections. */
	void start() {
		List<String> command = List.of(which("slapd").toString(), "-f", config().toString(), "-h", url() + "/",
				// in the foreground, as a child of the test, logging nothing but errors
				"-d", "0");
		try {
			this.process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(this.dir.resolve("slapd-" + (this.started.size() + 1) + ".log").toFile())
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.started.add(this.process);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("slapd exited with " + this.process.exitValue() + "; see " + this.dir);
			}
			if (accepts()) {
				return;
			}
			sleep(100);
		}
		throw new IllegalStateException("slapd did not accept connections within 30 s; see " + this.dir);
	}

	/** Stops the server (its data stays): the directory is down. */
	void stop() {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			waitFor(this.process);
		}
		if (accepts()) {
			throw new IllegalStateException("slapd still accepts connections on " + url());
		}
	}

	/** Adds entries to the running directory (ldapadd). */
	void add(String ldif) {
		Path file = this.dir.resolve("add-" + System.nanoTime() + ".ldif");
		try {
			Files.writeString(file, ldif, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		run(List.of(which("ldapadd").toString(), "-x", "-H", url(), "-D", rootDn(), "-w", ROOT_PASSWORD, "-f",
				file.toString()));
	}

	/** Changes entries of the running directory (ldapmodify with an LDIF of changes). */
	void modify(String changes) {
		Path file = this.dir.resolve("modify-" + System.nanoTime() + ".ldif");
		try {
			Files.writeString(file, changes, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		run(List.of(which("ldapmodify").toString(), "-x", "-H", url(), "-D", rootDn(), "-w", ROOT_PASSWORD, "-f",
				file.toString()));
	}

	/** Deletes an entry of the running directory (ldapdelete). */
	void delete(String dn) {
		run(List.of(which("ldapdelete").toString(), "-x", "-H", url(), "-D", rootDn(), "-w", ROOT_PASSWORD, dn));
	}

	private boolean accepts() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private void run(List<String> command) {
		try {
			Process tool = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!tool.waitFor(60, TimeUnit.SECONDS) || tool.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
			}
			Files.writeString(this.dir.resolve("tools.log"), String.join(" ", command) + "\n" + output,
					StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.started.forEach(Process::destroy);
		this.started.forEach(Slapd::waitFor);
		this.started.stream().filter(Process::isAlive).forEach(Process::destroyForcibly);
	}

	private static void waitFor(Process process) {
		try {
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				process.waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (var files = Files.walk(folder)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

}
