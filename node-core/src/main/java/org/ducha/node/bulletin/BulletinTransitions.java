package org.ducha.node.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ducha.node.problem.ConflictException;

/**
 * The workflow's steps as new values of a bulletin: DRAFT → SUBMITTED → APPROVED (or back
 * to DRAFT) → PUBLISHED, after which nothing changes but the mark of a correction.
 */
final class BulletinTransitions {

	private BulletinTransitions() {
	}

	/**
	 * The bulletin, if it stands where the step starts.
	 * @param step the step, as people name it (修改, 提交, 审批 …)
	 * @throws ConflictException otherwise; a published bulletin is never changed
	 */
	static Bulletin requireStatus(Bulletin bulletin, BulletinStatus status, String step) {
		if (bulletin.status() == BulletinStatus.PUBLISHED) {
			throw new ConflictException("通报 " + bulletin.number() + " 已发布，不可" + step + "；如需更正，请发布更正通报 " + "(bulletin "
					+ bulletin.id() + " is published and never changes; publish a correction instead)");
		}
		if (bulletin.status() != status) {
			throw new ConflictException("通报处于" + label(bulletin.status()) + "状态，不可" + step + " (bulletin "
					+ bulletin.id() + " is " + bulletin.status() + "; this step needs " + status + ")");
		}
		return bulletin;
	}

	static String label(BulletinStatus status) {
		return switch (status) {
			case DRAFT -> "草稿";
			case SUBMITTED -> "待审批";
			case APPROVED -> "已审批";
			case PUBLISHED -> "已发布";
		};
	}

	static Bulletin edited(Bulletin b, String title, String preface, String closing, List<Mention> mentions) {
		return new Bulletin(b.id(), b.nodeCode(), b.issuingOrgan(), b.kind(), b.from(), b.to(), title, preface, closing,
				b.tables(), mentions, b.status(), b.revision() + 1, b.corrects(), b.correctedBy(), b.number(),
				b.createdBy(), b.createdAt(), b.submittedBy(), b.decidedBy(), b.returnReason(), b.publishedBy(),
				b.publishedAt(), b.publishedOn(), b.docx(), b.pdf());
	}

	static Bulletin submitted(Bulletin b, String by) {
		return status(b, BulletinStatus.SUBMITTED, by, b.decidedBy(), null);
	}

	static Bulletin approved(Bulletin b, String by) {
		return status(b, BulletinStatus.APPROVED, b.submittedBy(), by, null);
	}

	static Bulletin returned(Bulletin b, String by, String reason) {
		return status(b, BulletinStatus.DRAFT, b.submittedBy(), by, reason);
	}

	static Bulletin published(Bulletin b, String number, String by, Instant at, LocalDate on, BulletinFile docx,
			BulletinFile pdf) {
		return new Bulletin(b.id(), b.nodeCode(), b.issuingOrgan(), b.kind(), b.from(), b.to(), b.title(), b.preface(),
				b.closing(), b.tables(), b.mentions(), BulletinStatus.PUBLISHED, b.revision() + 1, b.corrects(),
				b.correctedBy(), number, b.createdBy(), b.createdAt(), b.submittedBy(), b.decidedBy(), null, by, at, on,
				docx, pdf);
	}

	private static Bulletin status(Bulletin b, BulletinStatus status, String submittedBy, String decidedBy,
			String returnReason) {
		return new Bulletin(b.id(), b.nodeCode(), b.issuingOrgan(), b.kind(), b.from(), b.to(), b.title(), b.preface(),
				b.closing(), b.tables(), b.mentions(), status, b.revision() + 1, b.corrects(), b.correctedBy(),
				b.number(), b.createdBy(), b.createdAt(), submittedBy, decidedBy, returnReason, b.publishedBy(),
				b.publishedAt(), b.publishedOn(), b.docx(), b.pdf());
	}

}
