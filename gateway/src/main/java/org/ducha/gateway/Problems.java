package org.ducha.gateway;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The gateway's own problem documents, in the nodes' format ({@code type}
 * {@code urn:ducha:problem:<code>}, a {@code code} property, a Chinese title unless the
 * caller asks for English).
 */
public final class Problems {

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
			case UNAUTHORIZED -> english ? "Not signed in" : "未登录或登录已失效";
			case FORBIDDEN -> english ? "Not allowed" : "无权执行此操作";
			case NOT_FOUND -> english ? "Not found" : "未找到";
			case BAD_GATEWAY -> english ? "No access for the node" : "无法取得节点的访问授权";
			case SERVICE_UNAVAILABLE -> english ? "Not available" : "服务暂不可用";
			default -> english ? status.getReasonPhrase() : "服务器错误";
		};
	}

}
