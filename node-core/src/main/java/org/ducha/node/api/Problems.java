package org.ducha.node.api;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds the problem documents of the API: a Chinese title first (English when the caller
 * asks for it), a stable {@code code} for clients, and the detail.
 */
public final class Problems {

	/**
	 * Request attribute set when a request was answered 409 because its transaction
	 * collided (a deadlock or a lock wait timeout): it may run again as it is.
	 */
	public static final String LOCK_COLLISION = Problems.class.getName() + ".lockCollision";

	private Problems() {
	}

	public static ProblemDetail of(HttpStatus status, String code, String detail, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title(status, locale));
		problem.setType(URI.create("urn:ducha:problem:" + code));
		problem.setProperty("code", code);
		return problem;
	}

	private static String title(HttpStatus status, Locale locale) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return switch (status) {
			case BAD_REQUEST -> english ? "Invalid request" : "请求无效";
			case UNAUTHORIZED -> english ? "Not signed in" : "未登录或登录已失效";
			case FORBIDDEN -> english ? "Not allowed" : "无权执行此操作";
			case NOT_FOUND -> english ? "Not found" : "未找到";
			case CONFLICT -> english ? "Conflicts with the current state" : "与当前状态冲突";
			case UNPROCESSABLE_CONTENT -> english ? "Request cannot be processed" : "请求无法处理";
			case CONTENT_TOO_LARGE -> english ? "Content too large" : "上传内容过大";
			case TOO_MANY_REQUESTS -> english ? "Too many requests" : "请求过于频繁";
			case SERVICE_UNAVAILABLE -> english ? "Not available" : "服务暂不可用";
			default -> english ? status.getReasonPhrase() : "服务器错误";
		};
	}

}
