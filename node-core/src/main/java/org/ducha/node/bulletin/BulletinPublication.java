package org.ducha.node.bulletin;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.ducha.node.NodeIdentity;
import org.ducha.node.attachment.Attachment;
import org.ducha.node.attachment.Attachments;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.security.Actor;
import org.ducha.node.unit.Unit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes a bulletin of this node and keeps those published above: numbers it (per node
 * and year, e.g. 阳督通〔2026〕3号), renders its Word and PDF files once and stores them as
 * attachments (so every node holds the same bytes), marks the bulletin it corrects,
 * audits, and tells the rest of the node — {@link BulletinPublished} to send it down,
 * {@link BulletinDelivered} for each unit of this node it names.
 */
@Component
class BulletinPublication {

	private final BulletinStore store;

	private final BulletinFiles files;

	private final Attachments attachments;

	private final NodeIdentity self;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BulletinPublication(BulletinStore store, BulletinFiles files, Attachments attachments, NodeIdentity self,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.files = files;
		this.attachments = attachments;
		this.self = self;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Publishes an approved bulletin of this node, in the caller's transaction. */
	Bulletin publish(Bulletin approved, Actor actor) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, NodeIdentity.ZONE);
		int serial = this.store.nextSerial(this.self.code(), today.getYear());
		String number = prefix() + "〔" + today.getYear() + "〕" + serial + "号";
		Bulletin numbered = BulletinTransitions.published(approved, number, actor.subject(), now, today, null, null);
		String base = number;
		Attachment docx = this.attachments.upload(new ByteArrayInputStream(this.files.docx(numbered)), base + ".docx",
				BulletinFile.DOCX, actor);
		Attachment pdf = this.attachments.upload(new ByteArrayInputStream(this.files.pdf(numbered)), base + ".pdf",
				BulletinFile.PDF, actor);
		Bulletin published = BulletinTransitions.published(approved, number, actor.subject(), now, today,
				new BulletinFile(docx.sha256().hex(), docx.size()), new BulletinFile(pdf.sha256().hex(), pdf.size()));
		this.store.update(published, today.getYear(), serial);
		if (published.corrects() != null) {
			this.store.markCorrected(published.corrects(), published.id());
		}
		this.audit.recordWithChange(AuditCategory.BUSINESS, "BULLETIN_PUBLISHED", actor.subject(), null,
				BulletinDrafting.describe(published) + " as " + number + ", docx " + docx.sha256().hex() + ", pdf "
						+ pdf.sha256().hex());
		this.events.publishEvent(new BulletinPublished(published));
		deliverHere(published);
		return published;
	}

	/**
	 * A bulletin published above, as its node states it: kept once (a copy never
	 * changes), the bulletin it corrects marked, and delivered to the units of this node
	 * it names.
	 * @param known the copy held here, or null
	 */
	void kept(Bulletin bulletin, Bulletin known) {
		if (known != null) {
			return;
		}
		this.store.insert(bulletin, bulletin.publishedOn().getYear(), 0);
		if (bulletin.corrects() != null) {
			this.store.markCorrected(bulletin.corrects(), bulletin.id());
		}
		this.audit.recordWithChange(AuditCategory.BUSINESS, "BULLETIN_RECEIVED", bulletin.nodeCode(),
				bulletin.nodeCode(), BulletinDrafting.describe(bulletin) + " " + bulletin.number());
		deliverHere(bulletin);
	}

	private void deliverHere(Bulletin bulletin) {
		bulletin.mentions()
			.stream()
			.filter((mention) -> Unit.nodeOf(mention.unitCode()).equals(this.self.code()))
			.forEach((mention) -> this.events.publishEvent(new BulletinDelivered(bulletin, mention)));
	}

	/**
	 * The number's prefix: the first character of the node's name and 督通 (阳江市 → 阳督通).
	 */
	String prefix() {
		String name = this.self.name();
		return ((name != null && !name.isEmpty()) ? name.substring(0, 1) : "") + "督通";
	}

}
