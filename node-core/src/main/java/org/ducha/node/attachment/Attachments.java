package org.ducha.node.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ducha.node.NodeIdentity;
import org.ducha.node.problem.ConflictException;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People's side of attachments: upload (stored once per content), download within what
 * the caller may see, and the check a record makes before it references one. A caller may
 * read (and reference) an attachment that a record they may see references, that they or
 * someone of their unit uploaded here, or, as a supervisor or leader of this node, that
 * anyone uploaded here; any other is not found, exactly like a missing one.
 */
@Service
public class Attachments {

	private final AttachmentStore store;

	private final AttachmentRecords records;

	private final ObjectProvider<AttachmentReferences> references;

	private final AttachmentSettings settings;

	private final NodeIdentity self;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	Attachments(AttachmentStore store, AttachmentRecords records, ObjectProvider<AttachmentReferences> references,
			AttachmentSettings settings, NodeIdentity self, Clock clock, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.records = records;
		this.references = references;
		this.settings = settings;
		this.self = self;
		this.clock = clock;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Stores an upload by a person of this node who may report; the bytes are written and
	 * verified before any row, outside the transaction.
	 * @return the attachment as this upload named it
	 * @throws org.ducha.node.problem.TooLargeException beyond the limit
	 */
	public Attachment upload(InputStream in, String fileName, String contentType, Actor actor) {
		if (!this.self.code().equals(actor.orgCode())
				|| !actor.hasAny(Role.HANDLER, Role.UNIT_HEAD, Role.SUPERVISOR, Role.LEADER)) {
			throw new ForbiddenException("Only the handlers, unit heads, supervisors and leaders of " + this.self.name()
					+ " upload attachments here");
		}
		AttachmentStore.Stored stored;
		try {
			stored = this.store.write(in, maxBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store an upload", ex);
		}
		if (stored.size() == 0) {
			throw new InvalidRequestException("The file is empty; an attachment holds at least one byte");
		}
		String name = AttachmentNames.fileName(fileName);
		String type = AttachmentNames.contentType(contentType);
		Instant now = this.clock.instant();
		Sha256 sha256 = stored.sha256();
		this.transaction.executeWithoutResult((status) -> {
			this.records.insertIfAbsent(sha256, stored.size(), type, name, now, now);
			if (this.records.markStored(sha256, now)) {
				// it was referenced before its bytes came: a relay may now pass them on
				this.events.publishEvent(new AttachmentPushDue(sha256));
			}
			this.records.upload(sha256, actor.subject(), actor.unitCode(), name, type, now);
		});
		return new Attachment(sha256, stored.size(), type, name, now, now);
	}

	/**
	 * An attachment the caller may read, with the name they know it by.
	 * @throws NotFoundException when it is unknown here or not the caller's to read
	 * @throws ConflictException when a record references it but its bytes have not
	 * arrived yet
	 */
	@Transactional(readOnly = true)
	public AttachmentDownload download(String sha256, Actor actor) {
		Sha256 hash = Sha256.parse(sha256).orElseThrow(() -> notFound(sha256));
		Attachment attachment = this.records.find(hash).orElseThrow(() -> notFound(sha256));
		String name = visibleName(hash, actor).orElseThrow(() -> notFound(sha256));
		if (!attachment.isStored() || !this.store.holds(hash)) {
			throw new ConflictException("Attachment " + hash + " is referenced here but its bytes have not arrived "
					+ "yet; they are on their way from the node that holds them, try again later");
		}
		return new AttachmentDownload(attachment, name, this.store.path(hash));
	}

	/**
	 * An attachment a record written by the caller may reference: stored here and
	 * readable by them.
	 * @param name the name the record shows, or null for the one the caller knows it by
	 * @throws InvalidRequestException otherwise
	 */
	@Transactional(readOnly = true)
	public AttachmentRef referable(String sha256, String name, Actor actor) {
		Sha256 hash = Sha256.parse(sha256)
			.orElseThrow(() -> new InvalidRequestException("'" + sha256 + "' is not a SHA-256 in hexadecimal"));
		Optional<Attachment> attachment = this.records.find(hash).filter(Attachment::isStored);
		Optional<String> known = attachment.isPresent() ? visibleName(hash, actor) : Optional.empty();
		if (known.isEmpty()) {
			throw new InvalidRequestException(
					"No attachment " + hash + " is stored here for you; upload it first (POST /api/v1/attachments)");
		}
		String shown = (name != null && !name.isBlank()) ? name : known.get();
		return new AttachmentRef(hash, shown, attachment.get().size(), attachment.get().contentType());
	}

	/**
	 * The attachments a record written by the caller picks, each checked as
	 * {@link #referable(String, String, Actor)}, in order and without repeats.
	 * @param max the most the record carries
	 * @param what the record, for the message (e.g. {@code A task})
	 * @throws InvalidRequestException when one is not referable or there are too many
	 */
	@Transactional(readOnly = true)
	public List<AttachmentRef> referable(List<ChosenAttachment> chosen, int max, String what, Actor actor) {
		if (chosen == null || chosen.isEmpty()) {
			return List.of();
		}
		if (chosen.size() > max) {
			throw new InvalidRequestException("attachments: " + what + " carries at most " + max + " attachments");
		}
		Map<Sha256, AttachmentRef> picked = new LinkedHashMap<>();
		for (ChosenAttachment choice : chosen) {
			if (choice == null || choice.sha256() == null || choice.sha256().isBlank()) {
				throw new InvalidRequestException("attachments: each attachment names its sha256");
			}
			AttachmentRef ref = referable(choice.sha256(), choice.name(), actor);
			picked.putIfAbsent(ref.sha256(), ref);
		}
		return List.copyOf(picked.values());
	}

	private Optional<String> visibleName(Sha256 sha256, Actor actor) {
		Optional<String> referenced = this.references.orderedStream()
			.map((source) -> source.visibleName(sha256, actor))
			.flatMap(Optional::stream)
			.findFirst();
		if (referenced.isPresent() || !this.self.code().equals(actor.orgCode())) {
			return referenced;
		}
		List<AttachmentRecords.Upload> uploads = this.records.uploads(sha256);
		Optional<String> own = uploads.stream()
			.filter((upload) -> upload.uploadedBy().equals(actor.subject()))
			.map(AttachmentRecords.Upload::name)
			.findFirst();
		if (own.isPresent()) {
			return own;
		}
		boolean wholeNode = actor.hasAny(Role.SUPERVISOR, Role.LEADER);
		boolean unitPeople = actor.hasAny(Role.HANDLER, Role.UNIT_HEAD);
		return uploads.stream()
			.filter((upload) -> wholeNode || (unitPeople && upload.unitCode().equals(actor.unitCode())))
			.map(AttachmentRecords.Upload::name)
			.findFirst();
	}

	long maxBytes() {
		return this.settings.maxSize().toBytes();
	}

	private static NotFoundException notFound(String sha256) {
		return new NotFoundException("No attachment " + sha256);
	}

}
