package org.ducha.node.api;

import java.util.Locale;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ducha.node.problem.ConflictException;
import org.ducha.node.problem.ContentTooLargeException;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.problem.InvalidRowsException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.problem.ServiceUnavailableException;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where REST errors become problem documents.
 */
@RestControllerAdvice
class ProblemHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemHandler.class);

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex, Locale locale) {
		return Problems.of(HttpStatus.NOT_FOUND, "not-found", ex.getMessage(), locale);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ProblemDetail noRoute(NoResourceFoundException ex, Locale locale) {
		return Problems.of(HttpStatus.NOT_FOUND, "not-found", "No such resource: /" + ex.getResourcePath(), locale);
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex, Locale locale) {
		return Problems.of(HttpStatus.CONFLICT, "conflict", ex.getMessage(), locale);
	}

	/**
	 * A concurrent change won: an optimistic version that moved on (or, on databases that
	 * check snapshots, a row changed since it was read). Nothing was written; the caller
	 * reloads and decides again. The answer names the record that moved on.
	 */
	@ExceptionHandler(ConcurrencyFailureException.class)
	ProblemDetail concurrentChange(ConcurrencyFailureException ex, Locale locale) {
		return Problems.of(HttpStatus.CONFLICT, "concurrent-change",
				Collisions.describe(ex) + "; reload it and try again", locale);
	}

	/**
	 * A deadlock or a lock wait that timed out, still there after the transaction was run
	 * again (org.ducha.node.database.TransactionRetry): the operation that collided.
	 */
	@ExceptionHandler(org.springframework.dao.PessimisticLockingFailureException.class)
	ProblemDetail lockConflict(org.springframework.dao.PessimisticLockingFailureException ex, Locale locale,
			jakarta.servlet.http.HttpServletRequest request) {
		// a request under an idempotency key runs in one transaction that the key's
		// filter
		// runs again itself (docs/architecture.md §8.5)
		request.setAttribute(Problems.LOCK_COLLISION, Boolean.TRUE);
		logger.info("Concurrent transition refused: {}", ex.getMostSpecificCause().getMessage());
		return Problems.of(HttpStatus.CONFLICT, "concurrent-change", Collisions.describe(ex) + "; try again", locale);
	}

	@ExceptionHandler(ForbiddenException.class)
	ProblemDetail forbidden(ForbiddenException ex, Locale locale) {
		return Problems.of(HttpStatus.FORBIDDEN, "forbidden", ex.getMessage(), locale);
	}

	@ExceptionHandler(ServiceUnavailableException.class)
	ProblemDetail unavailable(ServiceUnavailableException ex, Locale locale) {
		return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", ex.getMessage(), locale);
	}

	@ExceptionHandler(InvalidRequestException.class)
	ProblemDetail invalid(InvalidRequestException ex, Locale locale) {
		return Problems.of(HttpStatus.BAD_REQUEST, "invalid", ex.getMessage(), locale);
	}

	@ExceptionHandler(InvalidRowsException.class)
	ProblemDetail invalidRows(InvalidRowsException ex, Locale locale) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-rows", ex.getMessage(), locale);
		problem.setProperty("errors", ex.problems());
		return problem;
	}

	@ExceptionHandler(ContentTooLargeException.class)
	ProblemDetail tooLarge(ContentTooLargeException ex, Locale locale) {
		return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", ex.getMessage(), locale);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail uploadTooLarge(MaxUploadSizeExceededException ex, Locale locale) {
		return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", "The upload is larger than this node accepts"
				+ ((ex.getMaxUploadSize() > 0) ? " (" + ex.getMaxUploadSize() + " bytes)" : ""), locale);
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ProblemDetail missingPart(MissingServletRequestPartException ex, Locale locale) {
		return Problems.of(HttpStatus.BAD_REQUEST, "invalid",
				"Part '" + ex.getRequestPartName() + "' of a multipart/form-data body is required", locale);
	}

	@ExceptionHandler(MultipartException.class)
	ProblemDetail notMultipart(MultipartException ex, Locale locale) {
		return Problems.of(HttpStatus.BAD_REQUEST, "invalid",
				"The request is not a readable multipart/form-data upload", locale);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalidBody(MethodArgumentNotValidException ex, Locale locale) {
		String detail = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> error.getField() + ": " + error.getDefaultMessage())
			.collect(Collectors.joining("; "));
		return Problems.of(HttpStatus.BAD_REQUEST, "invalid", detail, locale);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ProblemDetail invalidParameters(HandlerMethodValidationException ex, Locale locale) {
		String detail = ex.getAllErrors()
			.stream()
			.map((error) -> error.getDefaultMessage())
			.collect(Collectors.joining("; "));
		return Problems.of(HttpStatus.BAD_REQUEST, "invalid", detail, locale);
	}

	@ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
	ProblemDetail constraintViolation(jakarta.validation.ConstraintViolationException ex, Locale locale) {
		String detail = ex.getConstraintViolations()
			.stream()
			.map((violation) -> violation.getPropertyPath() + ": " + violation.getMessage())
			.collect(Collectors.joining("; "));
		return Problems.of(HttpStatus.BAD_REQUEST, "invalid", detail, locale);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex, Locale locale) {
		Throwable cause = ex.getMostSpecificCause();
		return Problems.of(HttpStatus.BAD_REQUEST, "unreadable",
				"The request body is not valid JSON of the expected shape: " + cause.getMessage(), locale);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex, Locale locale) {
		return Problems.of(HttpStatus.BAD_REQUEST, "invalid",
				"Parameter '" + ex.getName() + "' cannot be '" + ex.getValue() + "'", locale);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missing(MissingServletRequestParameterException ex, Locale locale) {
		return Problems.of(HttpStatus.BAD_REQUEST, "invalid", "Parameter '" + ex.getParameterName() + "' is required",
				locale);
	}

	/** Anything unforeseen: logged in full here, answered without internals. */
	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex, Locale locale) throws Exception {
		if (ex instanceof org.springframework.web.ErrorResponse
				|| ex instanceof org.springframework.security.access.AccessDeniedException
				|| ex instanceof org.springframework.security.core.AuthenticationException) {
			throw ex; // Spring MVC and Spring Security answer these themselves
		}
		logger.error("Unexpected failure of a request", ex);
		return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
				"The request failed unexpectedly; the node's log has the details", locale);
	}

	@ExceptionHandler(org.springframework.web.HttpRequestMethodNotSupportedException.class)
	ProblemDetail method(org.springframework.web.HttpRequestMethodNotSupportedException ex, Locale locale) {
		return Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", ex.getMessage(), locale);
	}

}
