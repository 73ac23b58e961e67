package org.ducha.node.idempotency;

import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ducha.node.api.Problems;
import org.ducha.node.database.TransactionRetry;
import org.ducha.node.security.ActorAuthentication;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Runs a POST carrying an {@code Idempotency-Key} once per account and key
 * (docs/architecture.md §8.5). It comes after authentication (the security filter chain
 * runs first), so the key belongs to the token's account. The key is claimed in a
 * committed row of its own; the request then runs in one transaction, which every service
 * it calls joins, and its answer is stored in that transaction: the effect and the stored
 * answer commit together or not at all. A request that fails wrote nothing and gives its
 * key up, so that the client's retry runs it again.
 */
@Component
class IdempotentPosts extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	private static final Logger logger = LoggerFactory.getLogger(IdempotentPosts.class);

	/** Runs of a request whose transaction collided, as TransactionRetry does. */
	private static final int ATTEMPTS = 3;

	private final IdempotencyKeys keys;

	private final KeyAnswers answers;

	private final PlatformTransactionManager transactions;

	private final long maxStoredBody;

	IdempotentPosts(IdempotencyKeys keys, KeyAnswers answers, PlatformTransactionManager transactions,
			IdempotencySettings settings) {
		this.keys = keys;
		this.answers = answers;
		this.transactions = transactions;
		this.maxStoredBody = settings.maxStoredBody().toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
				|| !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof ActorAuthentication caller)) {
			// an anonymous call (a public route) has no account to keep a key for
			chain.doFilter(request, response);
			return;
		}
		String key = request.getHeader(HEADER);
		if (!KeyedRequest.isValidKey(key)) {
			this.answers.malformed(request, response);
			return;
		}
		RepeatableRequest repeatable = RepeatableRequest.of(request);
		String path = request.getRequestURI()
				+ ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
		KeyedRequest keyed = KeyedRequest.of(String.valueOf(caller.getToken().getClaims().get("iss")),
				caller.actor().subject(), key, request.getMethod(), path, repeatable.fingerprint());
		IdempotencyKeys.Claim claim = this.keys.claim(keyed);
		if (claim instanceof IdempotencyKeys.Claim.Replay replay) {
			this.answers.replay(replay.answer(), response);
		}
		else if (claim instanceof IdempotencyKeys.Claim.InProgress) {
			this.answers.inProgress(request, response);
		}
		else if (claim instanceof IdempotencyKeys.Claim.Mismatch mismatch) {
			this.answers.mismatch(request, response, mismatch.method(), mismatch.path());
		}
		else {
			if (((IdempotencyKeys.Claim.Execute) claim).takenOver()) {
				logger.info("Idempotency key {} of {} was left running by a stopped process; running it again", key,
						caller.actor().subject());
			}
			execute(keyed, repeatable, response, chain);
		}
	}

	private void execute(KeyedRequest keyed, RepeatableRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
		boolean keep = false;
		try {
			for (int attempt = 1;; attempt++) {
				request.removeAttribute(Problems.LOCK_COLLISION);
				Outcome outcome = run(keyed, request, buffered, chain);
				if (outcome == Outcome.COMMITTED) {
					keep = true;
					return;
				}
				if (outcome == Outcome.COLLIDED && attempt < ATTEMPTS) {
					logger.info("{} {} under Idempotency-Key collided with another transaction (attempt {} of {}); "
							+ "running it again", keyed.method(), keyed.path(), attempt, ATTEMPTS);
					buffered.reset();
					pause(attempt);
					continue;
				}
				if (outcome == Outcome.NOT_COMMITTED) {
					buffered.reset();
					this.answers.notWritten(request, buffered);
				}
				return;
			}
		}
		finally {
			if (!keep) {
				this.keys.release(keyed);
			}
			buffered.copyBodyToResponse();
		}
	}

	/** One run of the request in its transaction. */
	private Outcome run(KeyedRequest keyed, RepeatableRequest request, ContentCachingResponseWrapper buffered,
			FilterChain chain) throws ServletException, IOException {
		TransactionStatus transaction = this.transactions.getTransaction(new DefaultTransactionDefinition());
		try {
			chain.doFilter(request, buffered);
		}
		catch (ServletException | IOException | RuntimeException | Error ex) {
			this.transactions.rollback(transaction);
			throw ex;
		}
		int status = buffered.getStatus();
		if (status < 200 || status >= 300 || transaction.isRollbackOnly()) {
			this.transactions.rollback(transaction);
			if (Boolean.TRUE.equals(request.getAttribute(Problems.LOCK_COLLISION))) {
				return Outcome.COLLIDED;
			}
			return (status >= 200 && status < 300) ? Outcome.NOT_COMMITTED : Outcome.REFUSED;
		}
		try {
			this.keys.complete(keyed, answerOf(buffered));
			this.transactions.commit(transaction);
			return Outcome.COMMITTED;
		}
		catch (RuntimeException ex) {
			if (!transaction.isCompleted()) {
				this.transactions.rollback(transaction);
			}
			if (TransactionRetry.isLockCollision(ex)) {
				return Outcome.COLLIDED;
			}
			logger.warn("{} {} under Idempotency-Key did not commit", keyed.method(), keyed.path(), ex);
			return Outcome.NOT_COMMITTED;
		}
	}

	private StoredAnswer answerOf(ContentCachingResponseWrapper buffered) {
		byte[] body = buffered.getContentAsByteArray();
		boolean omitted = body.length > this.maxStoredBody;
		return new StoredAnswer(buffered.getStatus(), buffered.getContentType(),
				buffered.getHeader(HttpHeaders.LOCATION), omitted ? new byte[0] : body, omitted);
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25) * attempt);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** How a run ended. */
	private enum Outcome {

		/** The effect and the answer committed. */
		COMMITTED,

		/** Refused or failed (an error answer): nothing written, answered as it is. */
		REFUSED,

		/** Collided with another transaction: may run again. */
		COLLIDED,

		/** Answered success but could not commit: nothing written. */
		NOT_COMMITTED

	}

}
