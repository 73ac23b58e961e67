package org.ducha.deploy.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

import io.grpc.CallCredentials;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.StreamObserver;

import org.ducha.node.testing.Hellos;
import org.ducha.node.testing.TestCertificates;
import org.ducha.proto.federation.v1.Frame;
import org.ducha.proto.federation.v1.SyncRequest;
import org.ducha.proto.federation.v1.SyncResponse;

/**
 * Calls each method of a node's link server over the network as a county would — mutual
 * TLS with the county's certificate, a caller's token in the {@code authorization} header
 * — and says how the server answered: the answer is the evidence. Sync gets the county's
 * Hello and is accepted when the parent answers with its own Hello; every other method
 * gets an empty request, and is accepted when the method itself answers (its result, or
 * its own validation of the empty request), refused when the caller check answers
 * {@code PERMISSION_DENIED}.
 */
final class LinkCalls implements AutoCloseable {

	private static final MethodDescriptor.Marshaller<byte[]> BYTES = new MethodDescriptor.Marshaller<>() {

		@Override
		public InputStream stream(byte[] value) {
			return new ByteArrayInputStream(value);
		}

		@Override
		public byte[] parse(InputStream stream) {
			try {
				return stream.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	};

	private final ManagedChannel channel;

	private final String county;

	/**
	 * A connection to a link server as a county.
	 * @param address host:port of the link server
	 * @param county the code of the county whose certificate is shown
	 */
	LinkCalls(String address, String county) {
		Map<String, Object> files = TestCertificates.forNode(county);
		try {
			this.channel = NettyChannelBuilder.forTarget(address)
				.sslContext(GrpcSslContexts.forClient()
					.keyManager(Path.of((String) files.get("ducha.node.tls.certificate")).toFile(),
							Path.of((String) files.get("ducha.node.tls.private-key")).toFile())
					.trustManager(new CaTrustManager(Path.of((String) files.get("ducha.node.tls.ca"))))
					.build())
				.build();
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.county = county;
	}

	/**
	 * How the server answered a call of a method with a token.
	 *
	 * @param outcome {@code accepted}, {@code refused}, or {@code unexpected}
	 * @param evidence what the server answered
	 */
	record Answer(String outcome, String evidence) {

		static Answer of(Status status) {
			String evidence = status.getCode() + ": " + status.getDescription();
			return switch (status.getCode()) {
				case PERMISSION_DENIED -> new Answer("refused", evidence);
				case OK, INVALID_ARGUMENT, NOT_FOUND, OUT_OF_RANGE, FAILED_PRECONDITION ->
					new Answer("accepted", evidence);
				default -> new Answer("unexpected", evidence);
			};
		}

	}

	/** Calls a method of the server with a token (or none). */
	Answer call(MethodDescriptor<?, ?> method, String token) {
		MethodDescriptor<byte[], byte[]> raw = MethodDescriptor.<byte[], byte[]>newBuilder(BYTES, BYTES)
			.setType(method.getType())
			.setFullMethodName(method.getFullMethodName())
			.build();
		CallOptions options = CallOptions.DEFAULT.withDeadlineAfter(30, TimeUnit.SECONDS);
		if (token != null) {
			options = options.withCallCredentials(new Bearer(token));
		}
		try {
			return switch (method.getType()) {
				case UNARY -> {
					ClientCalls.blockingUnaryCall(this.channel, raw, options, new byte[0]);
					yield Answer.of(Status.OK);
				}
				case SERVER_STREAMING -> {
					Iterator<byte[]> answers = ClientCalls.blockingServerStreamingCall(this.channel, raw, options,
							new byte[0]);
					answers.forEachRemaining((answer) -> {
					});
					yield Answer.of(Status.OK);
				}
				case CLIENT_STREAMING -> stream(raw, options, new byte[0], false);
				case BIDI_STREAMING -> stream(raw, options, hello(), true);
				default -> new Answer("unexpected", "method type " + method.getType());
			};
		}
		catch (StatusRuntimeException ex) {
			return Answer.of(ex.getStatus());
		}
	}

	private byte[] hello() {
		return SyncRequest.newBuilder()
			.setFrame(Frame.newBuilder().setHello(Hellos.freshChild(this.county)))
			.build()
			.toByteArray();
	}

	/**
	 * Sends one message; for Sync, accepted when the first frame back is the parent's
	 * Hello, and refused when the stream ends before it with the Hello's refusal.
	 */
	private Answer stream(MethodDescriptor<byte[], byte[]> method, CallOptions options, byte[] request, boolean sync) {
		BlockingQueue<Object> received = new LinkedBlockingQueue<>();
		var call = this.channel.newCall(method, options);
		StreamObserver<byte[]> requests = ClientCalls.asyncBidiStreamingCall(call, new StreamObserver<>() {

			@Override
			public void onNext(byte[] value) {
				received.add(value);
			}

			@Override
			public void onError(Throwable error) {
				received.add(Status.fromThrowable(error));
			}

			@Override
			public void onCompleted() {
				received.add(Status.OK);
			}

		});
		requests.onNext(request);
		if (!sync) {
			requests.onCompleted();
		}
		try {
			Object first = received.poll(30, TimeUnit.SECONDS);
			if (first == null) {
				return new Answer("unexpected", "no answer in 30 s");
			}
			if (!sync) {
				// the method's answer, then how the call ended
				Object end = (first instanceof Status) ? first : received.poll(30, TimeUnit.SECONDS);
				return (end instanceof Status status) ? Answer.of(status) : new Answer("unexpected", "no end in 30 s");
			}
			if (first instanceof byte[] frame) {
				boolean hello = SyncResponse.parseFrom(frame).getFrame().hasHello();
				return hello ? new Answer("accepted", "the parent's Hello") : new Answer("unexpected", "a frame first");
			}
			Status end = (Status) first;
			boolean refused = end.getCode() == Status.Code.ABORTED && end.getDescription() != null
					&& end.getDescription().contains("refused");
			return new Answer(refused ? "refused" : "unexpected", end.getCode() + ": " + end.getDescription());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			return new Answer("unexpected", "a frame that does not parse: " + ex.getMessage());
		}
		finally {
			call.cancel("the call has answered", null);
		}
	}

	@Override
	public void close() {
		this.channel.shutdownNow();
	}

	/**
	 * Trusts a server whose certificate chains to the federation CA; the host name is not
	 * checked, as a node's certificate names its code, not a host.
	 */
	private static final class CaTrustManager extends X509ExtendedTrustManager {

		private final X509TrustManager chain;

		CaTrustManager(Path ca) throws GeneralSecurityException, IOException {
			KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
			store.load(null, null);
			try (InputStream in = Files.newInputStream(ca)) {
				store.setCertificateEntry("ducha-ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
			}
			TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			factory.init(store);
			this.chain = (X509TrustManager) factory.getTrustManagers()[0];
		}

		@Override
		public void checkServerTrusted(X509Certificate[] certificates, String authType) throws CertificateException {
			this.chain.checkServerTrusted(certificates, authType);
		}

		@Override
		public void checkServerTrusted(X509Certificate[] certificates, String authType, Socket socket)
				throws CertificateException {
			this.chain.checkServerTrusted(certificates, authType);
		}

		@Override
		public void checkServerTrusted(X509Certificate[] certificates, String authType, SSLEngine engine)
				throws CertificateException {
			this.chain.checkServerTrusted(certificates, authType);
		}

		@Override
		public void checkClientTrusted(X509Certificate[] certificates, String authType) throws CertificateException {
			throw new CertificateException("a client only");
		}

		@Override
		public void checkClientTrusted(X509Certificate[] certificates, String authType, Socket socket)
				throws CertificateException {
			throw new CertificateException("a client only");
		}

		@Override
		public void checkClientTrusted(X509Certificate[] certificates, String authType, SSLEngine engine)
				throws CertificateException {
			throw new CertificateException("a client only");
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return this.chain.getAcceptedIssuers();
		}

	}

	/** A caller's token as the {@code authorization: Bearer} header. */
	private static final class Bearer extends CallCredentials {

		private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization",
				Metadata.ASCII_STRING_MARSHALLER);

		private final String token;

		Bearer(String token) {
			this.token = token;
		}

		@Override
		public void applyRequestMetadata(RequestInfo request, Executor executor, MetadataApplier applier) {
			Metadata headers = new Metadata();
			headers.put(AUTHORIZATION, "Bearer " + this.token);
			applier.apply(headers);
		}

	}

}
