package org.ducha.node.testing;

import java.util.Map;

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

/**
 * Attachments as a caller uploads ({@code POST /api/v1/attachments}) and downloads them.
 */
public final class Uploads {

	private Uploads() {
	}

	/** Uploads a PDF; its SHA-256 as the node answered. */
	public static String upload(RestClient client, String name, byte[] bytes) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_PDF);
		headers.setContentDispositionFormData("file", name);
		body.add("file", new HttpEntity<>(new ByteArrayResource(bytes), headers));
		Map<String, Object> stored = client.post()
			.uri("/api/v1/attachments")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(body)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		return (String) stored.get("sha256");
	}

	/** Downloads an attachment; an error answer is returned, not thrown. */
	public static ResponseEntity<byte[]> download(RestClient client, String sha256) {
		return client.get()
			.uri("/api/v1/attachments/{sha256}", sha256)
			.accept(MediaType.ALL)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (q, r) -> {
			})
			.toEntity(byte[].class);
	}

}
