package org.ducha.node.federation.grpc;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLSession;

import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.ClientResponseObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ducha.node.NodeIdentity;
import org.ducha.node.NodeProperties;
import org.ducha.node.federation.FederationSettings;
import org.ducha.node.federation.LinkSessions;
import org.ducha.node.federation.LinkSession;
import org.ducha.node.federation.LinkStateRecorder;
import org.ducha.node.federation.ParentLinkControl;
import org.ducha.node.security.NodeTokens;
import org.ducha.proto.federation.v1.SyncResponse;

import org.springframework.context.SmartLifecycle;

/**
 * The child's side of the link: dials the parent, keeps one Sync stream open, and when it
 * ends dials again after a backoff (gRPC does not retry a started stream).
 */
public class ParentLinkClient implements SmartLifecycle, ParentLinkControl {

	private static final Logger logger = LoggerFactory.getLogger(ParentLinkClient.class);

	private final NodeProperties properties;

	private final NodeIdentity self;

	private final FederationSettings settings;

	private final LinkSessions sessions;

	private final LinkStateRecorder states;

	private final NodeTokens tokens;

	private final Backoff backoff;

	private volatile ManagedChannel channel;

	private ScheduledExecutorService scheduler;

	/** The stream of the latest dial. */
	private final java.util.concurrent.atomic.AtomicReference<Stream> current = new java.util.concurrent.atomic.AtomicReference<>();

	private ExecutorService pool;

	private volatile boolean running;

	private ScheduledFuture<?> pending;

	private final AtomicBoolean connected = new AtomicBoolean();

	public ParentLinkClient(NodeProperties properties, NodeIdentity self, FederationSettings settings,
			LinkSessions sessions, LinkStateRecorder states, NodeTokens tokens) {
		this.properties = properties;
		this.self = self;
		this.settings = settings;
		this.sessions = sessions;
		this.states = states;
		this.tokens = tokens;
		FederationSettings.Client client = settings.client();
		this.backoff = new Backoff(client.initialBackoff(), client.maxBackoff(), client.backoffMultiplier(),
				client.jitter(), new java.util.SplittableRandom());
	}

	@Override
	public void start() {
		LinkTls tls = LinkTls.resolve(this.properties, this.self);
		FederationSettings.Client client = this.settings.client();
		NettyChannelBuilder builder = NettyChannelBuilder.forTarget(this.properties.getParent().getAddress())
			.keepAliveTime(client.keepAliveTime().toMillis(), TimeUnit.MILLISECONDS)
			.keepAliveTimeout(client.keepAliveTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.keepAliveWithoutCalls(true)
			.maxInboundMessageSize(this.settings.maxFrameBytes() + 1024 * 1024);
		if (tls != null) {
			builder.sslContext(tls.clientContext());
		}
		else {
			builder.usePlaintext();
		}
		this.channel = builder.build();
		this.scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> daemon(runnable, "dial"));
		this.pool = Executors.newCachedThreadPool((runnable) -> daemon(runnable, "link"));
		this.running = true;
		schedule(Duration.ZERO);
		logger.info("Node {} links to its parent {} at {} ({})", this.self.code(),
				this.properties.getParent().getCode(), this.properties.getParent().getAddress(),
				(tls != null) ? "mutual TLS" : "PLAINTEXT");
	}

	private Thread daemon(Runnable runnable, String role) {
		Thread thread = new Thread(runnable, "ducha-" + role + "-" + this.self.code());
		thread.setDaemon(true);
		return thread;
	}

	private synchronized void schedule(Duration delay) {
		if (!this.running) {
			return;
		}
		if (this.pending != null) {
			this.pending.cancel(false);
		}
		this.pending = this.scheduler.schedule(this::dial, delay.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void dial() {
		if (!this.running || this.connected.get()) {
			return;
		}
		String parent = this.properties.getParent().getCode();
		if (this.states.isPaused(parent)) {
			schedule(Duration.ofSeconds(5));
			return;
		}
		this.connected.set(true);
		// our backoff decides when to dial: do not wait out gRPC's own reconnect backoff
		// too
		this.channel.resetConnectBackoff();
		CallOptions options = CallOptions.DEFAULT;
		java.util.Optional<String> token = this.tokens.current();
		if (token.isPresent()) {
			options = options.withCallCredentials(new BearerCredentials(token.get()));
		}
		ClientCall<byte[], byte[]> call = this.channel.newCall(RawMarshaller.SYNC, options);
		SerialExecutor executor = new SerialExecutor(this.pool);
		Stream stream = new Stream(call, executor);
		this.current.set(stream);
		ClientCalls.asyncBidiStreamingCall(call, stream);
	}

	/**
	 * The connection to the parent, with this node's certificate, for the other link
	 * services (attachments); null before the start.
	 */
	ManagedChannel channel() {
		return this.channel;
	}

	/** Dials at once, e.g. after an operator resumed the link. */
	@Override
	public void reconnectNow() {
		this.backoff.reset();
		schedule(Duration.ZERO);
	}

	/**
	 * A stream ended: its error or completion arrived, or its own session closed it (a
	 * Hello that never came back); only the current stream's end dials again, once.
	 */
	private void ended(Stream stream, String why) {
		if (this.current.get() != stream || !this.connected.compareAndSet(true, false)) {
			return;
		}
		String parent = this.properties.getParent().getCode();
		Duration wait = this.backoff.next();
		logger.info("Link to parent {} ended ({}); dialling again in {} ms", parent, why, wait.toMillis());
		this.states.backoff(parent, why);
		schedule(wait);
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
		}
		if (this.channel != null) {
			this.channel.shutdownNow();
			try {
				this.channel.awaitTermination(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (this.pool != null) {
			this.pool.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** One Sync stream and its session. */
	private final class Stream implements ClientResponseObserver<byte[], byte[]> {

		private final ClientCall<byte[], byte[]> call;

		private final SerialExecutor executor;

		private ClientCallStreamObserver<byte[]> requests;

		private LinkSession session;

		Stream(ClientCall<byte[], byte[]> call, SerialExecutor executor) {
			this.call = call;
			this.executor = executor;
		}

		@Override
		public void beforeStart(ClientCallStreamObserver<byte[]> requests) {
			this.requests = requests;
			requests.disableAutoRequestWithInitial(1);
			GrpcFrameSink sink = new GrpcFrameSink(requests, this.executor, this::tlsSession, true, null,
					(reason) -> ended(this, reason));
			requests.setOnReadyHandler(() -> this.executor.execute(() -> {
				if (this.session != null) {
					this.session.pump();
				}
			}));
			this.executor.execute(() -> this.session = ParentLinkClient.this.sessions.connectToParent(sink,
					ParentLinkClient.this.backoff::reset));
		}

		private SSLSession tlsSession() {
			return this.call.getAttributes().get(Grpc.TRANSPORT_ATTR_SSL_SESSION);
		}

		@Override
		public void onNext(byte[] bytes) {
			this.executor.execute(() -> {
				try {
					this.session.onFrame(SyncResponse.parseFrom(bytes).getFrame());
				}
				catch (InvalidProtocolBufferException ex) {
					this.session.close("the parent sent a frame that does not parse: " + ex.getMessage());
				}
				this.requests.request(1);
			});
		}

		@Override
		public void onError(Throwable error) {
			this.executor.execute(() -> {
				if (this.session != null) {
					this.session.close("stream failed: " + error.getMessage());
				}
				ended(this, error.getMessage());
			});
		}

		@Override
		public void onCompleted() {
			this.executor.execute(() -> {
				if (this.session != null) {
					this.session.close("the parent ended the stream");
				}
				ended(this, "the parent ended the stream");
			});
		}

	}

}
