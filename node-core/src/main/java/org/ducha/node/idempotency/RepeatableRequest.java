package org.ducha.node.idempotency;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;

/**
 * A request whose body can be read again: by the fingerprint of the key, and by every run
 * of the request when its transaction collided and runs again. A multipart body is left
 * to the container, which keeps its parts; its fingerprint is made of the parts.
 */
final class RepeatableRequest extends HttpServletRequestWrapper {

	private final byte[] body;

	private final byte[] fingerprint;

	private RepeatableRequest(HttpServletRequest request, byte[] body, byte[] fingerprint) {
		super(request);
		this.body = body;
		this.fingerprint = fingerprint;
	}

	static RepeatableRequest of(HttpServletRequest request) throws IOException, ServletException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			return new RepeatableRequest(request, null, partsOf(request));
		}
		byte[] body = request.getInputStream().readAllBytes();
		return new RepeatableRequest(request, body, body);
	}

	/** What the request asks beyond its method and path: its body, or its parts. */
	byte[] fingerprint() {
		return this.fingerprint;
	}

	private static byte[] partsOf(HttpServletRequest request) throws IOException, ServletException {
		ByteArrayOutputStream parts = new ByteArrayOutputStream();
		for (Part part : request.getParts()) {
			MessageDigest digest = KeyedRequest.sha256();
			try (InputStream content = part.getInputStream()) {
				byte[] buffer = new byte[8192];
				for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
					digest.update(buffer, 0, read);
				}
			}
			String line = part.getName() + "\u0000" + part.getSubmittedFileName() + "\u0000" + part.getContentType()
					+ "\u0000" + java.util.HexFormat.of().formatHex(digest.digest()) + "\n";
			parts.writeBytes(line.getBytes(StandardCharsets.UTF_8));
		}
		return parts.toByteArray();
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (this.body == null) {
			return super.getInputStream();
		}
		ByteArrayInputStream content = new ByteArrayInputStream(this.body);
		return new ServletInputStream() {

			@Override
			public int read() {
				return content.read();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				return content.read(buffer, offset, length);
			}

			@Override
			public boolean isFinished() {
				return content.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException("The body is read at once");
			}

		};
	}

	@Override
	public BufferedReader getReader() throws IOException {
		if (this.body == null) {
			return super.getReader();
		}
		String encoding = getCharacterEncoding();
		Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
		return new BufferedReader(new InputStreamReader(getInputStream(), charset));
	}

}
