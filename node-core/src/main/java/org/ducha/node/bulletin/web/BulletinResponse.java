package org.ducha.node.bulletin.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ducha.node.bulletin.Bulletin;
import org.ducha.node.bulletin.BulletinKind;
import org.ducha.node.bulletin.BulletinStatus;
import org.ducha.node.bulletin.Mention;
import org.ducha.node.bulletin.OverdueLine;
import org.ducha.node.bulletin.UnitLine;

/**
 * A bulletin as the API shows it; the file links only once it is published.
 *
 * @param id the bulletin
 * @param nodeCode the publishing node
 * @param issuingOrgan the organ it is issued in the name of
 * @param kind monthly, quarterly or ad hoc
 * @param from the period's first day
 * @param to its last day
 * @param title the title
 * @param preface the text before the tables
 * @param closing the text after them
 * @param status where it stands
 * @param revision counts its changes
 * @param number its number, once published
 * @param corrects the bulletin it corrects
 * @param correctedBy the bulletin correcting it
 * @param ranking the ranking table
 * @param overdue the overdue items
 * @param mentions the units named with their verdicts
 * @param createdBy who generated it
 * @param createdAt when
 * @param submittedBy who submitted it
 * @param decidedBy the leader who approved or returned it
 * @param returnReason why it was returned
 * @param publishedBy who published it
 * @param publishedAt when
 * @param publishedOn the day
 * @param docx the Word file's link
 * @param pdf the PDF's link
 */
record BulletinResponse(String id, String nodeCode, String issuingOrgan, BulletinKind kind, LocalDate from,
		LocalDate to, String title, String preface, String closing, BulletinStatus status, long revision, String number,
		String corrects, String correctedBy, List<UnitLine> ranking, List<OverdueLine> overdue, List<Mention> mentions,
		String createdBy, Instant createdAt, String submittedBy, String decidedBy, String returnReason,
		String publishedBy, Instant publishedAt, LocalDate publishedOn, String docx, String pdf) {

	static BulletinResponse of(Bulletin b) {
		boolean published = b.status() == BulletinStatus.PUBLISHED;
		String files = "/api/v1/bulletins/" + b.id();
		return new BulletinResponse(b.id(), b.nodeCode(), b.issuingOrgan(), b.kind(), b.from(), b.to(), b.title(),
				b.preface(), b.closing(), b.status(), b.revision(), b.number(), b.corrects(), b.correctedBy(),
				b.tables().ranking(), b.tables().overdue(), b.mentions(), b.createdBy(), b.createdAt(), b.submittedBy(),
				b.decidedBy(), b.returnReason(), b.publishedBy(), b.publishedAt(), b.publishedOn(),
				published ? files + "/docx" : null, published ? files + "/pdf" : null);
	}

}
