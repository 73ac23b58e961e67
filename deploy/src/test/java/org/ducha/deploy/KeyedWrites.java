package org.ducha.deploy;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * POSTs the way a client that may lose an answer sends them: each with an
 * {@code Idempotency-Key} of its own, sent again with the same key when the connection
 * failed (refused, reset, timed out) — the client cannot tell whether the write took —
 * until the node answers (docs/operations.md, "5. Retrying a write whose answer was
 * lost").
 */
final class KeyedWrites {

	private static final long GIVE_UP_MILLIS = 180_000;

	/** Writes sent again after a lost answer. */
	final AtomicInteger retried = new AtomicInteger();

	/** Of those, the ones the node answered as replays: the first had taken effect. */
	final AtomicInteger replayed = new AtomicInteger();

	/** A write whose answer is lost: it fails and is sent again by {@link #resend}. */
	static final class LostAnswer extends RuntimeException {

		private final String key;

		LostAnswer(String key, ResourceAccessException cause) {
			super(cause);
			this.key = key;
		}

		String key() {
			return this.key;
		}

	}

	/** Sends once under a new key; a lost answer throws {@link LostAnswer}. */
	Map<String, Object> post(RestClient client, String uri, Object body, Object... variables) {
		String key = UUID.randomUUID().toString();
		try {
			return send(client, key, uri, body, variables).getBody();
		}
		catch (ResourceAccessException ex) {
			throw new LostAnswer(key, ex);
		}
	}

	/** Sends under a new key, and again under the same key until the node answers. */
	Map<String, Object> postUntilAnswered(RestClient client, String uri, Object body, Object... variables) {
		try {
			return post(client, uri, body, variables);
		}
		catch (LostAnswer lost) {
			return resend(client, lost.key(), uri, body, variables);
		}
	}

	/** Sends a write again under the key of its lost answer until the node answers. */
	Map<String, Object> resend(RestClient client, String key, String uri, Object body, Object... variables) {
		this.retried.incrementAndGet();
		long deadline = System.currentTimeMillis() + GIVE_UP_MILLIS;
		while (true) {
			try {
				ResponseEntity<Map<String, Object>> answer = send(client, key, uri, body, variables);
				if ("true".equals(answer.getHeaders().getFirst("Idempotency-Replayed"))) {
					this.replayed.incrementAndGet();
				}
				return answer.getBody();
			}
			catch (ResourceAccessException ex) {
				if (System.currentTimeMillis() > deadline) {
					throw ex;
				}
				NodeProcess.sleep(250);
			}
		}
	}

	static ResponseEntity<Map<String, Object>> send(RestClient client, String key, String uri, Object body,
			Object... variables) {
		RestClient.RequestBodySpec request = client.post().uri(uri, variables).header("Idempotency-Key", key);
		if (body != null) {
			request.body(body);
		}
		return request.retrieve().toEntity(new ParameterizedTypeReference<>() {
		});
	}

}
