package org.ducha.gateway.session;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpSession;

import org.springframework.web.util.WebUtils;

/**
 * The node tokens of one HTTP session, one per audience set, kept until shortly before
 * they expire and only while the session's access token they were exchanged from is the
 * session's current one: a refreshed session token drops them all. They end with the
 * session (sign-out, expiry) like the session's own tokens.
 */
final class ExchangedTokens implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	/** The session attribute holding them. */
	static final String ATTRIBUTE = ExchangedTokens.class.getName();

	/** How long before its expiry a node token is exchanged again. */
	static final Duration EARLY = Duration.ofSeconds(30);

	private final Map<String, Slot> slots = new ConcurrentHashMap<>();

	private String subject;

	private ExchangedTokens() {
	}

	/** The session's node tokens, created on first use. */
	static ExchangedTokens of(HttpSession session) {
		synchronized (WebUtils.getSessionMutex(session)) {
			if (session.getAttribute(ATTRIBUTE) instanceof ExchangedTokens tokens) {
				return tokens;
			}
			ExchangedTokens tokens = new ExchangedTokens();
			session.setAttribute(ATTRIBUTE, tokens);
			return tokens;
		}
	}

	/**
	 * The token for an audience set, exchanged from {@code subject} (the session's
	 * current access token) when there is none still good. One exchange per audience set
	 * at a time: concurrent calls for the same set wait for the first one's token, calls
	 * for other sets go on.
	 */
	String token(String subject, String audiences, Instant now, Supplier<Exchanged> exchange) {
		return slot(subject, audiences).token(subject, now, exchange);
	}

	private Slot slot(String subject, String audiences) {
		synchronized (this) {
			if (!subject.equals(this.subject)) {
				// the session token was refreshed: what came from the old one goes
				this.slots.clear();
				this.subject = subject;
			}
		}
		return this.slots.computeIfAbsent(audiences, (key) -> new Slot());
	}

	/**
	 * A token the realm issued by exchange.
	 *
	 * @param value the access token
	 * @param lifetime its {@code expires_in}
	 */
	record Exchanged(String value, Duration lifetime) {
	}

	/** One audience set's token; its monitor lets one exchange run at a time. */
	private static final class Slot implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;

		private String subject;

		private String value;

		private Instant renewAfter = Instant.MIN;

		synchronized String token(String subject, Instant now, Supplier<Exchanged> exchange) {
			if (this.value == null || !subject.equals(this.subject) || !now.isBefore(this.renewAfter)) {
				Exchanged exchanged = exchange.get();
				this.subject = subject;
				this.value = exchanged.value();
				this.renewAfter = now.plus(exchanged.lifetime()).minus(EARLY);
			}
			return this.value;
		}

	}

}
