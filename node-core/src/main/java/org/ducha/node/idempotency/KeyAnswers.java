package org.ducha.node.idempotency;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.ducha.node.api.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The answers of the key itself: a stored answer given again, and the problem documents
 * of a key in use, reused for another request, or malformed (Chinese first, English when
 * the caller asks for it).
 */
@Component
class KeyAnswers {

	static final String REPLAYED = "Idempotency-Replayed";

	private final JsonMapper json;

	KeyAnswers(JsonMapper json) {
		this.json = json;
	}

	void replay(StoredAnswer answer, HttpServletResponse response) throws IOException {
		response.setStatus(answer.status());
		if (answer.contentType() != null) {
			response.setContentType(answer.contentType());
		}
		if (answer.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, answer.location());
		}
		response.setHeader(REPLAYED, "true");
		if (answer.bodyOmitted()) {
			response.setHeader("Idempotency-Body-Omitted", "true");
		}
		response.setContentLength(answer.body().length);
		response.getOutputStream().write(answer.body());
	}

	void inProgress(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, "1");
		problem(request, response, HttpStatus.CONFLICT, "idempotency-key-in-use", "此幂等键的请求仍在处理中，请稍后以同一幂等键重试",
				"The request of this Idempotency-Key is still running; retry with the same key in a moment");
	}

	void mismatch(HttpServletRequest request, HttpServletResponse response, String method, String path)
			throws IOException {
		problem(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
				"此幂等键已用于另一请求（" + method + " " + path + "），请为新请求使用新的幂等键",
				"This Idempotency-Key was used for another request (" + method + " " + path
						+ "); use a new key for a new request");
	}

	void malformed(HttpServletRequest request, HttpServletResponse response) throws IOException {
		problem(request, response, HttpStatus.BAD_REQUEST, "invalid", "幂等键须为 1 至 255 个可打印的 ASCII 字符",
				"Idempotency-Key must be 1 to 255 printable ASCII characters");
	}

	void notWritten(HttpServletRequest request, HttpServletResponse response) throws IOException {
		problem(request, response, HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "请求未能提交，未写入任何内容，请以同一幂等键重试",
				"The request could not be committed and wrote nothing; retry with the same Idempotency-Key");
	}

	private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			String chinese, String english) throws IOException {
		Locale locale = (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) ? request.getLocale()
				: Locale.SIMPLIFIED_CHINESE;
		boolean inEnglish = "en".equals(locale.getLanguage());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(),
				Problems.of(status, code, inEnglish ? english : chinese, locale));
	}

}
