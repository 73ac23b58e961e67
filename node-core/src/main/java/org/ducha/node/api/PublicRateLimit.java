package org.ducha.node.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limit of the public, unauthenticated endpoints (calendar, public disclosure): a
 * token bucket per client address; beyond it, 429 with a problem document.
 */
@Component
class PublicRateLimit extends OncePerRequestFilter {

	private static final int MAX_CLIENTS = 10_000;

	private final double perSecond;

	private final double burst;

	private final JsonMapper json;

	private final Map<String, double[]> buckets = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
			return size() > MAX_CLIENTS;
		}
	};

	PublicRateLimit(@Value("${ducha.api.public-rate.per-second:50}") double perSecond,
			@Value("${ducha.api.public-rate.burst:200}") double burst, JsonMapper json) {
		this.perSecond = perSecond;
		this.burst = burst;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !path.startsWith("/api/v1/calendar/") && !path.startsWith("/api/v1/public/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (take(request.getRemoteAddr(), System.nanoTime())) {
			chain.doFilter(request, response);
			return;
		}
		Locale locale = (request.getHeader("Accept-Language") != null) ? request.getLocale()
				: Locale.SIMPLIFIED_CHINESE;
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", "1");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
				"Too many requests from " + request.getRemoteAddr() + "; try again in a moment", locale));
	}

	private synchronized boolean take(String client, long now) {
		double[] bucket = this.buckets.computeIfAbsent(client, (key) -> new double[] { this.burst, now });
		double elapsed = (now - bucket[1]) / 1e9;
		bucket[0] = Math.min(this.burst, bucket[0] + elapsed * this.perSecond);
		bucket[1] = now;
		if (bucket[0] < 1) {
			return false;
		}
		bucket[0] -= 1;
		return true;
	}

}
