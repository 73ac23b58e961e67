package org.ducha.node.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A bulletin (督查通报) as this node holds it: a draft of this node, or a published one of
 * this node or of a node above that names a unit of this subtree.
 *
 * @param id the bulletin
 * @param nodeCode the publishing node
 * @param issuingOrgan the organ it is issued in the name of (发文机关)
 * @param kind monthly, quarterly or ad hoc
 * @param from the period's first day
 * @param to its last day
 * @param title the title
 * @param preface the supervisor's text before the tables
 * @param closing the supervisor's text after them (requirements, next steps)
 * @param tables the generated tables
 * @param mentions the units named, by ranking position
 * @param status where it stands
 * @param revision counts the changes of a draft
 * @param corrects the bulletin it corrects, or null
 * @param correctedBy the bulletin correcting it, or null
 * @param number its number (e.g. 阳督通〔2026〕3号), assigned at publication
 * @param createdBy who generated it
 * @param createdAt when
 * @param submittedBy who submitted it last
 * @param decidedBy the leader who approved or returned it last
 * @param returnReason why it was returned, while it is a returned draft
 * @param publishedBy who published it
 * @param publishedAt when
 * @param publishedOn the day of publication (成文日期)
 * @param docx the published Word file
 * @param pdf the published PDF
 */
public record Bulletin(String id, String nodeCode, String issuingOrgan, BulletinKind kind, LocalDate from, LocalDate to,
		String title, String preface, String closing, BulletinTables tables, List<Mention> mentions,
		BulletinStatus status, long revision, String corrects, String correctedBy, String number, String createdBy,
		Instant createdAt, String submittedBy, String decidedBy, String returnReason, String publishedBy,
		Instant publishedAt, LocalDate publishedOn, BulletinFile docx, BulletinFile pdf) {

	/** The units named, as their codes. */
	public List<String> unitCodes() {
		return this.mentions.stream().map(Mention::unitCode).toList();
	}

}
