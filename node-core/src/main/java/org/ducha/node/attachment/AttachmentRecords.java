package org.ducha.node.attachment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Attachment metadata and uploads.
 */
@Repository
class AttachmentRecords {

	private final JdbcClient jdbc;

	AttachmentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Attachment> find(Sha256 sha256) {
		return this.jdbc
			.sql("SELECT sha256, size, content_type, name, created_at, stored_at FROM attachment WHERE sha256 = ?")
			.param(sha256.hex())
			.query(AttachmentRecords::attachment)
			.optional();
	}

	/** Records an attachment unless known; the first name and type stay. */
	void insertIfAbsent(Sha256 sha256, long size, String contentType, String name, Instant at, Instant storedAt) {
		this.jdbc
			.sql("INSERT IGNORE INTO attachment (sha256, size, content_type, name, created_at, stored_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(sha256.hex(), size, contentType, name, Timestamp.from(at),
					(storedAt != null) ? Timestamp.from(storedAt) : null)
			.update();
	}

	/** Marks the bytes as here; returns whether that changed anything. */
	boolean markStored(Sha256 sha256, Instant at) {
		return this.jdbc.sql("UPDATE attachment SET stored_at = ? WHERE sha256 = ? AND stored_at IS NULL")
			.params(Timestamp.from(at), sha256.hex())
			.update() == 1;
	}

	/**
	 * Records an upload; a second upload of the same content by the same person changes
	 * nothing.
	 */
	void upload(Sha256 sha256, String uploadedBy, String unitCode, String name, String contentType, Instant at) {
		this.jdbc
			.sql("INSERT IGNORE INTO attachment_upload (sha256, uploaded_by, unit_code, name, content_type, "
					+ "uploaded_at) VALUES (?, ?, ?, ?, ?, ?)")
			.params(sha256.hex(), uploadedBy, unitCode, name, contentType, Timestamp.from(at))
			.update();
	}

	/** The uploads of an attachment here, first first. */
	List<Upload> uploads(Sha256 sha256) {
		return this.jdbc
			.sql("SELECT uploaded_by, unit_code, name FROM attachment_upload WHERE sha256 = ? "
					+ "ORDER BY uploaded_at, uploaded_by")
			.param(sha256.hex())
			.query((rs, row) -> new Upload(rs.getString("uploaded_by"), rs.getString("unit_code"),
					rs.getString("name")))
			.list();
	}

	/**
	 * An upload of an attachment.
	 *
	 * @param uploadedBy the person's subject
	 * @param unitCode the unit they uploaded for
	 * @param name the file name they gave
	 */
	record Upload(String uploadedBy, String unitCode, String name) {
	}

	private static Attachment attachment(ResultSet rs, int row) throws SQLException {
		Timestamp stored = rs.getTimestamp("stored_at");
		return new Attachment(new Sha256(rs.getString("sha256")), rs.getLong("size"), rs.getString("content_type"),
				rs.getString("name"), rs.getTimestamp("created_at").toInstant(),
				(stored != null) ? stored.toInstant() : null);
	}

}
