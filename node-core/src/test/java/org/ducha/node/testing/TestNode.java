package org.ducha.node.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import org.ducha.node.DuchaNode;
import org.ducha.node.NodeLevel;
import org.ducha.node.federation.grpc.LinkServer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A whole node in the test JVM: its own Spring context, its own schema on the test
 * database, real REST on a free port and, unless switched off, real gRPC links on
 * loopback.
 */
public final class TestNode implements AutoCloseable {

	private final String code;

	private final String schema;

	private final ConfigurableApplicationContext context;

	private TestNode(String code, String schema, ConfigurableApplicationContext context) {
		this.code = code;
		this.schema = schema;
		this.context = context;
	}

	public static Builder node(String code, NodeLevel level) {
		return new Builder(code, level);
	}

	public String code() {
		return this.code;
	}

	public String schema() {
		return this.schema;
	}

	public ConfigurableApplicationContext context() {
		return this.context;
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	public int httpPort() {
		return ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	/** host:port of this node's link server, for its children. */
	public String linkAddress() {
		return "127.0.0.1:" + bean(LinkServer.class).port();
	}

	/** A REST client of this node's API acting with a token. */
	public RestClient api(String token) {
		return RestClient.builder()
			.baseUrl("http://127.0.0.1:" + httpPort())
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.defaultHeader(HttpHeaders.ACCEPT,
					MediaType.APPLICATION_JSON_VALUE + ", " + MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.build();
	}

	/** A REST client without a token. */
	public RestClient anonymous() {
		return RestClient.builder().baseUrl("http://127.0.0.1:" + httpPort()).build();
	}

	/** Tables that hold a node's state; the unit list and Flyway's history are kept. */
	private static final java.util.List<String> STATE = java.util.List.of("fed_link", "fed_outbound_log",
			"fed_outbound_entry", "fed_inbound_cursor", "fed_applied_event", "fed_parked_event", "fed_quarantine",
			"fed_directory_node", "task", "task_revision", "task_timeline", "assignment", "extension_request",
			"progress_report", "coordination", "alert", "task_number", "reminder", "inbox_item", "inbox_read",
			"notification", "notification_attempt", "attachment", "attachment_upload", "attachment_transfer",
			"report_attachment", "task_decomposition", "assignment_rollup", "division", "person", "charge_term",
			"unit_people", "ladder_proposal", "ladder_basis", "ladder_step", "rectification_report",
			"rectification_decision", "inspection_plan_object", "inspection_plan_team", "inspection_plan");

	/**
	 * Empties the node's state and sets its links up again with new log epochs, as a
	 * freshly installed node. Only for nodes whose links the test drives itself.
	 */
	public void resetState() {
		org.springframework.jdbc.core.simple.JdbcClient jdbc = bean(
				org.springframework.jdbc.core.simple.JdbcClient.class);
		// the audit trail starts afresh, its chain head back at genesis; the head is
		// locked first, as appends lock it, so that none slips in between
		new org.springframework.transaction.support.TransactionTemplate(
				bean(org.springframework.transaction.PlatformTransactionManager.class))
			.executeWithoutResult((status) -> {
				jdbc.sql("SELECT last_seq FROM audit_chain_head WHERE id = 1 FOR UPDATE").query(Long.class).single();
				jdbc.sql("DELETE FROM audit_event").update();
				jdbc.sql("UPDATE audit_chain_head SET last_seq = 0, last_hash = REPEAT('0', 64)").update();
			});
		for (String table : STATE) {
			jdbc.sql("DELETE FROM " + table).update();
		}
		jdbc.sql("UPDATE division_registry SET version = 0").update();
		bean(org.ducha.node.divisions.Divisions.class).reload();
		bean(org.ducha.node.federation.FederationBootstrap.class).ensureLinks();
	}

	@Override
	public void close() {
		SpringApplication.exit(this.context);
	}

	/** How a test node is started. */
	public static final class Builder {

		private final String code;

		private final NodeLevel level;

		private final Map<String, Object> properties = new HashMap<>();

		private String schema;

		private final Map<String, Object> singletons = new HashMap<>();

		private Builder(String code, NodeLevel level) {
			this.code = code;
			this.level = level;
		}

		public String code() {
			return this.code;
		}

		public Builder name(String name) {
			return property("ducha.node.name", name);
		}

		public Builder parent(String parentCode, String address) {
			property("ducha.node.parent.code", parentCode);
			return property("ducha.node.parent.address", address);
		}

		public Builder children(String... codes) {
			return property("ducha.node.children", String.join(",", codes));
		}

		/** Links without gRPC: the test drives the sessions itself. */
		public Builder withoutTransport() {
			property("ducha.federation.transport", "none");
			property("ducha.scheduling", "false");
			return property("ducha.federation.scheduling", "false");
		}

		public Builder plaintext() {
			return property("ducha.node.tls.enabled", "false");
		}

		/** Reuses a schema (a node restarting on its own data). */
		public Builder schema(String schema) {
			this.schema = schema;
			return this;
		}

		public Builder departments(Map<String, String> departments) {
			departments.forEach((shortName, name) -> property("ducha.units.departments." + shortName, name));
			return this;
		}

		/** Registers an object as a bean before the context starts (a clock, a probe). */
		public Builder bean(String name, Object instance) {
			this.singletons.put(name, instance);
			return this;
		}

		public Builder property(String key, Object value) {
			this.properties.put(key, value);
			return this;
		}

		public TestNode start() {
			String schemaName = (this.schema != null) ? this.schema : TestDatabase.newSchema(this.code);
			Map<String, Object> all = new HashMap<>();
			all.put("spring.config.name", "ducha-test-node");
			all.put("spring.config.import", "classpath:ducha-node.yml");
			all.put("spring.datasource.url", TestDatabase.url(schemaName));
			all.put("spring.datasource.username", TestDatabase.user());
			all.put("spring.datasource.password", TestDatabase.password());
			all.put("spring.datasource.hikari.maximum-pool-size", "6");
			all.put("spring.jmx.enabled", "false");
			all.put("server.port", "0");
			all.put("ducha.node.code", this.code);
			all.put("ducha.node.level", this.level.name());
			all.put("ducha.node.grpc.port", "0");
			all.put("ducha.node.data-dir", tempDir());
			all.put("ducha.security.local-jwt.enabled", "true");
			all.put("ducha.security.local-jwt.public-key", TestKeys.dir().resolve("jwt.pub").toString());
			all.put("logging.level.org.ducha", "INFO");
			if (!this.properties.containsKey("ducha.node.tls.enabled")) {
				all.putAll(TestCertificates.forNode(this.code));
			}
			all.putAll(this.properties);
			ConfigurableApplicationContext context = new SpringApplicationBuilder(DuchaNode.class).properties(all)
				.initializers((applicationContext) -> this.singletons
					.forEach((name, bean) -> applicationContext.getBeanFactory().registerSingleton(name, bean)))
				.run();
			return new TestNode(this.code, schemaName, context);
		}

		private static String tempDir() {
			try {
				java.nio.file.Path dir = Files.createTempDirectory("ducha-node");
				TemporaryFolders.deleteOnExit(dir);
				return dir.toString();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
