package org.ducha.node.bulletin;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The commendations of published bulletins held here, for the record of a unit (the
 * assessment counts them). A bulletin that was corrected counts no more: its correction
 * does.
 */
@Service
public class Commendations {

	private final JdbcClient jdbc;

	Commendations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A unit's commendations in bulletins published from {@code from} to {@code to},
	 * oldest first.
	 */
	public List<Commendation> of(String unitCode, LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("SELECT b.id, b.number, b.published_on, m.unit_code, m.text FROM bulletin_mention m "
					+ "JOIN bulletin b ON b.id = m.bulletin_id WHERE m.unit_code = ? AND m.verdict = 'COMMENDED' "
					+ "AND b.status = 'PUBLISHED' AND b.corrected_by IS NULL AND b.published_on BETWEEN ? AND ? "
					+ "ORDER BY b.published_on, b.number_serial")
			.params(unitCode, java.sql.Date.valueOf(from), java.sql.Date.valueOf(to))
			.query((rs, row) -> new Commendation(UUID.fromString(rs.getString("id")), rs.getString("number"),
					rs.getDate("published_on").toLocalDate(), rs.getString("unit_code"), rs.getString("text")))
			.list();
	}

}
