package org.ducha.node.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.ducha.node.database.EmbeddedMariaDb;

/**
 * The database server of a test JVM: the one named by {@code DUCHA_TEST_DB_URL} (with
 * {@code DUCHA_TEST_DB_USER} and {@code DUCHA_TEST_DB_PASSWORD}), or one embedded MariaDB
 * started on first use and stopped when the JVM ends. Every test node gets its own
 * schema.
 */
public final class TestDatabase {

	private static final String PARAMETERS = "?createDatabaseIfNotExist=true&useSSL=false&allowPublicKeyRetrieval=true"
			+ "&rewriteBatchedStatements=true&characterEncoding=UTF-8&connectionTimeZone=UTC";

	private static String serverUrl;

	private static String user;

	private static String password;

	private TestDatabase() {
	}

	/** The server's JDBC URL without a schema, starting the embedded server if needed. */
	public static synchronized String serverUrl() {
		if (serverUrl == null) {
			String configured = System.getenv("DUCHA_TEST_DB_URL");
			if (configured != null && !configured.isBlank()) {
				serverUrl = configured.endsWith("/") ? configured : configured + "/";
				user = System.getenv().getOrDefault("DUCHA_TEST_DB_USER", "root");
				password = System.getenv().getOrDefault("DUCHA_TEST_DB_PASSWORD", "");
			}
			else {
				Path home = Path.of("target", "test-mariadb-" + ProcessHandle.current().pid()).toAbsolutePath();
				EmbeddedMariaDb server = EmbeddedMariaDb.start(home, false);
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					server.close();
					TemporaryFolders.delete(home);
				}, "test-mariadb-stop"));
				serverUrl = server.serverUrl();
				user = "root";
				password = "";
			}
		}
		return serverUrl;
	}

	/** A JDBC URL of a schema, created on first connection. */
	public static String url(String schema) {
		return serverUrl() + schema + PARAMETERS;
	}

	public static String user() {
		serverUrl();
		return user;
	}

	public static String password() {
		serverUrl();
		return password;
	}

	/** A schema name no other test uses. */
	public static String newSchema(String code) {
		return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "_" + code;
	}

	/** Drops a schema (a node being thrown away). */
	public static void drop(String schema) {
		try (Connection connection = DriverManager.getConnection(serverUrl(), user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS `" + schema + "`");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not drop schema " + schema, ex);
		}
	}

}
