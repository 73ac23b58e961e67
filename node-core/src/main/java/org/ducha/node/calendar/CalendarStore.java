package org.ducha.node.calendar;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notices this node holds.
 */
@Repository
class CalendarStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	CalendarStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	List<Notice> all() {
		Map<Integer, List<NoticeDay>> days = new HashMap<>();
		this.jdbc.sql("SELECT day, name, off_day, notice_year FROM calendar_day ORDER BY day").query((rs) -> {
			days.computeIfAbsent(rs.getInt("notice_year"), (year) -> new ArrayList<>())
				.add(new NoticeDay(rs.getDate("day").toLocalDate(), rs.getString("name"), rs.getBoolean("off_day")));
		});
		return this.jdbc
			.sql("SELECT notice_year, version, reason, changed_by, changed_at, origin_node FROM calendar_notice "
					+ "ORDER BY notice_year")
			.query((rs, row) -> new Notice(rs.getInt("notice_year"), rs.getLong("version"),
					days.getOrDefault(rs.getInt("notice_year"), List.of()), rs.getString("reason"),
					rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant(), rs.getString("origin_node")))
			.list();
	}

	/** The version of a year's notice held here, -1 when there is none. */
	long versionOf(int year) {
		return this.jdbc.sql("SELECT version FROM calendar_notice WHERE notice_year = ? FOR UPDATE")
			.param(year)
			.query(Long.class)
			.optional()
			.orElse(-1L);
	}

	/**
	 * The highest version held, locking every notice so that two changes never share a
	 * number.
	 */
	long latestVersionLocked() {
		return this.jdbc.sql("SELECT version FROM calendar_notice FOR UPDATE")
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.max()
			.orElse(0);
	}

	/** Replaces a year's notice with its days, in the current transaction. */
	void replace(Notice notice) {
		this.jdbc.sql("DELETE FROM calendar_day WHERE notice_year = ?").param(notice.year()).update();
		this.jdbc.sql("DELETE FROM calendar_notice WHERE notice_year = ?").param(notice.year()).update();
		this.jdbc
			.sql("INSERT INTO calendar_notice (notice_year, version, reason, changed_by, changed_at, origin_node) "
					+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(notice.year(), notice.version(), notice.reason(), notice.changedBy(),
					Timestamp.from(notice.changedAt()), notice.originNode())
			.update();
		// a day another notice listed moves to this one: the later notice wins, on every
		// node alike
		this.template.batchUpdate("INSERT INTO calendar_day (day, name, off_day, notice_year) VALUES (?, ?, ?, ?) "
				+ "ON DUPLICATE KEY UPDATE name = VALUES(name), off_day = VALUES(off_day), notice_year = VALUES(notice_year)",
				notice.days(), notice.days().size(), (ps, day) -> {
					ps.setObject(1, day.date());
					ps.setString(2, day.name());
					ps.setBoolean(3, day.offDay());
					ps.setInt(4, notice.year());
				});
	}

}
