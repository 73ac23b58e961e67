package org.ducha.deploy.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a real Keycloak with the {@code ducha} realm and 阳江市's own sign-in
 * ({@code yangjiang-idp}, the provider of the {@code ducha} realm's {@code yangjiang})
 * ({@link DuchaKeycloak} as a parameter of a test, a constructor or a lifecycle method):
 * one server per test JVM, started on first use, stopped when the JVM's tests are done.
 * <p>
 * Its log is {@code target/keycloak/keycloak.log} ({@code ducha.keycloak.work-dir}); its
 * JVM runs with {@code -XX:TieredStopAtLevel=1} ({@code ducha.keycloak.java-options}),
 * which starts it faster and is quick enough for tests.
 */
public final class KeycloakExtension implements ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(KeycloakExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == DuchaKeycloak.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return keycloak(context);
	}

	/** The server of this JVM, started on first use. */
	public static DuchaKeycloak keycloak(ExtensionContext context) {
		// the root store: one server per test JVM, closed after the last test
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(DuchaKeycloak.class, (key) -> start(), DuchaKeycloak.class);
	}

	private static DuchaKeycloak start() {
		Path workDir = Path.of(System.getProperty("ducha.keycloak.work-dir", "target/keycloak")).toAbsolutePath();
		try {
			KeycloakDistribution.deleteRecursively(workDir);
			Files.createDirectories(workDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		KeycloakDistribution distribution = KeycloakDistribution.defaults();
		long installing = System.nanoTime();
		boolean installed = distribution.isInstalled();
		distribution.install();
		Duration install = Duration.ofNanos(System.nanoTime() - installing);
		KeycloakServer server = KeycloakServer.builder(distribution)
			.workDir(workDir)
			.importRealm(DemoRealm.file())
			.importRealm(DemoRealm.providerFile())
			.admin("admin", "admin")
			.javaOptions(System.getProperty("ducha.keycloak.java-options", "-XX:TieredStopAtLevel=1").split("\\s+"))
			.start();
		String timing = String.format("Keycloak %s: %s; started in %.1f s (to /health/ready%s) at %s%n",
				KeycloakDistribution.VERSION,
				installed ? "cached distribution" : String.format("installed in %.1f s", install.toMillis() / 1000.0),
				server.startupTime().toMillis() / 1000.0, server.rebuiltAtStart() ? ", rebuilt first" : "",
				server.baseUrl());
		System.out.print(timing);
		try {
			Files.writeString(workDir.resolve("timing.txt"), timing);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new DuchaKeycloak(server);
	}

}
