package org.ducha.node.inspection.conclusion.federation;

import java.util.ArrayList;
import java.util.List;

import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.inspection.conclusion.Conclusion;
import org.ducha.node.inspection.conclusion.ConclusionReplication.StepRef;
import org.ducha.node.inspection.conclusion.ConclusionState;
import org.ducha.node.inspection.conclusion.Objection;
import org.ducha.node.inspection.conclusion.Review;
import org.ducha.node.inspection.conclusion.ReviewOutcome;
import org.ducha.proto.federation.v1.ConclusionIssued;
import org.ducha.proto.federation.v1.ConclusionObjected;
import org.ducha.proto.federation.v1.ConclusionReviewed;
import org.ducha.proto.federation.v1.ConclusionSigned;
import org.ducha.proto.federation.v1.Event;

/**
 * The steps of a conclusion to and from their wire form.
 */
final class ConclusionWire {

	private ConclusionWire() {
	}

	/** The event stating the step the conclusion's state names. */
	static Event of(Conclusion c) {
		return of(c, c.state());
	}

	/** The event stating one step a conclusion has taken. */
	static Event of(Conclusion c, ConclusionState step) {
		return switch (step) {
			case ISSUED -> issued(c);
			case SIGNED -> Event.newBuilder()
				.setConclusionSigned(ConclusionSigned.newBuilder()
					.setConclusionId(c.id())
					.setIssuingNode(c.issuingNode())
					.setUnitCode(c.unitCode())
					.setSignedOn(c.signedOn().toString())
					.setSignedBy(c.signedBy()))
				.build();
			case OBJECTED -> Event.newBuilder()
				.setConclusionObjected(ConclusionObjected.newBuilder()
					.setConclusionId(c.id())
					.setIssuingNode(c.issuingNode())
					.setUnitCode(c.unitCode())
					.setFiledOn(c.objection().filedOn().toString())
					.setFiledBy(c.objection().filedBy())
					.setReasons(c.objection().reasons())
					.addAllAttachmentIds(c.objection().attachmentIds())
					.setFiledAt(Wire.timestamp(c.objection().filedAt())))
				.build();
			case REVIEWED -> Event.newBuilder()
				.setConclusionReviewed(ConclusionReviewed.newBuilder()
					.setConclusionId(c.id())
					.setIssuingNode(c.issuingNode())
					.setUnitCode(c.unitCode())
					.setOutcome(org.ducha.proto.federation.v1.ReviewOutcome
						.valueOf("REVIEW_OUTCOME_" + c.review().outcome().name()))
					.setChangedText(Wire.text(c.review().changedText()))
					.setReviewedBy(c.review().reviewedBy())
					.setReviewedOn(c.review().reviewedOn().toString())
					.setLate(c.review().late())
					.setReviewedAt(Wire.timestamp(c.review().reviewedAt())))
				.build();
			default -> throw new IllegalArgumentException("A " + step + " conclusion does not travel");
		};
	}

	private static Event issued(Conclusion c) {
		return Event.newBuilder()
			.setConclusionIssued(ConclusionIssued.newBuilder()
				.setConclusionId(c.id())
				.setPlanId(c.planId())
				.setIssuingNode(c.issuingNode())
				.setUnitCode(c.unitCode())
				.setUnitName(c.unitName())
				.setText(c.text())
				.setDraftedBy(c.draftedBy())
				.setDraftedAt(Wire.timestamp(c.draftedAt()))
				.setApprovedBy(c.approvedBy())
				.setIssuedOn(c.issuedOn().toString()))
			.build();
	}

	/**
	 * The issued conclusion an event states.
	 * @throws MalformedEventException when a field is missing or unreadable
	 */
	static Conclusion conclusion(ConclusionIssued issued) {
		String id = Wire.uuid(issued.getConclusionId(), "conclusion");
		List<String> missing = new ArrayList<>();
		missing(missing, issued.getIssuingNode().isEmpty(), "issuing_node");
		missing(missing, issued.getUnitCode().isEmpty(), "unit_code");
		missing(missing, issued.getUnitName().isEmpty(), "unit_name");
		missing(missing, issued.getText().isEmpty(), "text");
		missing(missing, issued.getDraftedBy().isEmpty(), "drafted_by");
		missing(missing, !issued.hasDraftedAt(), "drafted_at");
		missing(missing, issued.getApprovedBy().isEmpty(), "approved_by");
		missing(missing, issued.getIssuedOn().isEmpty(), "issued_on");
		if (!missing.isEmpty()) {
			throw new MalformedEventException("conclusion " + id + " lacks " + String.join(", ", missing));
		}
		return new Conclusion(id, Wire.uuid(issued.getPlanId(), "inspection plan"), issued.getIssuingNode(),
				issued.getUnitCode(), issued.getUnitName(), issued.getText(), issued.getDraftedBy(),
				Wire.instant(issued.getDraftedAt()), issued.getApprovedBy(), Wire.date(issued.getIssuedOn()), null,
				null, null, null);
	}

	static StepRef ref(ConclusionSigned signed) {
		return ref(signed.getConclusionId(), signed.getIssuingNode(), signed.getUnitCode());
	}

	static StepRef ref(ConclusionObjected objected) {
		return ref(objected.getConclusionId(), objected.getIssuingNode(), objected.getUnitCode());
	}

	static StepRef ref(ConclusionReviewed reviewed) {
		return ref(reviewed.getConclusionId(), reviewed.getIssuingNode(), reviewed.getUnitCode());
	}

	private static StepRef ref(String id, String issuingNode, String unitCode) {
		String conclusionId = Wire.uuid(id, "conclusion");
		if (issuingNode.isEmpty() || unitCode.isEmpty()) {
			throw new MalformedEventException("a step of conclusion " + conclusionId + " lacks its issuer or unit");
		}
		return new StepRef(conclusionId, issuingNode, unitCode);
	}

	/**
	 * The objection an event states.
	 * @throws MalformedEventException when a field is missing or unreadable
	 */
	static Objection objection(ConclusionObjected objected) {
		if (objected.getReasons().isEmpty() || objected.getFiledBy().isEmpty() || !objected.hasFiledAt()) {
			throw new MalformedEventException(
					"objection to conclusion " + objected.getConclusionId() + " lacks its reasons, author or time");
		}
		return new Objection(Wire.date(objected.getFiledOn()), objected.getFiledBy(), objected.getReasons(),
				objected.getAttachmentIdsList(), Wire.instant(objected.getFiledAt()));
	}

	/**
	 * The review an event states.
	 * @throws MalformedEventException when a field is missing or unreadable
	 */
	static Review review(ConclusionReviewed reviewed) {
		ReviewOutcome outcome = Wire.enumValue(ReviewOutcome.class, reviewed.getOutcome().name(), "REVIEW_OUTCOME_");
		if (reviewed.getReviewedBy().isEmpty() || !reviewed.hasReviewedAt()
				|| (outcome == ReviewOutcome.CHANGED && reviewed.getChangedText().isEmpty())) {
			throw new MalformedEventException(
					"review of conclusion " + reviewed.getConclusionId() + " lacks its reviewer, time or changed text");
		}
		return new Review(outcome, Wire.orNull(reviewed.getChangedText()), reviewed.getReviewedBy(),
				Wire.date(reviewed.getReviewedOn()), reviewed.getLate(), Wire.instant(reviewed.getReviewedAt()));
	}

	private static void missing(List<String> missing, boolean absent, String field) {
		if (absent) {
			missing.add(field);
		}
	}

}
