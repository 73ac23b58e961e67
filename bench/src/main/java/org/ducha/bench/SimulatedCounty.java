package org.ducha.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import com.google.protobuf.Timestamp;

import org.ducha.proto.federation.v1.AssignmentSigned;
import org.ducha.proto.federation.v1.Entry;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.ProgressReported;

/**
 * A county of scenario 5 at the protocol level: the assignee of a task the province
 * issued to it, which signs it and then reports progress, as a county node states these
 * facts — its own origin log with an epoch and gapless sequence numbers, kept in its own
 * cursor file. Its entries are rebuilt from (epoch, sequence, creation time) whenever its
 * city sends or resends them, so that the log costs a few bytes per entry.
 */
final class SimulatedCounty {

	private static final long BASE_NANOS = System.nanoTime();

	private static final Instant BASE_WALL = Instant.now();

	private static final String PROGRESS = "已召开专题会议传达学习省政府督办要求，成立由县政府主要负责同志任组长的工作专班，"
			+ "制定实施方案并分解到各责任单位。截至目前，年度计划投资完成进度符合序时要求，" + "重点项目已全部开工，民生实事项目完成情况良好。";

	private static final String MEASURES = "建立周调度、月通报制度，对进度滞后的项目实行挂图作战、销号管理。";

	private static final String DIFFICULTIES = "部分项目用地报批周期较长，资金拨付进度有待加快。";

	private final String code;

	private final String name;

	private final String cityCode;

	private final String provinceCode;

	private final CursorFile file;

	private final String epoch;

	private long lastSeq;

	private volatile String assignmentId;

	private volatile String taskId;

	SimulatedCounty(Guangdong.County county, String cityCode, String provinceCode, CursorFile file) {
		this.code = county.code();
		this.name = county.name();
		this.cityCode = cityCode;
		this.provinceCode = provinceCode;
		this.file = file;
		this.epoch = file.getOrPut("epoch", UUID.randomUUID().toString());
		this.lastSeq = file.getLong("last-seq", 0);
		this.assignmentId = file.get("assignment");
		this.taskId = file.get("task");
	}

	String code() {
		return this.code;
	}

	String name() {
		return this.name;
	}

	String cityCode() {
		return this.cityCode;
	}

	boolean isAssigned() {
		return this.assignmentId != null;
	}

	/**
	 * Takes the assignment the province issued to this county.
	 * @return whether it is new (so that the county signs it)
	 */
	boolean assign(String assignmentId, String taskId) {
		if (assignmentId.equals(this.assignmentId)) {
			return false;
		}
		this.assignmentId = assignmentId;
		this.taskId = taskId;
		this.file.put("assignment", assignmentId);
		this.file.put("task", taskId);
		return true;
	}

	/**
	 * The county's next fact in its own log: the signing first, then progress reports.
	 * @return its sequence number in the county's log
	 */
	long append() {
		if (this.assignmentId == null) {
			throw new IllegalStateException("County " + this.code + " has no assignment to report on");
		}
		this.lastSeq++;
		this.file.put("last-seq", this.lastSeq);
		return this.lastSeq;
	}

	long lastSeq() {
		return this.lastSeq;
	}

	/** Saves the county's positions. */
	void save() {
		this.file.save();
	}

	/** Whether an entry of this county's log is a progress report (not the signing). */
	static boolean isReport(long countySeq) {
		return countySeq > 1;
	}

	/**
	 * The entry for one fact of this county, as its city relays it.
	 * @param linkSeq its sequence number in the city's log towards the province
	 * @param countySeq its sequence number in the county's log
	 * @param createdNanos {@link System#nanoTime()} when the county created it
	 */
	Entry entry(long linkSeq, long countySeq, long createdNanos) {
		Instant at = BASE_WALL.plusNanos(createdNanos - BASE_NANOS);
		Timestamp time = Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
		Event event;
		if (!isReport(countySeq)) {
			event = Event.newBuilder()
				.setAssignmentSigned(AssignmentSigned.newBuilder()
					.setAssignmentId(this.assignmentId)
					.setTaskId(this.taskId)
					.setUnitCode(this.code)
					.setSignedBy("承办人" + this.code)
					.setSignedAt(time)
					.setAssigneeRevision(countySeq))
				.build();
		}
		else {
			event = Event.newBuilder()
				.setProgressReported(ProgressReported.newBuilder()
					.setReportId(uuid("report", countySeq))
					.setAssignmentId(this.assignmentId)
					.setTaskId(this.taskId)
					.setUnitCode(this.code)
					.setReportedBy("承办人" + this.code)
					.setReportedAt(time)
					.setPercentComplete((int) Math.min(100, countySeq / 20))
					.setProgress(this.name + PROGRESS)
					.setMeasures(MEASURES)
					.setDifficulties(DIFFICULTIES)
					.setAssigneeRevision(countySeq))
				.build();
		}
		return Entry.newBuilder()
			.setSeq(linkSeq)
			.setEventId(uuid("event", countySeq))
			.setOriginNode(this.code)
			.setDestinationNode(this.provinceCode)
			.setOccurredAt(time)
			.setEvent(event)
			.build();
	}

	/** The same id for the same entry of the same log, however often it is rebuilt. */
	private String uuid(String kind, long countySeq) {
		return UUID.nameUUIDFromBytes((kind + "/" + this.epoch + "/" + countySeq).getBytes(StandardCharsets.UTF_8))
			.toString();
	}

}
