package org.ducha.node.attachment.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.ducha.node.attachment.Attachment;
import org.ducha.node.attachment.AttachmentDownload;
import org.ducha.node.attachment.Attachments;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.security.Actor;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attachments: upload one file, download one the caller may read.
 */
@RestController
class AttachmentController {

	private final Attachments attachments;

	AttachmentController(Attachments attachments) {
		this.attachments = attachments;
	}

	@PostMapping(path = "/api/v1/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AttachmentResponse> upload(@RequestPart("file") MultipartFile file,
			@AuthenticationPrincipal Actor actor) throws IOException {
		if (file.isEmpty()) {
			throw new InvalidRequestException("The file is empty; an attachment holds at least one byte");
		}
		Attachment attachment;
		try (InputStream in = file.getInputStream()) {
			attachment = this.attachments.upload(in, file.getOriginalFilename(), file.getContentType(), actor);
		}
		return ResponseEntity.created(URI.create("/api/v1/attachments/" + attachment.sha256()))
			.body(AttachmentResponse.of(attachment));
	}

	@GetMapping("/api/v1/attachments/{sha256}")
	ResponseEntity<Resource> download(@PathVariable String sha256, @AuthenticationPrincipal Actor actor) {
		AttachmentDownload download = this.attachments.download(sha256, actor);
		Attachment attachment = download.attachment();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.contentLength(attachment.size())
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(download.name()))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.eTag("\"" + attachment.sha256() + "\"")
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(new FileSystemResource(download.file()));
	}

	/**
	 * {@code attachment; filename="<ASCII fallback>"; filename*=UTF-8''<RFC 5987>}, so
	 * that every browser saves the file under its (Chinese) name and none renders it
	 * inline.
	 */
	static String contentDisposition(String name) {
		StringBuilder ascii = new StringBuilder();
		name.codePoints()
			.forEach((c) -> ascii.append((c >= 0x20 && c < 0x7f && c != '"' && c != '\\') ? (char) c : '_'));
		StringBuilder encoded = new StringBuilder();
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				encoded.append((char) c);
			}
			else {
				encoded.append('%')
					.append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
	}

	/**
	 * An attachment as stored.
	 *
	 * @param sha256 its address: hexadecimal SHA-256 of its bytes
	 * @param size bytes
	 * @param contentType media type
	 * @param name file name
	 */
	record AttachmentResponse(String sha256, long size, String contentType, String name) {

		static AttachmentResponse of(Attachment attachment) {
			return new AttachmentResponse(attachment.sha256().hex(), attachment.size(), attachment.contentType(),
					attachment.name());
		}

	}

}
