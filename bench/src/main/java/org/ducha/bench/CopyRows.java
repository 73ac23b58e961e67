package org.ducha.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The rows a receiving node keeps for one task copy, as its task handler writes them (a
 * task of the province with one lead assignment, quarterly reports for a year, its light,
 * the "ISSUED" timeline row and the dedupe record), written for many copies at once in
 * multi-row inserts. The set-based anchor times them; the growth scenario fills a city
 * with them.
 */
final class CopyRows {

	/** Ids a copy asks its supplier for: the task's, the assignment's, the event's. */
	static final int IDS_PER_COPY = 3;

	private static final String TITLE = "关于加快推进2026年度民生实事项目的督办通知";

	private static final String CONTENT = "请各地对照省政府常务会议部署，抓紧落实本年度重点民生实事项目，明确责任单位和完成时限，"
			+ "按季度报送工作进展、存在问题和下一步措施，确保按期保质完成。对推进滞后的项目要分析原因、制定整改方案，并由主要负责同志亲自督办。";

	private static final String SCHEDULE = "{\"kind\":\"QUARTERLY\",\"year\":2027,\"workingDays\":5}";

	private static final String TASK = "INSERT INTO task (id, number, title, content, source, type, basis, "
			+ "issuing_node, issuing_unit, deadline, status, revision, issued_at, issued_by, created_at, version, "
			+ "schedule, status_revision, published) VALUES ";

	private static final String TASK_ROW = "(?, ?, ?, ?, 'MEETING_DECISION', 'SPECIAL', '省政府第12次常务会议纪要', ?, ?, "
			+ "'2027-06-30', 'ISSUED', 1, ?, 'bench', ?, 0, ?, 1, FALSE)";

	private static final String ASSIGNMENT = "INSERT INTO assignment (id, task_id, unit_code, unit_node, role, status, "
			+ "percent_complete, assignee_revision, version, light, light_reason, light_at, lifecycle_step, due_date, "
			+ "assigned_at, sign_by) VALUES ";

	private static final String ASSIGNMENT_ROW = "(?, ?, ?, ?, 'LEAD', 'PENDING_SIGN', 0, 0, 0, 'GREEN', NULL, ?, 0, "
			+ "'2027-06-30', ?, ?)";

	private static final String SLOT = "INSERT INTO report_slot (assignment_id, ordinal, label, opens, due_date, "
			+ "original_due_date, basis, covered) VALUES ";

	private static final String SLOT_ROW = "(?, ?, ?, ?, ?, ?, '每季度结束后5个工作日内', FALSE)";

	private static final String TIMELINE = "INSERT INTO task_timeline (task_id, occurred_at, node_code, actor, action, "
			+ "to_status, detail) VALUES ";

	private static final String TIMELINE_ROW = "(?, ?, ?, 'bench', 'ISSUED', 'ISSUED', ?)";

	private static final String APPLIED = "INSERT INTO fed_applied_event (origin_node, event_id, peer_code, channel, "
			+ "seq, applied_at) VALUES ";

	private static final String APPLIED_ROW = "(?, ?, ?, 'task', ?, ?)";

	private static final LocalDate[][] QUARTERS = { { LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 8) },
			{ LocalDate.of(2027, 6, 1), LocalDate.of(2027, 7, 7) },
			{ LocalDate.of(2027, 9, 1), LocalDate.of(2027, 10, 15) },
			{ LocalDate.of(2027, 12, 1), LocalDate.of(2028, 1, 7) } };

	private final String origin;

	private final String receiver;

	private long seq;

	private long number;

	/**
	 * @param origin the issuing node (and the link's peer)
	 * @param receiver the node keeping the copies (its unit leads the assignment)
	 */
	CopyRows(String origin, String receiver) {
		this.origin = origin;
		this.receiver = receiver;
	}

	/** Multi-row statements for {@code copies} copies at a time, with random ids. */
	Statements prepare(Connection connection, int copies) throws SQLException {
		return prepare(connection, copies, () -> UUID.randomUUID().toString());
	}

	/** The same with ids from {@code ids} (a fill may write them in key order). */
	Statements prepare(Connection connection, int copies, Supplier<String> ids) throws SQLException {
		return new Statements(connection, copies, ids);
	}

	private static String rows(String insert, String row, int count) {
		return insert + String.join(", ", Collections.nCopies(count, row));
	}

	/** The prepared multi-row inserts of one connection. */
	final class Statements implements AutoCloseable {

		private final int copies;

		private final Supplier<String> ids;

		private final List<PreparedStatement> all = new ArrayList<>();

		private final PreparedStatement task;

		private final PreparedStatement assignment;

		private final PreparedStatement slot;

		private final PreparedStatement timeline;

		private final PreparedStatement applied;

		private Statements(Connection connection, int copies, Supplier<String> ids) throws SQLException {
			this.copies = copies;
			this.ids = ids;
			this.task = add(connection.prepareStatement(rows(TASK, TASK_ROW, copies)));
			this.assignment = add(connection.prepareStatement(rows(ASSIGNMENT, ASSIGNMENT_ROW, copies)));
			this.slot = add(connection.prepareStatement(rows(SLOT, SLOT_ROW, copies * SetBasedAnchor.SLOTS)));
			this.timeline = add(connection.prepareStatement(rows(TIMELINE, TIMELINE_ROW, copies)));
			this.applied = add(connection.prepareStatement(rows(APPLIED, APPLIED_ROW, copies)));
		}

		private PreparedStatement add(PreparedStatement statement) {
			this.all.add(statement);
			return statement;
		}

		/** The sequence number of the last copy inserted (the cursor's position). */
		long lastSeq() {
			return CopyRows.this.seq;
		}

		/** Inserts the next copies' rows (five statements); the caller commits. */
		void insert(Instant now) throws SQLException {
			Timestamp at = Timestamp.from(now);
			int t = 1;
			int a = 1;
			int s = 1;
			int l = 1;
			int d = 1;
			for (int i = 0; i < this.copies; i++) {
				String taskId = this.ids.get();
				String assignmentId = this.ids.get();
				this.task.setString(t++, taskId);
				this.task.setString(t++, "粤督〔2026〕" + (++CopyRows.this.number) + "号");
				this.task.setString(t++, TITLE);
				this.task.setString(t++, CONTENT);
				this.task.setString(t++, CopyRows.this.origin);
				this.task.setString(t++, CopyRows.this.origin);
				this.task.setTimestamp(t++, at);
				this.task.setTimestamp(t++, at);
				this.task.setString(t++, SCHEDULE);
				this.assignment.setString(a++, assignmentId);
				this.assignment.setString(a++, taskId);
				this.assignment.setString(a++, CopyRows.this.receiver);
				this.assignment.setString(a++, CopyRows.this.receiver);
				this.assignment.setTimestamp(a++, at);
				this.assignment.setTimestamp(a++, at);
				this.assignment.setDate(a++, Date.valueOf("2026-12-31"));
				for (int q = 0; q < SetBasedAnchor.SLOTS; q++) {
					this.slot.setString(s++, assignmentId);
					this.slot.setInt(s++, q + 1);
					this.slot.setString(s++, "2027年第" + (q + 1) + "季度");
					this.slot.setDate(s++, Date.valueOf(QUARTERS[q][0]));
					this.slot.setDate(s++, Date.valueOf(QUARTERS[q][1]));
					this.slot.setDate(s++, Date.valueOf(QUARTERS[q][1]));
				}
				this.timeline.setString(l++, taskId);
				this.timeline.setTimestamp(l++, at);
				this.timeline.setString(l++, CopyRows.this.receiver);
				this.timeline.setString(l++, "issued as 粤督〔2026〕" + CopyRows.this.number + "号");
				this.applied.setString(d++, CopyRows.this.origin);
				this.applied.setString(d++, this.ids.get());
				this.applied.setString(d++, CopyRows.this.origin);
				this.applied.setLong(d++, ++CopyRows.this.seq);
				this.applied.setTimestamp(d++, at);
			}
			for (PreparedStatement statement : this.all) {
				statement.executeUpdate();
			}
		}

		@Override
		public void close() throws SQLException {
			for (PreparedStatement statement : this.all) {
				statement.close();
			}
		}

	}

}
