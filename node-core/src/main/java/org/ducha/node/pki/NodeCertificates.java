package org.ducha.node.pki;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Creates and reads the PEM files of a node CA and of node certificates.
 */
public final class NodeCertificates {

	/** URI SAN prefix that names a node. */
	public static final String NODE_URI_PREFIX = "urn:ducha:node:";

	private static final SecureRandom random = new SecureRandom();

	private NodeCertificates() {
	}

	/**
	 * The files of a CA or a node.
	 *
	 * @param certificate PEM certificate
	 * @param privateKey PEM PKCS#8 private key
	 */
	public record Files(Path certificate, Path privateKey) {
	}

	/**
	 * Creates a CA in {@code dir} ({@code ca.crt}, {@code ca.key}) unless one is there.
	 */
	public static Files ensureCa(Path dir, String name) {
		return locked(dir, () -> createCa(dir, name));
	}

	private static Files createCa(Path dir, String name) {
		Files files = new Files(dir.resolve("ca.crt"), dir.resolve("ca.key"));
		if (java.nio.file.Files.exists(files.certificate()) && java.nio.file.Files.exists(files.privateKey())) {
			return files;
		}
		try {
			KeyPair keys = keyPair();
			X500Name subject = new X500Name("CN=" + name + ",O=Ducha");
			Instant now = Instant.now();
			JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(),
					Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), subject,
					keys.getPublic());
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
			builder.addExtension(Extension.subjectKeyIdentifier, false,
					extensions.createSubjectKeyIdentifier(keys.getPublic()));
			X509Certificate certificate = sign(builder, keys.getPrivate());
			write(dir, files, certificate, keys.getPrivate());
			return files;
		}
		catch (GeneralSecurityException | IOException | org.bouncycastle.operator.OperatorCreationException ex) {
			throw new IllegalStateException("Could not create a CA in " + dir, ex);
		}
	}

	/**
	 * Issues a certificate for a node in {@code dir} ({@code <code>.crt},
	 * {@code <code>.key}) unless a valid one signed by this CA is there.
	 */
	public static Files ensureNode(Files ca, String code, Path dir) {
		return locked(dir, () -> issueNode(ca, code, dir));
	}

	private static Files issueNode(Files ca, String code, Path dir) {
		Files files = new Files(dir.resolve(code + ".crt"), dir.resolve(code + ".key"));
		try {
			X509Certificate caCertificate = readCertificate(ca.certificate());
			if (java.nio.file.Files.exists(files.certificate()) && java.nio.file.Files.exists(files.privateKey())
					&& isIssuedBy(readCertificate(files.certificate()), caCertificate)) {
				return files;
			}
			PrivateKey caKey = readPrivateKey(ca.privateKey());
			KeyPair keys = keyPair();
			Instant now = Instant.now();
			JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(caCertificate, serial(),
					Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(825))),
					new X500Name("CN=" + code + ",O=Ducha"), keys.getPublic());
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment | KeyUsage.keyAgreement));
			builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
					new KeyPurposeId[] { KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth }));
			builder.addExtension(Extension.subjectAlternativeName, false,
					new GeneralNames(new GeneralName[] {
							new GeneralName(GeneralName.uniformResourceIdentifier, NODE_URI_PREFIX + code),
							new GeneralName(GeneralName.dNSName, "localhost"),
							new GeneralName(GeneralName.iPAddress, "127.0.0.1") }));
			builder.addExtension(Extension.authorityKeyIdentifier, false,
					extensions.createAuthorityKeyIdentifier(caCertificate));
			write(dir, files, sign(builder, caKey), keys.getPrivate());
			return files;
		}
		catch (GeneralSecurityException | IOException | org.bouncycastle.operator.OperatorCreationException ex) {
			throw new IllegalStateException("Could not issue a certificate for node " + code + " in " + dir, ex);
		}
	}

	/**
	 * Runs work under an exclusive lock of the folder, shared by processes starting
	 * together.
	 */
	private static Files locked(Path dir, java.util.function.Supplier<Files> work) {
		try {
			java.nio.file.Files.createDirectories(dir);
			try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(dir.resolve(".lock"),
					java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
					java.nio.channels.FileLock lock = channel.lock()) {
				return work.get();
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not lock " + dir, ex);
		}
	}

	/** The node code a certificate names in its URI SAN. */
	public static Optional<String> nodeCode(X509Certificate certificate) {
		try {
			Collection<List<?>> names = certificate.getSubjectAlternativeNames();
			if (names == null) {
				return Optional.empty();
			}
			return names.stream()
				.filter((name) -> Integer.valueOf(GeneralName.uniformResourceIdentifier).equals(name.get(0)))
				.map((name) -> String.valueOf(name.get(1)))
				.filter((uri) -> uri.startsWith(NODE_URI_PREFIX))
				.map((uri) -> uri.substring(NODE_URI_PREFIX.length()))
				.findFirst();
		}
		catch (CertificateParsingException ex) {
			return Optional.empty();
		}
	}

	public static X509Certificate readCertificate(Path file) throws IOException, GeneralSecurityException {
		try (PEMParser parser = new PEMParser(new StringReader(java.nio.file.Files.readString(file)))) {
			Object object = parser.readObject();
			if (!(object instanceof X509CertificateHolder holder)) {
				throw new GeneralSecurityException(file + " holds no PEM certificate");
			}
			return new JcaX509CertificateConverter().getCertificate(holder);
		}
	}

	static PrivateKey readPrivateKey(Path file) throws IOException, GeneralSecurityException {
		try (PEMParser parser = new PEMParser(new StringReader(java.nio.file.Files.readString(file)))) {
			Object object = parser.readObject();
			if (!(object instanceof PrivateKeyInfo info)) {
				throw new GeneralSecurityException(file + " holds no PKCS#8 private key");
			}
			return new JcaPEMKeyConverter().getPrivateKey(info);
		}
	}

	private static boolean isIssuedBy(X509Certificate certificate, X509Certificate ca) {
		try {
			certificate.verify(ca.getPublicKey());
			certificate.checkValidity(Date.from(Instant.now().plus(Duration.ofDays(30))));
			return true;
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	private static KeyPair keyPair() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"), random);
		return generator.generateKeyPair();
	}

	private static BigInteger serial() {
		return new BigInteger(127, random);
	}

	private static X509Certificate sign(JcaX509v3CertificateBuilder builder, PrivateKey key)
			throws GeneralSecurityException, org.bouncycastle.operator.OperatorCreationException {
		ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(key);
		return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
	}

	/**
	 * Writes both files atomically, so that nodes starting together never read half a
	 * file.
	 */
	private static void write(Path dir, Files files, X509Certificate certificate, PrivateKey key) throws IOException {
		java.nio.file.Files.createDirectories(dir);
		writeAtomically(files.privateKey(), pem(key));
		writeAtomically(files.certificate(), pem(certificate));
	}

	private static void writeAtomically(Path target, String content) throws IOException {
		Path temporary = java.nio.file.Files.createTempFile(target.getParent(), target.getFileName().toString(),
				".tmp");
		java.nio.file.Files.writeString(temporary, content);
		java.nio.file.Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
				StandardCopyOption.REPLACE_EXISTING);
	}

	private static String pem(Object object) throws IOException {
		StringWriter out = new StringWriter();
		try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
			if (object instanceof PrivateKey key) {
				writer.writeObject(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(key, null));
			}
			else {
				writer.writeObject(object);
			}
		}
		return out.toString();
	}

}
