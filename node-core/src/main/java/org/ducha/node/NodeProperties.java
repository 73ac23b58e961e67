package org.ducha.node;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The node's identity and its place in the administrative tree ({@code ducha.node.*},
 * docs/architecture.md §6.1).
 */
@ConfigurationProperties("ducha.node")
public class NodeProperties {

	/** GB/T 2260 division code; also the database schema suffix. */
	private String code;

	private String name;

	private NodeLevel level;

	/** Embedded database files, certificates and attachments. */
	private Path dataDir;

	private final Parent parent = new Parent();

	/** Codes of the child nodes allowed to dial in. */
	private List<String> children = new ArrayList<>();

	private final Grpc grpc = new Grpc();

	private final Tls tls = new Tls();

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public NodeLevel getLevel() {
		return this.level;
	}

	public void setLevel(NodeLevel level) {
		this.level = level;
	}

	public Path getDataDir() {
		return (this.dataDir != null) ? this.dataDir : Path.of("data", this.code);
	}

	public void setDataDir(Path dataDir) {
		this.dataDir = dataDir;
	}

	public Parent getParent() {
		return this.parent;
	}

	public List<String> getChildren() {
		return this.children;
	}

	public void setChildren(List<String> children) {
		this.children = children;
	}

	public Grpc getGrpc() {
		return this.grpc;
	}

	public Tls getTls() {
		return this.tls;
	}

	public boolean hasParent() {
		return this.parent.getAddress() != null && !this.parent.getAddress().isBlank();
	}

	/** Where the parent's link server listens; absent on the province. */
	public static class Parent {

		/** host:port of the parent's link server. */
		private String address;

		/**
		 * The parent's code; when set, the parent's certificate and Hello must name it.
		 */
		private String code;

		public String getAddress() {
			return this.address;
		}

		public void setAddress(String address) {
			this.address = address;
		}

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

	}

	/** The link server children dial (CITY and PROVINCE). */
	public static class Grpc {

		private String address = "127.0.0.1";

		/** 0 picks a free port. */
		private int port = 9440;

		/** Streams are closed after this age so that resume is exercised continuously. */
		private Duration maxConnectionAge = Duration.ofMinutes(30);

		public String getAddress() {
			return this.address;
		}

		public void setAddress(String address) {
			this.address = address;
		}

		public int getPort() {
			return this.port;
		}

		public void setPort(int port) {
			this.port = port;
		}

		public Duration getMaxConnectionAge() {
			return this.maxConnectionAge;
		}

		public void setMaxConnectionAge(Duration maxConnectionAge) {
			this.maxConnectionAge = maxConnectionAge;
		}

	}

	/**
	 * Mutual TLS on links; plaintext only when {@code enabled} is set false explicitly.
	 */
	public static class Tls {

		private boolean enabled = true;

		/** PEM file of the CA that signs every node certificate. */
		private Path ca;

		/** PEM file of this node's certificate. */
		private Path certificate;

		/** PEM file (PKCS#8) of this node's private key. */
		private Path privateKey;

		/**
		 * Development only: without configured files, create a local CA (shared by the
		 * nodes of this machine) and a certificate for this node.
		 */
		private boolean generate = false;

		/** Where the generated development CA lives. */
		private Path generatedCaDir = Path.of(System.getProperty("user.home"), ".cache", "ducha", "dev-ca");

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Path getCa() {
			return this.ca;
		}

		public void setCa(Path ca) {
			this.ca = ca;
		}

		public Path getCertificate() {
			return this.certificate;
		}

		public void setCertificate(Path certificate) {
			this.certificate = certificate;
		}

		public Path getPrivateKey() {
			return this.privateKey;
		}

		public void setPrivateKey(Path privateKey) {
			this.privateKey = privateKey;
		}

		public boolean isGenerate() {
			return this.generate;
		}

		public void setGenerate(boolean generate) {
			this.generate = generate;
		}

		public Path getGeneratedCaDir() {
			return this.generatedCaDir;
		}

		public void setGeneratedCaDir(Path generatedCaDir) {
			this.generatedCaDir = generatedCaDir;
		}

	}

}
