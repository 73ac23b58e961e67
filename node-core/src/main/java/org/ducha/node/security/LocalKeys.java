package org.ducha.node.security;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/**
 * The RSA key pair of locally minted tokens, as PEM files (tests and local development).
 *
 * @param publicKey verifies tokens
 * @param privateKey signs them; null where only verification is configured
 */
public record LocalKeys(RSAPublicKey publicKey, RSAPrivateKey privateKey) {

	/** Reads the configured files, or creates a development key pair in the folder. */
	static LocalKeys resolve(SecuritySettings.LocalJwt settings) {
		try {
			if (settings.publicKey() != null) {
				RSAPublicKey publicKey = (RSAPublicKey) readPublic(settings.publicKey());
				RSAPrivateKey privateKey = (settings.privateKey() != null)
						? (RSAPrivateKey) readPrivate(settings.privateKey()) : null;
				return new LocalKeys(publicKey, privateKey);
			}
			return ensure(settings.generatedDir());
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot read the local token key: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Creates the pair in {@code dir} ({@code jwt.pub}, {@code jwt.key}) unless it is
	 * there.
	 */
	public static LocalKeys ensure(Path dir) throws IOException, GeneralSecurityException {
		Files.createDirectories(dir);
		Path pub = dir.resolve("jwt.pub");
		Path key = dir.resolve("jwt.key");
		try (FileChannel channel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
			if (!Files.exists(pub) || !Files.exists(key)) {
				KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
				generator.initialize(2048);
				KeyPair pair = generator.generateKeyPair();
				write(key, pem(new JcaPKCS8Generator(pair.getPrivate(), null)));
				write(pub, pem(pair.getPublic()));
			}
		}
		return new LocalKeys((RSAPublicKey) readPublic(pub), (RSAPrivateKey) readPrivate(key));
	}

	private static java.security.PublicKey readPublic(Path file) throws IOException, GeneralSecurityException {
		try (PEMParser parser = new PEMParser(new StringReader(Files.readString(file)))) {
			Object object = parser.readObject();
			if (!(object instanceof SubjectPublicKeyInfo info)) {
				throw new GeneralSecurityException(file + " holds no PEM public key");
			}
			return new JcaPEMKeyConverter().getPublicKey(info);
		}
	}

	private static java.security.PrivateKey readPrivate(Path file) throws IOException, GeneralSecurityException {
		try (PEMParser parser = new PEMParser(new StringReader(Files.readString(file)))) {
			Object object = parser.readObject();
			if (!(object instanceof PrivateKeyInfo info)) {
				throw new GeneralSecurityException(file + " holds no PKCS#8 private key");
			}
			return new JcaPEMKeyConverter().getPrivateKey(info);
		}
	}

	private static String pem(Object object) throws IOException {
		StringWriter out = new StringWriter();
		try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
			writer.writeObject(object);
		}
		return out.toString();
	}

	private static void write(Path target, String content) throws IOException {
		Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
		Files.writeString(temporary, content);
		Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

}
