package org.ducha.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ducha.node.DuchaNode;
import org.ducha.node.NodeLevel;
import org.ducha.node.federation.ApplyProbe;
import org.ducha.node.federation.grpc.LinkServer;
import org.ducha.node.pki.NodeCertificates;
import org.ducha.node.security.LocalKeys;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole node as the benchmark runs it: its own Spring context and schema, TLS links
 * with certificates of the run's own CA, and a node token beside the certificate, as
 * production links run. Apart from short reconnect waits, the link engine keeps its
 * defaults.
 */
final class BenchNode implements AutoCloseable {

	private final String code;

	private final ConfigurableApplicationContext context;

	private BenchNode(String code, ConfigurableApplicationContext context) {
		this.code = code;
		this.context = context;
	}

	String code() {
		return this.code;
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** A bean this node may not have, or null. */
	<T> T optionalBean(Class<T> type) {
		return this.context.getBeanProvider(type).getIfAvailable();
	}

	/** host:port of this node's link server, for its children. */
	String linkAddress() {
		return "127.0.0.1:" + bean(LinkServer.class).port();
	}

	@Override
	public void close() {
		SpringApplication.exit(this.context);
	}

	/**
	 * Where a run keeps its nodes' certificates, token keys and data folders.
	 *
	 * @param home the run's folder (not under {@code /tmp})
	 * @param jdbcServerUrl the database server, without a schema
	 */
	record Site(Path home, String jdbcServerUrl) {

		Path pki() {
			return this.home.resolve("pki");
		}

		Path keys() {
			return this.home.resolve("jwt");
		}

		/** Creates the CA and the token keys unless they exist. */
		void prepare() {
			try {
				NodeCertificates.ensureCa(pki().resolve("ca"), "Ducha bench CA");
				LocalKeys.ensure(keys());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}

		String url(String schema) {
			return this.jdbcServerUrl + schema + "?createDatabaseIfNotExist=true&useSSL=false"
					+ "&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true&characterEncoding=UTF-8"
					+ "&connectionTimeZone=UTC";
		}

	}

	/**
	 * Starts a node.
	 * @param site the run's folders and database
	 * @param code the node's division code (also names its schema)
	 * @param level its level
	 * @param parent the parent's code and link address, or null for the province
	 * @param children the codes of its children
	 * @param probe sees every batch the node commits, or null
	 */
	static BenchNode start(Site site, String code, NodeLevel level, String[] parent, List<String> children,
			ApplyProbe probe) {
		return start(site, code, code, level, parent, children, probe);
	}

	/**
	 * Starts a second node of a code the run already has (scenario 5's province).
	 * @param instance names its schema ({@code bench_<instance>}) and data folder
	 */
	static BenchNode start(Site site, String code, String instance, NodeLevel level, String[] parent,
			List<String> children, ApplyProbe probe) {
		NodeCertificates.Files ca = NodeCertificates.ensureCa(site.pki().resolve("ca"), "Ducha bench CA");
		NodeCertificates.Files certificate = NodeCertificates.ensureNode(ca, code, site.pki().resolve("nodes"));
		Path data = site.home().resolve("nodes").resolve(instance);
		try {
			Files.createDirectories(data);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, Object> all = new HashMap<>();
		// no application.yml of any jar on the classpath applies
		all.put("spring.config.name", "ducha-bench-node");
		all.put("spring.config.import", "classpath:ducha-node.yml");
		all.put("spring.datasource.url", site.url("bench_" + instance));
		all.put("spring.datasource.username", "root");
		all.put("spring.datasource.password", "");
		all.put("spring.jmx.enabled", "false");
		all.put("server.port", "0");
		all.put("ducha.node.code", code);
		all.put("ducha.node.name", code);
		all.put("ducha.node.level", level.name());
		all.put("ducha.node.grpc.port", "0");
		all.put("ducha.node.data-dir", data.toString());
		all.put("ducha.node.tls.enabled", "true");
		all.put("ducha.node.tls.ca", ca.certificate().toString());
		all.put("ducha.node.tls.certificate", certificate.certificate().toString());
		all.put("ducha.node.tls.private-key", certificate.privateKey().toString());
		all.put("ducha.security.local-jwt.enabled", "true");
		all.put("ducha.security.local-jwt.public-key", site.keys().resolve("jwt.pub").toString());
		all.put("ducha.security.local-jwt.private-key", site.keys().resolve("jwt.key").toString());
		all.put("ducha.security.links.require-node-token", "true");
		// a link resumed by the benchmark dials at once; a lost one within 2 s
		all.put("ducha.federation.client.initial-backoff", "200ms");
		all.put("ducha.federation.client.max-backoff", "2s");
		all.put("logging.level.root", "WARN");
		all.put("logging.level.org.ducha", "WARN");
		if (parent != null) {
			all.put("ducha.node.parent.code", parent[0]);
			all.put("ducha.node.parent.address", parent[1]);
		}
		if (!children.isEmpty()) {
			all.put("ducha.node.children", String.join(",", children));
		}
		ConfigurableApplicationContext context = new SpringApplicationBuilder(DuchaNode.class).properties(all)
			.initializers((applicationContext) -> {
				if (probe != null) {
					applicationContext.getBeanFactory().registerSingleton("benchProbe", probe);
				}
			})
			.run();
		return new BenchNode(code, context);
	}

}
