package org.ducha.node.federation.grpc;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

import org.ducha.node.pki.NodeCertificates;

/**
 * Trusts a peer whose certificate chains to the federation CA and names a node. Host
 * names are not checked: a node is known by the code its certificate names, which its
 * Hello must match.
 */
final class NodeTrustManager extends X509ExtendedTrustManager {

	private final X509TrustManager chain;

	NodeTrustManager(X509Certificate ca) throws GeneralSecurityException {
		try {
			KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
			store.load(null, null);
			store.setCertificateEntry("ducha-ca", ca);
			TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			factory.init(store);
			X509TrustManager found = null;
			for (TrustManager manager : factory.getTrustManagers()) {
				if (manager instanceof X509TrustManager x509) {
					found = x509;
				}
			}
			if (found == null) {
				throw new GeneralSecurityException("No X.509 trust manager available");
			}
			this.chain = found;
		}
		catch (java.io.IOException ex) {
			throw new GeneralSecurityException(ex);
		}
	}

	private static void requireNode(X509Certificate[] chain) throws CertificateException {
		if (chain == null || chain.length == 0 || NodeCertificates.nodeCode(chain[0]).isEmpty()) {
			throw new CertificateException(
					"The peer's certificate names no node (URI SAN " + NodeCertificates.NODE_URI_PREFIX + "<code>)");
		}
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		this.chain.checkClientTrusted(chain, authType);
		requireNode(chain);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		this.chain.checkServerTrusted(chain, authType);
		requireNode(chain);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
			throws CertificateException {
		checkClientTrusted(chain, authType);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
			throws CertificateException {
		checkServerTrusted(chain, authType);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
			throws CertificateException {
		checkClientTrusted(chain, authType);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
			throws CertificateException {
		checkServerTrusted(chain, authType);
	}

	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return this.chain.getAcceptedIssuers();
	}

}
