package org.ducha.node.inspection.finding;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.attachment.Attachments;
import org.ducha.node.attachment.ChosenAttachment;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.security.Actor;
import org.ducha.node.time.Ids;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Findings of an inspection, recorded on its plan at the planning node with their
 * evidence, and read there.
 */
@Service
public class FindingRecording {

	static final int MAX_EVIDENCE = 20;

	private final FindingStore findings;

	private final FindingScope scope;

	private final Attachments attachments;

	private final AuditTrail audit;

	private final Clock clock;

	FindingRecording(FindingStore findings, FindingScope scope, Attachments attachments, AuditTrail audit,
			Clock clock) {
		this.findings = findings;
		this.scope = scope;
		this.attachments = attachments;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records a finding on a plan of this node.
	 * @throws InvalidRequestException without content, or with an attachment the caller
	 * may not reference
	 */
	@Transactional
	public Finding record(String planId, String content, List<ChosenAttachment> evidence, Actor actor) {
		this.scope.planToRecordOn(planId, actor);
		if (content == null || content.isBlank()) {
			throw new InvalidRequestException("content: what the inspection found");
		}
		List<AttachmentRef> refs = this.attachments.referable(evidence, MAX_EVIDENCE, "A finding", actor);
		Finding finding = new Finding(Ids.newId(), planId, content.trim(), refs, actor.name(),
				this.clock.instant().truncatedTo(ChronoUnit.MICROS));
		this.findings.insert(finding);
		this.audit.recordWithChange(AuditCategory.BUSINESS, "FINDING_RECORDED", actor.subject(), null,
				"finding " + finding.id() + " on plan " + planId + " with " + refs.size() + " attachments");
		return finding;
	}

	/** A plan's findings, oldest first. */
	@Transactional(readOnly = true)
	public List<Finding> ofPlan(String planId, Actor actor) {
		this.scope.planToRead(planId, actor);
		return this.findings.ofPlan(planId);
	}

	/**
	 * One finding, if the caller may read its plan's findings (for the special reports
	 * that cite it).
	 * @throws org.ducha.node.problem.NotFoundException when missing or out of the
	 * caller's scope
	 */
	@Transactional(readOnly = true)
	public Finding find(String findingId, Actor actor) {
		Finding finding = this.findings.find(findingId)
			.orElseThrow(() -> new org.ducha.node.problem.NotFoundException("No finding " + findingId));
		try {
			this.scope.planToRead(finding.planId(), actor);
		}
		catch (org.ducha.node.problem.NotFoundException ex) {
			throw new org.ducha.node.problem.NotFoundException("No finding " + findingId);
		}
		return finding;
	}

}
