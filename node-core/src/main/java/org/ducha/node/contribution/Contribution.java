package org.ducha.node.contribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A co-unit's contribution to the lead unit's report on the same task (协办材料): a fact of
 * the co-unit's node, written once. The issuer adds which lead assignment it passed it on
 * to; the co-unit's node never learns that.
 */
@Table("contribution")
public class Contribution {

	@Id
	private String id;

	/** The co-unit's assignment. */
	private String assignmentId;

	private String taskId;

	private String unitCode;

	/** The lead unit's assignment the issuer passed it on to; null until it did. */
	private String leadAssignmentId;

	/** The co-unit's due slot it fills, and the lead's of the same position. */
	private Integer slotOrdinal;

	private String slotLabel;

	private String contributedBy;

	private Instant contributedAt;

	private String progress;

	private String dissemination;

	private String measures;

	private String effects;

	private String practices;

	private String difficulties;

	private String suggestions;

	private String forwardedBy;

	private Instant forwardedAt;

	@MappedCollection(idColumn = "contribution_id", keyColumn = "position")
	private List<ContributionAttachment> attachments = new ArrayList<>();

	@Version
	private Long version;

	Contribution() {
	}

	static Contribution of(String id, String assignmentId, String taskId, String unitCode, Slot slot,
			String contributedBy, Instant contributedAt, ContributionContent content,
			List<ContributionAttachment> attachments) {
		Contribution contribution = new Contribution();
		contribution.id = id;
		contribution.assignmentId = assignmentId;
		contribution.taskId = taskId;
		contribution.unitCode = unitCode;
		contribution.slotOrdinal = (slot != null) ? slot.ordinal() : null;
		contribution.slotLabel = (slot != null) ? slot.label() : null;
		contribution.contributedBy = contributedBy;
		contribution.contributedAt = contributedAt;
		contribution.progress = content.progress();
		contribution.dissemination = content.dissemination();
		contribution.measures = content.measures();
		contribution.effects = content.effects();
		contribution.practices = content.practices();
		contribution.difficulties = content.difficulties();
		contribution.suggestions = content.suggestions();
		contribution.attachments = new ArrayList<>(attachments);
		return contribution;
	}

	/**
	 * The issuer passed it on to a lead assignment.
	 * @return whether that is news
	 */
	boolean forwardedTo(String leadAssignmentId, String by, Instant at) {
		if (leadAssignmentId.equals(this.leadAssignmentId)) {
			return false;
		}
		this.leadAssignmentId = leadAssignmentId;
		this.forwardedBy = by;
		this.forwardedAt = at;
		return true;
	}

	public ContributionContent content() {
		return new ContributionContent(this.progress, this.dissemination, this.measures, this.effects, this.practices,
				this.difficulties, this.suggestions);
	}

	/** The co-unit's due slot it fills; null for none. */
	public Slot slot() {
		return (this.slotOrdinal != null) ? new Slot(this.slotOrdinal, this.slotLabel) : null;
	}

	public List<ContributionAttachment> attachments() {
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

	public String getLeadAssignmentId() {
		return this.leadAssignmentId;
	}

	public String getContributedBy() {
		return this.contributedBy;
	}

	public Instant getContributedAt() {
		return this.contributedAt;
	}

	public String getForwardedBy() {
		return this.forwardedBy;
	}

	public Instant getForwardedAt() {
		return this.forwardedAt;
	}

	/**
	 * A due slot, by its position in the task's schedule and its label: the period a
	 * contribution is for.
	 *
	 * @param ordinal position, from 1
	 * @param label what it is for (2026年第二季度, a milestone)
	 */
	public record Slot(int ordinal, String label) {
	}

}
