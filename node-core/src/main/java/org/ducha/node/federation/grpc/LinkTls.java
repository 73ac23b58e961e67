package org.ducha.node.federation.grpc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Optional;

import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;

import org.ducha.node.NodeIdentity;
import org.ducha.node.NodeProperties;
import org.ducha.node.pki.NodeCertificates;

/**
 * The node's TLS material for links: configured PEM files, or (development only, when
 * asked) a locally generated CA and node certificate.
 */
final class LinkTls {

	private final Path ca;

	private final Path certificate;

	private final Path privateKey;

	private LinkTls(Path ca, Path certificate, Path privateKey) {
		this.ca = ca;
		this.certificate = certificate;
		this.privateKey = privateKey;
	}

	/**
	 * Resolves the files, generating development ones if configured to; null when TLS is
	 * off.
	 */
	static LinkTls resolve(NodeProperties properties, NodeIdentity self) {
		NodeProperties.Tls tls = properties.getTls();
		if (!tls.isEnabled()) {
			return null;
		}
		if (tls.getCertificate() != null || tls.getPrivateKey() != null || tls.getCa() != null) {
			for (Path file : new Path[] { tls.getCa(), tls.getCertificate(), tls.getPrivateKey() }) {
				if (file == null || !Files.isReadable(file)) {
					throw new IllegalStateException(
							"ducha.node.tls needs readable ca, certificate and private-key files; " + "cannot read "
									+ file);
				}
			}
			return new LinkTls(tls.getCa(), tls.getCertificate(), tls.getPrivateKey());
		}
		if (!tls.isGenerate()) {
			throw new IllegalStateException("Links use mutual TLS but no certificate is configured: set "
					+ "ducha.node.tls.ca, .certificate and .private-key; or ducha.node.tls.generate=true to create "
					+ "development certificates; or ducha.node.tls.enabled=false for a plaintext development link");
		}
		NodeCertificates.Files caFiles = NodeCertificates.ensureCa(tls.getGeneratedCaDir(), "Ducha development CA");
		NodeCertificates.Files node = NodeCertificates.ensureNode(caFiles, self.code(),
				properties.getDataDir().resolve("tls"));
		return new LinkTls(caFiles.certificate(), node.certificate(), node.privateKey());
	}

	SslContext serverContext() {
		try {
			return GrpcSslContexts.forServer(this.certificate.toFile(), this.privateKey.toFile())
				.trustManager(trustManager())
				.clientAuth(ClientAuth.REQUIRE)
				.build();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not set up the link server's TLS from " + this.certificate, ex);
		}
	}

	SslContext clientContext() {
		try {
			return GrpcSslContexts.forClient()
				.keyManager(this.certificate.toFile(), this.privateKey.toFile())
				.trustManager(trustManager())
				.build();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not set up the link client's TLS from " + this.certificate, ex);
		}
	}

	private NodeTrustManager trustManager() throws java.io.IOException, GeneralSecurityException {
		return new NodeTrustManager(NodeCertificates.readCertificate(this.ca));
	}

	/** The node code the peer's certificate names. */
	static Optional<String> peerNode(SSLSession session) {
		if (session == null) {
			return Optional.empty();
		}
		try {
			Certificate[] chain = session.getPeerCertificates();
			return (chain.length > 0 && chain[0] instanceof X509Certificate x509) ? NodeCertificates.nodeCode(x509)
					: Optional.empty();
		}
		catch (SSLPeerUnverifiedException ex) {
			return Optional.empty();
		}
	}

}
