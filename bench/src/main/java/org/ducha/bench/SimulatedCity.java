package org.ducha.bench;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.grpc.ManagedChannel;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;

import org.ducha.node.federation.HelloDecision;
import org.ducha.proto.federation.v1.Ack;
import org.ducha.proto.federation.v1.Batch;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Entry;
import org.ducha.proto.federation.v1.FederationServiceGrpc;
import org.ducha.proto.federation.v1.Frame;
import org.ducha.proto.federation.v1.Hello;
import org.ducha.proto.federation.v1.InboundCursor;
import org.ducha.proto.federation.v1.Nack;
import org.ducha.proto.federation.v1.OutboundLog;
import org.ducha.proto.federation.v1.SubtreeNode;
import org.ducha.proto.federation.v1.SyncRequest;
import org.ducha.proto.federation.v1.SyncResponse;

/**
 * A city of scenario 5 at the protocol level: a real link client of the province (its own
 * certificate and node token, the generated Sync stub, the real frames) that announces
 * its counties in Hello and relays their entries up the report channel in one gapless log
 * of its own. It receives the province's task, alert and reference channels as a receiver
 * must: in order, cursor saved before each Ack; the tasks the province issues to its
 * counties give them their assignments. Everything runs on one thread.
 */
final class SimulatedCity implements AutoCloseable {

	private static final int PROTOCOL_VERSION = 1;

	private final Guangdong.City city;

	private final String provinceCode;

	private final List<SimulatedCounty> counties;

	private final CityInbound inbound;

	private final CursorFile file;

	private final PeerLog reports = new PeerLog();

	private final SendWindow sending;

	private final String reportEpoch;

	private final String alertEpoch;

	private final PeerLimits limits;

	private final PeerChannels channels;

	private final ManagedChannel channel;

	private final ScheduledExecutorService thread;

	private final RedialBackoff backoff = new RedialBackoff();

	private Stream stream;

	private boolean open;

	private boolean blocked;

	private long retryAt;

	private int refusals;

	private volatile boolean running = true;

	/** The sender's count of entries sent again by cause, as of the last tick. */
	private volatile Map<SendWindow.Cause, Long> resent = Map.of();

	private volatile String lastError;

	private final AtomicLong sessions = new AtomicLong();

	private final AtomicLong nacks = new AtomicLong();

	SimulatedCity(Guangdong.City city, String provinceCode, List<SimulatedCounty> counties, CursorFile file,
			PeerLimits limits, PeerChannels channels, String provinceAddress) {
		this.city = city;
		this.provinceCode = provinceCode;
		this.counties = List.copyOf(counties);
		this.inbound = new CityInbound(file, this.counties,
				(county) -> this.reports.append(county, this.counties.get(county).append(), System.nanoTime()));
		this.file = file;
		this.reportEpoch = file.getOrPut("report.epoch", java.util.UUID.randomUUID().toString());
		this.alertEpoch = file.getOrPut("alert.epoch", java.util.UUID.randomUUID().toString());
		this.limits = limits;
		this.sending = new SendWindow(limits.window());
		this.channels = channels;
		this.channel = channels.open(city.code(), provinceAddress);
		this.thread = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread t = new Thread(runnable, "bench-sim-" + city.code());
			t.setDaemon(true);
			return t;
		});
		file.save();
	}

	String code() {
		return this.city.code();
	}

	List<SimulatedCounty> counties() {
		return this.counties;
	}

	PeerLog reports() {
		return this.reports;
	}

	/** Dials the province; the session re-dials by itself when the stream ends. */
	void start() {
		this.thread.execute(this::dial);
		this.thread.scheduleWithFixedDelay(this::tick, 500, 500, TimeUnit.MILLISECONDS);
	}

	/**
	 * A county of this city created its next fact; the city relays it at once.
	 * @param county index of the county in {@link #counties()}
	 * @param createdNanos {@link System#nanoTime()} of its creation at the county
	 */
	void relay(int county, long createdNanos) {
		this.thread.execute(() -> {
			this.reports.append(county, this.counties.get(county).append(), createdNanos);
			pump();
		});
	}

	/** Ends the current stream, as a lost connection does; the city dials again. */
	void dropStream() {
		this.thread.execute(() -> {
			if (this.stream != null) {
				this.stream.requests.cancel("bench: connection dropped on purpose", null);
			}
		});
	}

	long sessions() {
		return this.sessions.get();
	}

	long nacks() {
		return this.nacks.get();
	}

	/** Entries sent again for one cause, as of the last tick. */
	long resent(SendWindow.Cause cause) {
		return this.resent.getOrDefault(cause, 0L);
	}

	String lastError() {
		return this.lastError;
	}

	private void dial() {
		if (!this.running || this.stream != null) {
			return;
		}
		Stream next = new Stream();
		this.stream = next;
		FederationServiceGrpc.newStub(this.channel).withCallCredentials(this.channels.token(code())).sync(next);
		send(Frame.newBuilder().setHello(hello()).build());
	}

	/** Hello from the positions in this city's file, the counties as its subtree. */
	private Hello hello() {
		Hello.Builder hello = Hello.newBuilder()
			.setNodeCode(code())
			.setNodeName(this.city.name())
			.setProtocolVersion(PROTOCOL_VERSION);
		for (SimulatedCounty county : this.counties) {
			hello.addSubtree(
					SubtreeNode.newBuilder().setCode(county.code()).setName(county.name()).setParentCode(code()));
		}
		hello.addOutbound(OutboundLog.newBuilder()
			.setChannel(Channel.CHANNEL_ALERT)
			.setEpoch(this.alertEpoch)
			.setLastSeq(0)
			.setFirstRetainedSeq(1));
		hello.addOutbound(OutboundLog.newBuilder()
			.setChannel(Channel.CHANNEL_REPORT)
			.setEpoch(this.reportEpoch)
			.setLastSeq(this.reports.lastSeq())
			.setFirstRetainedSeq(1));
		this.inbound.describe(hello);
		return hello.build();
	}

	private void onFrame(Frame frame) {
		switch (frame.getKindCase()) {
			case HELLO -> onHello(frame.getHello());
			case BATCH -> this.inbound.onBatch(frame.getBatch(), this::send);
			case SNAPSHOT_CHUNK -> this.inbound.onChunk(frame.getSnapshotChunk(), this::send);
			case ACK -> onAck(frame.getAck());
			case NACK -> onNack(frame.getNack());
			case RESYNC_REQUIRED -> this.lastError = "the province asks a re-sync of "
					+ frame.getResyncRequired().getChannel() + ", which the simulator cannot send";
			default -> {
				// Progress answers snapshot chunks, which the simulator never sends
			}
		}
	}

	private void onHello(Hello hello) {
		if (!hello.getNodeCode().equals(this.provinceCode)) {
			this.stream.requests.cancel("Hello from " + hello.getNodeCode() + ", not the province", null);
			return;
		}
		for (InboundCursor cursor : hello.getInboundList()) {
			if (cursor.getChannel() == Channel.CHANNEL_REPORT) {
				HelloDecision decision = HelloDecision.decide(cursor.getEpoch(), cursor.getAppliedSeq(),
						this.reportEpoch, this.reports.lastSeq(), 1);
				if (decision instanceof HelloDecision.Resume resume) {
					this.sending.resume(resume.fromSeq());
				}
				else {
					this.blocked = true;
					this.lastError = "the province cannot resume the report log: " + decision;
				}
			}
		}
		this.inbound.hello(hello, this::send);
		this.open = true;
		this.sessions.incrementAndGet();
		this.backoff.reset();
		pump();
	}

	private void onAck(Ack ack) {
		if (ack.getChannel() != Channel.CHANNEL_REPORT) {
			return;
		}
		if (!this.sending.acknowledged(ack.getAppliedThroughSeq(), System.nanoTime())) {
			this.lastError = "Ack of " + ack.getAppliedThroughSeq() + ", beyond what was sent";
			return;
		}
		this.refusals = 0;
		pump();
	}

	private void onNack(Nack nack) {
		this.nacks.incrementAndGet();
		this.lastError = "Nack " + nack.getReason() + " on " + nack.getChannel() + ": " + nack.getDetail();
		switch (nack.getReason()) {
			case NACK_REASON_GAP -> this.sending.rewind(nack.getExpectedSeq(), SendWindow.Cause.NACK);
			case NACK_REASON_APPLY_FAILED, NACK_REASON_NOT_ACCEPTING -> {
				this.sending.rewind(nack.getExpectedSeq(), SendWindow.Cause.NACK);
				this.refusals++;
				this.retryAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(5L * Math.min(this.refusals, 12));
			}
			case NACK_REASON_EPOCH_MISMATCH -> this.stream.requests.cancel("the province follows another epoch", null);
			default -> this.blocked = true;
		}
		pump();
	}

	/** Sends what the window and the transport allow. */
	private void pump() {
		if (!this.open || this.blocked || System.nanoTime() < this.retryAt) {
			return;
		}
		while (this.sending.canSend(this.reports.lastSeq()) && this.stream.requests.isReady()) {
			Batch.Builder batch = Batch.newBuilder().setChannel(Channel.CHANNEL_REPORT).setEpoch(this.reportEpoch);
			long seq = this.sending.nextSeq();
			int bytes = 0;
			while (seq <= this.reports.lastSeq() && batch.getEntriesCount() < this.limits.batchEntries()) {
				Entry entry = this.counties.get(this.reports.county(seq))
					.entry(seq, this.reports.countySeq(seq), this.reports.createdNanos(seq));
				if (batch.getEntriesCount() > 0 && bytes + entry.getSerializedSize() > this.limits.batchBytes()) {
					break;
				}
				batch.addEntries(entry);
				bytes += entry.getSerializedSize();
				seq++;
			}
			send(Frame.newBuilder().setBatch(batch).build());
			this.sending.sent(seq - 1, System.nanoTime());
		}
	}

	private void tick() {
		if (this.open && this.sending.timedOut(System.nanoTime(), this.limits.ackTimeoutNanos())) {
			this.sending.rewind(this.sending.acked() + 1, SendWindow.Cause.ACK_TIMEOUT);
		}
		pump();
		this.file.put("report.last-seq", this.reports.lastSeq());
		this.file.put("report.acked", this.sending.acked());
		Map<SendWindow.Cause, Long> byCause = new EnumMap<>(SendWindow.Cause.class);
		for (SendWindow.Cause cause : SendWindow.Cause.values()) {
			byCause.put(cause, this.sending.resent(cause));
		}
		this.resent = byCause;
		this.counties.forEach(SimulatedCounty::save);
		this.file.save();
	}

	private void send(Frame frame) {
		if (this.stream != null) {
			this.stream.requests.onNext(SyncRequest.newBuilder().setFrame(frame).build());
		}
	}

	private void ended(Stream ended, String why) {
		if (this.stream != ended) {
			return;
		}
		this.stream = null;
		this.open = false;
		this.lastError = "stream ended: " + why;
		if (this.running) {
			this.thread.schedule(this::dial, this.backoff.next(), TimeUnit.MILLISECONDS);
		}
	}

	@Override
	public void close() {
		this.running = false;
		this.thread.execute(() -> {
			tick();
			if (this.stream != null) {
				// a cancel drops the frames the province has not taken yet
				this.stream.requests.cancel("the simulated city closes", null);
			}
		});
		this.thread.shutdown();
		try {
			this.thread.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.channel.shutdownNow();
	}

	/** One Sync stream; its callbacks run on the city's thread and only while current. */
	private final class Stream implements ClientResponseObserver<SyncRequest, SyncResponse> {

		private ClientCallStreamObserver<SyncRequest> requests;

		@Override
		public void beforeStart(ClientCallStreamObserver<SyncRequest> requests) {
			this.requests = requests;
			requests.setOnReadyHandler(() -> onThread(() -> {
				if (SimulatedCity.this.stream == this) {
					pump();
				}
			}));
		}

		@Override
		public void onNext(SyncResponse response) {
			onThread(() -> {
				if (SimulatedCity.this.stream == this) {
					onFrame(response.getFrame());
				}
			});
		}

		@Override
		public void onError(Throwable error) {
			onThread(() -> ended(this, String.valueOf(error.getMessage())));
		}

		@Override
		public void onCompleted() {
			onThread(() -> ended(this, "the province ended the stream"));
		}

		/** Runs on the city's thread; after the city closed, nothing runs. */
		private void onThread(Runnable task) {
			try {
				SimulatedCity.this.thread.execute(task);
			}
			catch (RejectedExecutionException ex) {
				// the city is closed
			}
		}

	}

}
