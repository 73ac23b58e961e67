package org.ducha.node.document;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;

/**
 * The HTTP answer that carries a rendered official document as a download, for the
 * features' web adapters: its media type, a Chinese file name (with an ASCII one for old
 * clients) and no caching, since a notice may change with its item.
 */
public final class DocumentDownloads {

	private DocumentDownloads() {
	}

	/**
	 * A download of a rendered document.
	 * @param document the document rendered (its title names the file when no base name
	 * is given)
	 * @param format the format it was rendered in
	 * @param bytes the file
	 * @param fileBaseName the file name without extension, Chinese allowed, e.g.
	 * "督办通知单-市交通局"
	 * @return 200 with the file as an attachment
	 */
	public static ResponseEntity<byte[]> of(OfficialDocument document, DocumentFormat format, byte[] bytes,
			String fileBaseName) {
		String base = (fileBaseName != null && !fileBaseName.isBlank()) ? fileBaseName : document.title();
		String filename = safe(base) + "." + format.extension();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.mediaType()))
			.contentLength(bytes.length)
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(filename, format))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(bytes);
	}

	/** An ASCII name for old clients and the Chinese one by RFC 5987 / RFC 6266. */
	static String contentDisposition(String filename, DocumentFormat format) {
		return "attachment; filename=\"document." + format.extension() + "\"; filename*=UTF-8''"
				+ UriUtils.encode(filename, StandardCharsets.UTF_8);
	}

	/** Without the characters a file system or a header would refuse. */
	private static String safe(String name) {
		return name.replaceAll("[\\\\/:*?\"<>|\\r\\n\\t]", "_").strip();
	}

}
