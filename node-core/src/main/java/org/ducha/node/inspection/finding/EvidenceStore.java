package org.ducha.node.inspection.finding;

import java.util.List;

import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.attachment.Sha256;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The attachments of findings and of units' rectification reports, in the order they were
 * chosen.
 */
@Repository
class EvidenceStore {

	private final JdbcClient jdbc;

	EvidenceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes an owner's attachments once: a copy received again keeps the first. */
	void write(String ownerId, List<AttachmentRef> attachments) {
		for (int position = 0; position < attachments.size(); position++) {
			AttachmentRef ref = attachments.get(position);
			this.jdbc
				.sql("INSERT IGNORE INTO inspection_evidence (owner_id, position, sha256, name, size, content_type) "
						+ "VALUES (?, ?, ?, ?, ?, ?)")
				.params(ownerId, position, ref.sha256().hex(), ref.name(), ref.size(), ref.contentType())
				.update();
		}
	}

	List<AttachmentRef> of(String ownerId) {
		return this.jdbc
			.sql("SELECT sha256, name, size, content_type FROM inspection_evidence WHERE owner_id = ? "
					+ "ORDER BY position")
			.param(ownerId)
			.query((rs, row) -> new AttachmentRef(Sha256.parse(rs.getString("sha256")).orElseThrow(),
					rs.getString("name"), rs.getLong("size"), rs.getString("content_type")))
			.list();
	}

	/**
	 * The owners (findings or reports) referencing an attachment, with the name each
	 * shows.
	 */
	List<Owner> owners(Sha256 sha256) {
		return this.jdbc.sql("SELECT owner_id, name FROM inspection_evidence WHERE sha256 = ? ORDER BY owner_id")
			.param(sha256.hex())
			.query((rs, row) -> new Owner(rs.getString("owner_id"), rs.getString("name")))
			.list();
	}

	/**
	 * An owner of an attachment.
	 *
	 * @param ownerId a finding or a report
	 * @param name the name it shows
	 */
	record Owner(String ownerId, String name) {
	}

}
