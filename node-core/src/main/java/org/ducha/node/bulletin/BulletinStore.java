package org.ducha.node.bulletin;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The bulletins held here and the units they name. The generated tables are kept as JSON:
 * they are read whole, never queried.
 */
@Repository
class BulletinStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String COLUMNS = "id, node_code, issuing_organ, kind, period_from, period_to, title, "
			+ "preface, closing, tables, status, revision, corrects, corrected_by, number, created_by, created_at, "
			+ "submitted_by, decided_by, return_reason, published_by, published_at, published_on, docx_sha256, "
			+ "pdf_sha256, docx_size, pdf_size";

	private final JdbcClient jdbc;

	BulletinStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Bulletin bulletin, int year, int serial) {
		this.jdbc
			.sql("INSERT INTO bulletin (" + COLUMNS + ", number_year, number_serial) VALUES (?, ?, ?, ?, ?, ?, "
					+ "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(bulletin.id(), bulletin.nodeCode(), bulletin.issuingOrgan(), bulletin.kind().name(),
					Date.valueOf(bulletin.from()), Date.valueOf(bulletin.to()), bulletin.title(), bulletin.preface(),
					bulletin.closing(), JSON.writeValueAsString(bulletin.tables()), bulletin.status().name(),
					bulletin.revision(), bulletin.corrects(), bulletin.correctedBy(), bulletin.number(),
					bulletin.createdBy(), Timestamp.from(bulletin.createdAt()), bulletin.submittedBy(),
					bulletin.decidedBy(), bulletin.returnReason(), bulletin.publishedBy(), time(bulletin.publishedAt()),
					(bulletin.publishedOn() != null) ? Date.valueOf(bulletin.publishedOn()) : null,
					sha(bulletin.docx()), sha(bulletin.pdf()), size(bulletin.docx()), size(bulletin.pdf()),
					(year > 0) ? year : null, (serial > 0) ? serial : null)
			.update();
		writeMentions(bulletin);
	}

	/**
	 * Writes what changes in a bulletin's life here: everything but its identity and
	 * period.
	 */
	void update(Bulletin bulletin, int year, int serial) {
		this.jdbc.sql("UPDATE bulletin SET title = ?, preface = ?, closing = ?, tables = ?, status = ?, revision = ?, "
				+ "corrected_by = ?, number = ?, submitted_by = ?, "
				+ "decided_by = ?, return_reason = ?, published_by = ?, published_at = ?, published_on = ?, "
				+ "docx_sha256 = ?, pdf_sha256 = ?, docx_size = ?, pdf_size = ?, number_year = ?, number_serial = ? WHERE id = ?")
			.params(bulletin.title(), bulletin.preface(), bulletin.closing(),
					JSON.writeValueAsString(bulletin.tables()), bulletin.status().name(), bulletin.revision(),
					bulletin.correctedBy(), bulletin.number(), bulletin.submittedBy(), bulletin.decidedBy(),
					bulletin.returnReason(), bulletin.publishedBy(), time(bulletin.publishedAt()),
					(bulletin.publishedOn() != null) ? Date.valueOf(bulletin.publishedOn()) : null,
					sha(bulletin.docx()), sha(bulletin.pdf()), size(bulletin.docx()), size(bulletin.pdf()),
					(year > 0) ? year : null, (serial > 0) ? serial : null, bulletin.id())
			.update();
		this.jdbc.sql("DELETE FROM bulletin_mention WHERE bulletin_id = ?").param(bulletin.id()).update();
		writeMentions(bulletin);
	}

	void markCorrected(String id, String correctedBy) {
		this.jdbc.sql("UPDATE bulletin SET corrected_by = ? WHERE id = ?").params(correctedBy, id).update();
	}

	private void writeMentions(Bulletin bulletin) {
		for (Mention mention : bulletin.mentions()) {
			this.jdbc
				.sql("INSERT INTO bulletin_mention (bulletin_id, unit_code, unit_node, unit_name, position, verdict, "
						+ "text) VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(bulletin.id(), mention.unitCode(), mention.unitNode(), mention.unitName(), mention.position(),
						mention.verdict().name(), mention.text())
				.update();
		}
	}

	Optional<Bulletin> find(String id) {
		return one("SELECT " + COLUMNS + " FROM bulletin WHERE id = ?", id);
	}

	/** A bulletin, locked until the transaction ends: its changes never interleave. */
	Optional<Bulletin> lock(String id) {
		return one("SELECT " + COLUMNS + " FROM bulletin WHERE id = ? FOR UPDATE", id);
	}

	/**
	 * The next serial number of this node's bulletins in a year, the year's row locked.
	 */
	int nextSerial(String nodeCode, int year) {
		return this.jdbc
			.sql("SELECT COALESCE(MAX(number_serial), 0) + 1 FROM bulletin WHERE node_code = ? AND number_year = ? "
					+ "FOR UPDATE")
			.params(nodeCode, year)
			.query(Integer.class)
			.single();
	}

	/**
	 * Bulletins held here the caller may list: this node's (drafts included when
	 * {@code drafts}), and the published ones naming one of {@code units} (every
	 * published one when null), the newest first.
	 */
	List<Bulletin> list(String self, boolean drafts, Collection<String> units, int limit, long offset) {
		return this.jdbc
			.sql("SELECT " + COLUMNS.replaceAll("(^|, )", "$1b.") + " FROM bulletin b WHERE " + listed(drafts, units)
					+ " ORDER BY b.created_at DESC, b.id LIMIT :limit OFFSET :offset")
			.param("self", self)
			.param("units", (units == null || units.isEmpty()) ? List.of("") : units)
			.param("limit", limit)
			.param("offset", offset)
			.query(this::row)
			.list()
			.stream()
			.map(this::complete)
			.toList();
	}

	long count(String self, boolean drafts, Collection<String> units) {
		return this.jdbc.sql("SELECT COUNT(*) FROM bulletin b WHERE " + listed(drafts, units))
			.param("self", self)
			.param("units", (units == null || units.isEmpty()) ? List.of("") : units)
			.query(Long.class)
			.single();
	}

	private static String listed(boolean drafts, Collection<String> units) {
		String own = drafts ? "b.node_code = :self" : "FALSE";
		String published = (units == null) ? "TRUE"
				: "EXISTS (SELECT 1 FROM bulletin_mention m WHERE m.bulletin_id = b.id AND m.unit_code IN (:units))";
		return "(" + own + " OR (b.status = 'PUBLISHED' AND " + published + "))";
	}

	private Optional<Bulletin> one(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(this::row).optional().map(this::complete);
	}

	private Bulletin complete(Bulletin bulletin) {
		List<Mention> mentions = this.jdbc
			.sql("SELECT unit_code, unit_name, unit_node, position, verdict, text FROM bulletin_mention "
					+ "WHERE bulletin_id = ? ORDER BY position")
			.param(bulletin.id())
			.query((rs, row) -> new Mention(rs.getString("unit_code"), rs.getString("unit_name"),
					rs.getString("unit_node"), rs.getInt("position"), Verdict.valueOf(rs.getString("verdict")),
					rs.getString("text")))
			.list();
		return new Bulletin(bulletin.id(), bulletin.nodeCode(), bulletin.issuingOrgan(), bulletin.kind(),
				bulletin.from(), bulletin.to(), bulletin.title(), bulletin.preface(), bulletin.closing(),
				bulletin.tables(), mentions, bulletin.status(), bulletin.revision(), bulletin.corrects(),
				bulletin.correctedBy(), bulletin.number(), bulletin.createdBy(), bulletin.createdAt(),
				bulletin.submittedBy(), bulletin.decidedBy(), bulletin.returnReason(), bulletin.publishedBy(),
				bulletin.publishedAt(), bulletin.publishedOn(), bulletin.docx(), bulletin.pdf());
	}

	private Bulletin row(ResultSet rs, int row) throws SQLException {
		Date publishedOn = rs.getDate("published_on");
		Timestamp publishedAt = rs.getTimestamp("published_at");
		return new Bulletin(rs.getString("id"), rs.getString("node_code"), rs.getString("issuing_organ"),
				BulletinKind.valueOf(rs.getString("kind")), rs.getDate("period_from").toLocalDate(),
				rs.getDate("period_to").toLocalDate(), rs.getString("title"), rs.getString("preface"),
				rs.getString("closing"), JSON.readValue(rs.getString("tables"), BulletinTables.class), List.of(),
				BulletinStatus.valueOf(rs.getString("status")), rs.getLong("revision"), rs.getString("corrects"),
				rs.getString("corrected_by"), rs.getString("number"), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("submitted_by"), rs.getString("decided_by"),
				rs.getString("return_reason"), rs.getString("published_by"),
				(publishedAt != null) ? publishedAt.toInstant() : null,
				(publishedOn != null) ? publishedOn.toLocalDate() : null, file(rs, "docx"), file(rs, "pdf"));
	}

	private static BulletinFile file(ResultSet rs, String which) throws SQLException {
		String sha256 = rs.getString(which + "_sha256");
		return (sha256 != null) ? new BulletinFile(sha256, rs.getLong(which + "_size")) : null;
	}

	private static String sha(BulletinFile file) {
		return (file != null) ? file.sha256() : null;
	}

	private static Long size(BulletinFile file) {
		return (file != null) ? file.size() : null;
	}

	private static Timestamp time(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
