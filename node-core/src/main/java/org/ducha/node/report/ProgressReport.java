package org.ducha.node.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A progress report on an assignment; never changed once written.
 */
@Table("progress_report")
public class ProgressReport extends AbstractAggregateRoot<ProgressReport> {

	@Id
	private String id;

	private String assignmentId;

	private String taskId;

	private String unitCode;

	private String reportedBy;

	private Instant reportedAt;

	private int percentComplete;

	private String progress;

	private String dissemination;

	private String measures;

	private String effects;

	private String practices;

	private String difficulties;

	private String suggestions;

	@MappedCollection(idColumn = "report_id", keyColumn = "position")
	private List<ReportAttachment> attachments = new ArrayList<>();

	/** The returned report this one resubmits; null for none. */
	private String answersReportId;

	/** The co-units' contributions a lead unit's report sums up. */
	@MappedCollection(idColumn = "report_id", keyColumn = "position")
	private List<SummarisedContribution> summarised = new ArrayList<>();

	@Version
	private Long version;

	ProgressReport() {
	}

	static ProgressReport of(String id, String assignmentId, String taskId, String unitCode, String reportedBy,
			Instant reportedAt, ReportContent content) {
		return of(id, assignmentId, taskId, unitCode, reportedBy, reportedAt, content, List.of());
	}

	static ProgressReport of(String id, String assignmentId, String taskId, String unitCode, String reportedBy,
			Instant reportedAt, ReportContent content, List<ReportAttachment> attachments) {
		return of(id, assignmentId, taskId, unitCode, reportedBy, reportedAt, content, attachments, ReportLinks.NONE);
	}

	static ProgressReport of(String id, String assignmentId, String taskId, String unitCode, String reportedBy,
			Instant reportedAt, ReportContent content, List<ReportAttachment> attachments, ReportLinks links) {
		ProgressReport report = new ProgressReport();
		report.attachments = new ArrayList<>(attachments);
		report.answersReportId = links.answers();
		report.summarised = links.summarised().stream().map(SummarisedContribution::new).toList();
		report.id = id;
		report.assignmentId = assignmentId;
		report.taskId = taskId;
		report.unitCode = unitCode;
		report.reportedBy = reportedBy;
		report.reportedAt = reportedAt;
		report.percentComplete = content.percentComplete();
		report.progress = content.progress();
		report.dissemination = content.dissemination();
		report.measures = content.measures();
		report.effects = content.effects();
		report.practices = content.practices();
		report.difficulties = content.difficulties();
		report.suggestions = content.suggestions();
		return report;
	}

	ProgressReport written(String issuingNode, long assigneeRevision) {
		registerEvent(new ProgressReported(this, issuingNode, assigneeRevision));
		return this;
	}

	public ReportContent content() {
		return new ReportContent(this.percentComplete, this.progress, this.dissemination, this.measures, this.effects,
				this.practices, this.difficulties, this.suggestions);
	}

	/** The report it resubmits and the contributions it sums up. */
	public ReportLinks links() {
		return new ReportLinks(this.answersReportId,
				this.summarised.stream().map(SummarisedContribution::contributionId).toList());
	}

	/** The attachments it references, in the order given. */
	public List<ReportAttachment> attachments() {
		return List.copyOf(this.attachments);
	}

	public String getId() {
		return this.id;
	}

	public String getAssignmentId() {
		return this.assignmentId;
	}

	public String getTaskId() {
		return this.taskId;
	}

	public String getUnitCode() {
		return this.unitCode;
	}

	public String getReportedBy() {
		return this.reportedBy;
	}

	public Instant getReportedAt() {
		return this.reportedAt;
	}

	public int getPercentComplete() {
		return this.percentComplete;
	}

}
