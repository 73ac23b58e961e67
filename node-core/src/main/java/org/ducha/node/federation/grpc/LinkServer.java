package org.ducha.node.federation.grpc;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLSession;

import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ducha.node.NodeIdentity;
import org.ducha.node.NodeProperties;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.federation.FederationSettings;
import org.ducha.node.federation.LinkSessions;
import org.ducha.node.federation.LinkSession;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.FederationServiceGrpc;
import org.ducha.proto.federation.v1.Frame;
import org.ducha.proto.federation.v1.Nack;
import org.ducha.proto.federation.v1.NackReason;
import org.ducha.proto.federation.v1.SyncRequest;

import org.springframework.context.SmartLifecycle;

/**
 * The parent's link server: children dial it and open one Sync stream each. Mutual TLS
 * unless switched off, keepalive that tolerates the children's pings, streams rotated by
 * age, and inbound flow control by hand so that a child sends only as fast as this node's
 * database applies. The same server, connections and identities carry the attachment
 * service.
 */
public class LinkServer implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(LinkServer.class);

	/** The caller's TLS session, for the services of this server. */
	static final Context.Key<SSLSession> TLS_SESSION = Context.key("ducha-tls-session");

	/** The caller's bearer token, if any. */
	static final Context.Key<String> BEARER = Context.key("ducha-bearer-token");

	private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization",
			Metadata.ASCII_STRING_MARSHALLER);

	private final NodeProperties properties;

	private final NodeIdentity self;

	private final FederationSettings settings;

	private final LinkSessions sessions;

	private final AuditTrail audit;

	private final AttachmentRpc attachments;

	private ExecutorService pool;

	private Server server;

	LinkServer(NodeProperties properties, NodeIdentity self, FederationSettings settings, LinkSessions sessions,
			AuditTrail audit, AttachmentRpc attachments) {
		this.properties = properties;
		this.self = self;
		this.settings = settings;
		this.sessions = sessions;
		this.audit = audit;
		this.attachments = attachments;
	}

	@Override
	public void start() {
		LinkTls tls = LinkTls.resolve(this.properties, this.self);
		this.pool = Executors.newCachedThreadPool((runnable) -> {
			Thread thread = new Thread(runnable, "ducha-link-" + this.self.code());
			thread.setDaemon(true);
			return thread;
		});
		InetSocketAddress address = new InetSocketAddress(this.properties.getGrpc().getAddress(),
				this.properties.getGrpc().getPort());
		NettyServerBuilder builder = NettyServerBuilder.forAddress(address)
			.executor(this.pool)
			.permitKeepAliveTime(this.settings.server().permitKeepAliveTime().toMillis(), TimeUnit.MILLISECONDS)
			.permitKeepAliveWithoutCalls(true)
			.maxConnectionAge(this.properties.getGrpc().getMaxConnectionAge().toMillis(), TimeUnit.MILLISECONDS)
			.maxConnectionAgeGrace(this.settings.server().maxConnectionAgeGrace().toMillis(), TimeUnit.MILLISECONDS)
			.maxInboundMessageSize(this.settings.maxFrameBytes() + 1024 * 1024)
			.addService(ServerInterceptors.intercept(service(), new TlsSessionInterceptor()))
			.addService(ServerInterceptors.intercept(this.attachments, new TlsSessionInterceptor()));
		if (tls != null) {
			builder.sslContext(tls.serverContext());
		}
		try {
			this.server = builder.build().start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the link server on " + address + ": " + ex.getMessage(),
					ex);
		}
		logger.info("Link server of {} listening on {}:{} ({})", this.self.code(), address.getHostString(), port(),
				(tls != null) ? "mutual TLS" : "PLAINTEXT");
	}

	/** The port it listens on (useful when configured as 0). */
	public int port() {
		return this.server.getPort();
	}

	/**
	 * The services this server serves, as the running server lists them (for the
	 * authorization matrix, which calls each of their methods).
	 */
	public java.util.List<ServerServiceDefinition> services() {
		return this.server.getServices();
	}

	private ServerServiceDefinition service() {
		return ServerServiceDefinition.builder(FederationServiceGrpc.SERVICE_NAME)
			.addMethod(RawMarshaller.SYNC, ServerCalls.asyncBidiStreamingCall(this::sync))
			.build();
	}

	private StreamObserver<byte[]> sync(StreamObserver<byte[]> responses) {
		ServerCallStreamObserver<byte[]> out = (ServerCallStreamObserver<byte[]>) responses;
		out.disableAutoRequest();
		SSLSession tlsSession = TLS_SESSION.get();
		String bearer = BEARER.get();
		GrpcFrameSink sink = new GrpcFrameSink(out, new SerialExecutor(this.pool), () -> tlsSession, false, bearer);
		LinkSession session = this.sessions.acceptChild(sink);
		out.setOnReadyHandler(() -> sink.execute(session::pump));
		out.setOnCancelHandler(() -> sink.execute(() -> session.close("the child cancelled the stream")));
		out.request(1);
		return new StreamObserver<>() {

			@Override
			public void onNext(byte[] bytes) {
				sink.execute(() -> {
					Frame frame = parse(bytes, session, sink);
					if (frame != null) {
						session.onFrame(frame);
					}
					out.request(1);
				});
			}

			@Override
			public void onError(Throwable error) {
				sink.execute(() -> session.close("stream failed: " + error.getMessage()));
			}

			@Override
			public void onCompleted() {
				sink.execute(() -> session.close("the child ended the stream"));
			}

		};
	}

	private Frame parse(byte[] bytes, LinkSession session, GrpcFrameSink sink) {
		try {
			return SyncRequest.parseFrom(bytes).getFrame();
		}
		catch (InvalidProtocolBufferException ex) {
			String peer = (session.link() != null) ? session.link().peer() : null;
			String detail = "a frame of " + bytes.length + " bytes does not parse: " + ex.getMessage();
			this.audit.record(AuditCategory.LINK, "FRAME_REFUSED",
					(peer != null) ? "node:" + peer : "unidentified peer", peer, detail);
			sink.send(Frame.newBuilder()
				.setNack(Nack.newBuilder()
					.setChannel(Channel.CHANNEL_UNSPECIFIED)
					.setReason(NackReason.NACK_REASON_MALFORMED)
					.setDetail(detail))
				.build());
			return null;
		}
	}

	@Override
	public void stop() {
		if (this.server != null) {
			this.server.shutdown();
			try {
				if (!this.server.awaitTermination(5, TimeUnit.SECONDS)) {
					this.server.shutdownNow();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.server.shutdownNow();
			}
			this.server = null;
		}
		if (this.pool != null) {
			this.pool.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.server != null;
	}

	/**
	 * Puts the stream's TLS session and bearer token where the Sync handler can read the
	 * child's certificate and node token.
	 */
	private static final class TlsSessionInterceptor implements ServerInterceptor {

		@Override
		public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
				ServerCallHandler<Q, R> next) {
			SSLSession session = call.getAttributes().get(Grpc.TRANSPORT_ATTR_SSL_SESSION);
			String authorization = headers.get(AUTHORIZATION);
			String bearer = (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7))
					? authorization.substring(7).trim() : null;
			Context context = Context.current().withValues(TLS_SESSION, session, BEARER, bearer);
			return Contexts.interceptCall(context, call, headers, next);
		}

	}

}
