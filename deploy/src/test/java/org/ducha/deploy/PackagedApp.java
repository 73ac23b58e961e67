package org.ducha.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The three node applications and the gateway as their builds package them (the fat jars
 * under each app's {@code target} folder), which the process tests run as separate JVMs.
 */
public enum PackagedApp {

	PROVINCE("province-node", "ducha-province-node"), CITY("city-node", "ducha-city-node"),
	COUNTY("county-node", "ducha-county-node"), GATEWAY("gateway", "ducha-gateway");

	private final String module;

	private final String artifactId;

	PackagedApp(String module, String artifactId) {
		this.module = module;
		this.artifactId = artifactId;
	}

	/**
	 * The app's packaged jar, or a failure saying how to build it.
	 * @return the jar
	 */
	public Path jar() {
		Path root = Path.of(System.getProperty("ducha.repository.root", "..")).toAbsolutePath().normalize();
		String version = System.getProperty("ducha.version", "0.1.0-SNAPSHOT");
		Path jar = root.resolve(this.module).resolve("target").resolve(this.artifactId + "-" + version + ".jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("The packaged " + this.module + " is missing: " + jar
					+ ". Build it first, e.g. './mvnw verify' from the repository root or "
					+ "'./mvnw package -DskipTests -pl " + this.module + " -am'.");
		}
		return jar;
	}

}
