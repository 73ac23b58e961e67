package org.ducha.node.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.testing.ForgedTokens;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security events in the node's audit trail, each with who, what and from where: requests
 * refused with 401 (no token, a bad one) or 403 (by the filter chain or by a service),
 * the auditor's reads, attachment downloads, ledger exports and test tokens minted; an
 * allowed request is not recorded as a refusal; and an anonymous flood is counted, not
 * recorded one by one. Anonymous clients are told apart by the loopback address they call
 * from ({@code 127.0.0.x}).
 */
class SecurityEventsIntegrationTests {

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.children("441704")
			.withoutTransport()
			.departments(Map.of("fgj", "阳江市发展和改革局"))
			.property("ducha.security.local-jwt.mint-endpoint", "true")
			.property("ducha.security.local-jwt.private-key", TestKeys.dir().resolve("jwt.key").toString())
			.start();
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	/** A GET sent from a loopback address of our choosing; answers the status. */
	private static int getFrom(String address, String uri, String token) throws IOException {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(address, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", city.httpPort()), 5000);
			socket.setSoTimeout(20_000);
			String request = "GET " + uri + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
					+ ((token != null) ? "Authorization: Bearer " + token + "\r\n" : "") + "\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			String statusLine = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
				.readLine();
			return Integer.parseInt(statusLine.split(" ")[1]);
		}
	}

	private static int call(HttpMethod method, String uri, String token, Object body) {
		var spec = city.api(token).method(method).uri(uri);
		if (body instanceof MultiValueMap) {
			spec.contentType(MediaType.MULTIPART_FORM_DATA);
		}
		if (body != null) {
			spec.body(body);
		}
		return spec.retrieve().onStatus(HttpStatusCode::isError, (request, response) -> {
		}).toBodilessEntity().getStatusCode().value();
	}

	private static List<AuditRecord> security(String action) {
		return city.bean(AuditTrail.class)
			.latest(500)
			.stream()
			.filter((record) -> record.category() == AuditCategory.SECURITY && record.action().equals(action))
			.toList();
	}

	/**
	 * The record of an action whose detail contains {@code marker}: an event is written
	 * before its answer leaves, so it is there when the call returns.
	 */
	private static AuditRecord recordOf(String action, String marker) {
		List<AuditRecord> found = security(action).stream()
			.filter((record) -> record.detail().contains(marker))
			.toList();
		assertThat(found).as(action + " with " + marker).hasSize(1);
		return found.get(0);
	}

	private static String marker() {
		return "m" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aRequestWithoutATokenIsRecordedWithWhereItCameFrom() throws IOException {
		String marker = marker();
		assertThat(getFrom("127.0.0.21", "/api/v1/tasks?q=" + marker, null)).isEqualTo(401);
		AuditRecord record = recordOf("REQUEST_UNAUTHENTICATED", marker);
		assertThat(record.actor()).isEqualTo("anonymous");
		assertThat(record.detail()).startsWith("GET /api/v1/tasks?q=" + marker + " refused with 401 from 127.0.0.21");
	}

	@Test
	void aBadTokenIsRecordedWithWhyItWasRefused() throws IOException {
		String marker = marker();
		assertThat(getFrom("127.0.0.22", "/api/v1/tasks?q=" + marker, ForgedTokens.expired("441700"))).isEqualTo(401);
		AuditRecord record = recordOf("REQUEST_UNAUTHENTICATED", marker);
		assertThat(record.actor()).isEqualTo("anonymous");
		assertThat(record.detail()).contains("from 127.0.0.22: ").containsIgnoringCase("expired");
	}

	@Test
	void aRouteTheFilterChainRefusesIsRecordedWithWhoAndWhy() {
		String marker = marker();
		String token = TestKeys.token("sup-" + marker, "441700", null, "supervisor");
		assertThat(call(HttpMethod.GET, "/api/v1/audit?size=" + 7, token, null)).isEqualTo(403);
		AuditRecord record = recordOf("REQUEST_FORBIDDEN", "sup-" + marker);
		assertThat(record.actor()).isEqualTo("sup-" + marker);
		assertThat(record.detail()).startsWith("GET /api/v1/audit?size=7 refused with 403 from 127.0.0.1, by sup-"
				+ marker + " of 441700 (supervisor): Only administrators of 阳江市 (441700) with role auditor");
	}

	@Test
	void aRefusalOfAServiceIsRecorded() {
		String marker = marker();
		String token = TestKeys.token("sys-" + marker, "441700", null, "sysadmin");
		Map<String, Object> notice = Map.of("reason", "2029年部分节假日安排", "days",
				List.of(Map.of("date", "2029-10-01", "name", "国庆节", "offDay", true)));
		assertThat(call(HttpMethod.PUT, "/api/v1/admin/calendar/notices/2029", token, notice)).isEqualTo(403);
		AuditRecord record = recordOf("REQUEST_FORBIDDEN", "sys-" + marker);
		assertThat(record.detail()).startsWith("PUT /api/v1/admin/calendar/notices/2029 refused with 403");
	}

	@Test
	void anAllowedRequestIsNotRecordedAsARefusal() {
		String marker = marker();
		assertThat(call(HttpMethod.GET, "/api/v1/tasks?q=" + marker,
				TestKeys.token("sup-" + marker, "441700", null, "supervisor"), null))
			.isEqualTo(200);
		// an event is written before its answer leaves: none was
		assertThat(city.bean(AuditTrail.class).latest(500))
			.noneMatch((record) -> record.detail() != null && record.detail().contains("q=" + marker));
	}

	@Test
	void theAuditorsReadsOfTheTrailAreRecorded() {
		String marker = marker();
		String token = TestKeys.token("aud-" + marker, "441700", null, "auditor");
		assertThat(call(HttpMethod.GET, "/api/v1/audit?page=0&size=5", token, null)).isEqualTo(200);
		assertThat(recordOf("AUDIT_READ", "aud-" + marker).detail())
			.isEqualTo("GET /api/v1/audit?page=0&size=5 from 127.0.0.1, by aud-" + marker + " of 441700 (auditor)");
		assertThat(call(HttpMethod.GET, "/api/v1/audit/verify", token, null)).isEqualTo(200);
		assertThat(recordOf("AUDIT_VERIFIED", "aud-" + marker).actor()).isEqualTo("aud-" + marker);
	}

	@Test
	void anAttachmentDownloadIsRecorded() {
		String marker = marker();
		String token = TestKeys.token("li-" + marker, "441700", "441700:fgj", "handler");
		Map<?, ?> uploaded = city.api(token)
			.post()
			.uri("/api/v1/attachments")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(upload(marker))
			.retrieve()
			.body(Map.class);
		String sha256 = (String) uploaded.get("sha256");
		assertThat(security("ATTACHMENT_DOWNLOADED")).noneMatch((record) -> record.detail().contains(sha256));
		assertThat(call(HttpMethod.GET, "/api/v1/attachments/" + sha256, token, null)).isEqualTo(200);
		AuditRecord record = recordOf("ATTACHMENT_DOWNLOADED", sha256);
		assertThat(record.actor()).isEqualTo("li-" + marker);
		assertThat(record.detail()).isEqualTo(
				"GET /api/v1/attachments/" + sha256 + " from 127.0.0.1, by li-" + marker + " of 441700 (handler)");
	}

	@Test
	void aLedgerExportIsRecorded() {
		String marker = marker();
		String token = TestKeys.token("sup-" + marker, "441700", null, "supervisor");
		assertThat(call(HttpMethod.GET, "/api/v1/tasks/ledger.xlsx?q=" + marker, token, null)).isEqualTo(200);
		AuditRecord record = recordOf("LEDGER_EXPORTED", marker);
		assertThat(record.actor()).isEqualTo("sup-" + marker);
		assertThat(record.detail()).startsWith("GET /api/v1/tasks/ledger.xlsx?q=" + marker + " from 127.0.0.1");
	}

	@Test
	void mintingATestTokenIsRecorded() {
		String marker = marker();
		Map<?, ?> minted = city.anonymous()
			.post()
			.uri("/api/v1/dev/tokens")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("subject", "minted-" + marker, "orgCode", "441700", "roles", List.of("supervisor")))
			.retrieve()
			.body(Map.class);
		assertThat(minted.get("accessToken")).isNotNull();
		AuditRecord record = recordOf("TEST_TOKEN_MINTED", "minted-" + marker);
		assertThat(record.detail()).isEqualTo(
				"a development token for minted-" + marker + " of 441700 with roles supervisor minted for 127.0.0.1");
	}

	@Test
	void anAnonymousFloodIsCountedNotRecordedOneByOne() throws IOException {
		int requests = 12;
		for (int i = 0; i < requests; i++) {
			assertThat(getFrom("127.0.0.31", "/api/v1/tasks", null)).isEqualTo(401);
		}
		city.bean(SecurityEvents.class).close();
		assertThat(detailedFrom("127.0.0.31") + countedFrom("127.0.0.31")).as("every refusal recorded or counted")
			.isEqualTo(requests);
		// a minute may end during the loop: at most the first few of each minute one by
		// one
		assertThat(detailedFrom("127.0.0.31")).isBetween((long) RefusalLimiter.DETAILED_PER_CLIENT,
				2L * RefusalLimiter.DETAILED_PER_CLIENT);
	}

	private static long countedFrom(String address) {
		Pattern count = Pattern.compile("address " + Pattern.quote(address) + " ×(\\d+)");
		return security("REFUSALS_COUNTED").stream().mapToLong((record) -> {
			Matcher found = count.matcher(record.detail());
			return found.find() ? Long.parseLong(found.group(1)) : 0;
		}).sum();
	}

	private static long detailedFrom(String address) {
		return security("REQUEST_UNAUTHENTICATED").stream()
			.filter((record) -> record.detail().contains(" from " + address))
			.count();
	}

	private static MultiValueMap<String, Object> upload(String marker) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_PDF);
		headers.setContentDispositionFormData("file", "事件.pdf");
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new HttpEntity<>(new ByteArrayResource(marker.getBytes(StandardCharsets.UTF_8)), headers));
		return body;
	}

}
