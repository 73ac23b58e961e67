package org.ducha.node.federation.grpc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeProperties;
import org.ducha.node.attachment.AttachmentTransfers;
import org.ducha.node.attachment.Sha256;
import org.ducha.node.pki.NodeCertificates;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.Federation;
import org.ducha.node.testing.TestCertificates;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;
import org.ducha.proto.federation.v1.AttachmentServiceGrpc;
import org.ducha.proto.federation.v1.GetAttachmentRequest;
import org.ducha.proto.federation.v1.GetTransferStateRequest;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Attachments across the federation over real gRPC with mutual TLS: a county reports with
 * an attachment on a province's (skip-level) task; the report reaches the city and the
 * province at once, the bytes follow by the attachment service — cut halfway on their way
 * to the city, resumed from the offset held there — and download at both with the same
 * SHA-256. Until they arrive, a download there says so (409).
 */
class AttachmentTransferIntegrationTests {

	private static final int CHUNK = AttachmentRpc.CHUNK_BYTES;

	/**
	 * Holds the city's first reception of the armed attachment after two chunks, then
	 * cuts it.
	 */
	private static final CuttingProbe cityProbe = new CuttingProbe();

	private static final CuttingProbe provinceProbe = new CuttingProbe();

	private static Federation federation;

	private static final List<ManagedChannel> channels = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void start() {
		federation = Federation.start(Map.of("ducha.attachments.push.poll-interval", "200ms",
				"ducha.attachments.push.initial-backoff", "200ms", "ducha.attachments.push.max-backoff", "1s"),
				(code, node) -> {
					if (code.equals("441700")) {
						node.bean("cityAttachmentProbe", cityProbe);
					}
					if (code.equals("440000")) {
						node.bean("provinceAttachmentProbe", provinceProbe);
					}
				});
	}

	@AfterAll
	static void stop() {
		channels.forEach(ManagedChannel::shutdownNow);
		cityProbe.release();
		federation.close();
	}

	private static RestClient supervisor(TestNode node) {
		return node.api(TestKeys.token("supervisor-" + node.code(), node.code(), null, "supervisor"));
	}

	private static byte[] bytes(int size, long seed) {
		byte[] bytes = new byte[size];
		new SplittableRandom(seed).nextBytes(bytes);
		return bytes;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Object> upload(TestNode node, RestClient client, String name, byte[] content) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_PDF);
		headers.setContentDispositionFormData("file", name);
		body.add("file", new HttpEntity<>(new ByteArrayResource(content), headers));
		return client.post()
			.uri("/api/v1/attachments")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(body)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
	}

	private static ResponseEntity<byte[]> download(TestNode node, String sha256) {
		return supervisor(node).get()
			.uri("/api/v1/attachments/{sha256}", sha256)
			.accept(MediaType.ALL)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (q, r) -> {
			})
			.toEntity(byte[].class);
	}

	private static int status(RestClient client, String uri, Object... variables) {
		return client.get().uri(uri, variables).retrieve().onStatus(HttpStatusCode::isError, (request, response) -> {
		}).toBodilessEntity().getStatusCode().value();
	}

	/** A skip-level task of the province to the county, signed there; its assignment. */
	@SuppressWarnings("unchecked")
	private static String signedAtTheCounty(String title) {
		Map<String, Object> issued = IssuedTasks.issue(federation.province,
				Map.of("title", title, "source", "MAJOR_DECISION", "type", "SPECIAL", "deadline",
						LocalDate.now().plusMonths(3).toString(), "assignees",
						List.of(Map.of("unitCode", "441704", "role", "LEAD"))));
		String taskId = (String) issued.get("id");
		String assignmentId = (String) ((List<Map<String, Object>>) issued.get("assignments")).get(0).get("id");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> status(supervisor(federation.yangdong), "/api/v1/tasks/{id}", taskId) == 200);
		supervisor(federation.yangdong).post()
			.uri("/api/v1/assignments/{id}/sign", assignmentId)
			.retrieve()
			.toBodilessEntity();
		return assignmentId;
	}

	@Test
	void aCountysAttachmentReachesTheCityAndTheProvinceResumingATransferCutHalfway() {
		String assignmentId = signedAtTheCounty("全省安全生产大检查");
		byte[] content = bytes(4 * CHUNK + 1000, 21);
		String sha256 = sha256(content);
		cityProbe.arm(sha256, 2L * CHUNK);
		provinceProbe.arm(sha256, -1);

		RestClient countyHandler = federation.yangdong
			.api(TestKeys.token("handler-441704", "441704", "441704:jyj", "handler"));
		assertThat(upload(federation.yangdong, countyHandler, "验收报告.pdf", content)).containsEntry("sha256", sha256);
		supervisor(federation.yangdong).post()
			.uri("/api/v1/assignments/{id}/reports", assignmentId)
			.body(Map.of("percentComplete", 60, "progress", "已完成现场检查", "attachments",
					List.of(Map.of("sha256", sha256, "name", "验收报告.pdf"))))
			.retrieve()
			.toBodilessEntity();

		// the report travels at once; the bytes are held halfway on their way to the city
		await().atMost(Duration.ofSeconds(30))
			.until(() -> download(federation.city, sha256).getStatusCode().value() == 409);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> download(federation.province, sha256).getStatusCode().value() == 409);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(cityProbe.held.get()).as("the city holds two chunks when the stream is cut")
				.isEqualTo(2L * CHUNK));
		cityProbe.release();

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			ResponseEntity<byte[]> atCity = download(federation.city, sha256);
			assertThat(atCity.getStatusCode().value()).isEqualTo(200);
			assertThat(sha256(atCity.getBody())).isEqualTo(sha256);
		});
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			ResponseEntity<byte[]> atProvince = download(federation.province, sha256);
			assertThat(atProvince.getStatusCode().value()).isEqualTo(200);
			assertThat(sha256(atProvince.getBody())).isEqualTo(sha256);
			assertThat(atProvince.getBody()).isEqualTo(content);
		});
		assertThat(cityProbe.offsets).as("the first upload starts at 0, every later one at what the city held")
			.first()
			.isEqualTo(0L);
		assertThat(cityProbe.offsets.subList(1, cityProbe.offsets.size())).isNotEmpty()
			.allSatisfy((offset) -> assertThat(offset).isEqualTo(2L * CHUNK));
		assertThat(provinceProbe.offsets).as("the city pushed on once it held the bytes, in one go")
			.containsExactly(0L);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(federation.yangdong.bean(AttachmentTransfers.class).pushState(new Sha256(sha256), "441700"))
				.contains("DONE");
			assertThat(federation.city.bean(AttachmentTransfers.class).pushState(new Sha256(sha256), "440000"))
				.contains("DONE");
		});
	}

	@Test
	void aCountyThatLostTheBytesFetchesThemFromItsCity() throws Exception {
		String assignmentId = signedAtTheCounty("防汛物资储备检查");
		byte[] content = bytes(CHUNK + 7, 22);
		String sha256 = sha256(content);
		upload(federation.yangdong, supervisor(federation.yangdong), "储备清单.pdf", content);
		supervisor(federation.yangdong).post()
			.uri("/api/v1/assignments/{id}/reports", assignmentId)
			.body(Map.of("percentComplete", 20, "progress", "已盘点", "attachments", List.of(Map.of("sha256", sha256))))
			.retrieve()
			.toBodilessEntity();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> download(federation.city, sha256).getStatusCode().value() == 200);

		Path file = federation.yangdong.bean(NodeProperties.class)
			.getDataDir()
			.resolve("attachments")
			.resolve(sha256.substring(0, 2))
			.resolve(sha256);
		Files.delete(file);
		assertThat(download(federation.yangdong, sha256).getStatusCode().value()).isEqualTo(409);

		assertThat(federation.yangdong.bean(AttachmentPusher.class).fetchFromParent(new Sha256(sha256))).isTrue();
		assertThat(file).hasBinaryContent(content);
		assertThat(download(federation.yangdong, sha256).getBody()).isEqualTo(content);
	}

	@Test
	void onlyAChildOfTheNodeCallsItsAttachmentService() {
		String city = TestKeys.token("node-441700", "441700", null, "node");
		String county = TestKeys.token("node-441704", "441704", null, "node");
		GetTransferStateRequest request = GetTransferStateRequest.newBuilder().setSha256(sha256(bytes(8, 23))).build();
		assertThat(refusal(() -> stub("441704", county).getTransferState(request))).as("a county skipping its city")
			.isEqualTo(Status.Code.PERMISSION_DENIED);
		assertThat(refusal(() -> stub("441700", county).getTransferState(request)))
			.as("the city's certificate with a county's token")
			.isEqualTo(Status.Code.PERMISSION_DENIED);
		assertThat(refusal(() -> stub("441700", null).getTransferState(request))).as("no node token")
			.isEqualTo(Status.Code.PERMISSION_DENIED);
		assertThat(stub("441700", city).getTransferState(request).getHeldBytes()).as("the city itself").isZero();
		assertThat(refusal(() -> stub("441700", city)
			.getAttachment(GetAttachmentRequest.newBuilder().setSha256(request.getSha256()).build())
			.hasNext())).as("an attachment no record of its subtree references").isEqualTo(Status.Code.NOT_FOUND);
		assertThat(federation.province.bean(org.ducha.node.audit.AuditTrail.class).latest(50))
			.extracting(org.ducha.node.audit.AuditRecord::action)
			.contains("LINK_CALL_REFUSED");
	}

	/**
	 * A client of the province's attachment service with a node's certificate and token.
	 */
	private static AttachmentServiceGrpc.AttachmentServiceBlockingStub stub(String node, String token) {
		Map<String, Object> tls = TestCertificates.forNode(node);
		SslContext ssl;
		try {
			ssl = GrpcSslContexts.forClient()
				.keyManager(Path.of((String) tls.get("ducha.node.tls.certificate")).toFile(),
						Path.of((String) tls.get("ducha.node.tls.private-key")).toFile())
				.trustManager(new NodeTrustManager(
						NodeCertificates.readCertificate(Path.of((String) tls.get("ducha.node.tls.ca")))))
				.build();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		ManagedChannel channel = NettyChannelBuilder.forTarget(federation.province.linkAddress())
			.sslContext(ssl)
			.build();
		channels.add(channel);
		AttachmentServiceGrpc.AttachmentServiceBlockingStub stub = AttachmentServiceGrpc.newBlockingStub(channel)
			.withDeadlineAfter(20, TimeUnit.SECONDS);
		return (token != null) ? stub.withCallCredentials(new BearerCredentials(token)) : stub;
	}

	private static Status.Code refusal(Runnable call) {
		try {
			call.run();
			return Status.Code.OK;
		}
		catch (StatusRuntimeException ex) {
			return ex.getStatus().getCode();
		}
	}

	/**
	 * Sees where uploads start; holds the armed attachment's first reception once it
	 * holds a given number of bytes, until released, then cuts the stream.
	 */
	static final class CuttingProbe implements AttachmentTransferProbe {

		final List<Long> offsets = new CopyOnWriteArrayList<>();

		final java.util.concurrent.atomic.AtomicLong held = new java.util.concurrent.atomic.AtomicLong();

		private volatile String armed;

		private volatile long cutAt;

		private final AtomicBoolean cut = new AtomicBoolean();

		private final CountDownLatch released = new CountDownLatch(1);

		void arm(String sha256, long bytes) {
			this.cutAt = bytes;
			this.armed = sha256;
		}

		void release() {
			this.released.countDown();
		}

		@Override
		public void uploadStarted(String sha256, long offset) {
			if (sha256.equals(this.armed)) {
				this.offsets.add(offset);
			}
		}

		@Override
		public void chunkKept(String sha256, long heldBytes) {
			if (sha256.equals(this.armed) && heldBytes == this.cutAt && this.cut.compareAndSet(false, true)) {
				this.held.set(heldBytes);
				try {
					this.released.await(90, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				throw new IllegalStateException("the test cuts this transfer after " + heldBytes + " bytes");
			}
		}

	}

}
