package org.ducha.node.contribution.federation;

import org.ducha.node.contribution.Contribution;
import org.ducha.node.contribution.ContributionAttachment;
import org.ducha.node.contribution.ContributionContent;
import org.ducha.node.contribution.StatedContribution;
import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.federation.wire.AttachmentWire;
import org.ducha.node.federation.wire.Wire;
import org.ducha.proto.federation.v1.AttachmentRef;
import org.ducha.proto.federation.v1.ContributionForwarded;
import org.ducha.proto.federation.v1.ContributionMade;
import org.ducha.proto.federation.v1.Event;

/**
 * Contributions to and from their wire form, for live events and re-sync records alike.
 */
final class ContributionWire {

	private ContributionWire() {
	}

	static Event made(Contribution contribution) {
		return Event.newBuilder().setContributionMade(message(contribution)).build();
	}

	static Event forwarded(Contribution contribution, String issuingNode) {
		ContributionForwarded.Builder forwarded = ContributionForwarded.newBuilder()
			.setContribution(message(contribution))
			.setLeadAssignmentId(contribution.getLeadAssignmentId())
			.setIssuingNode(issuingNode)
			.setForwardedBy(Wire.text(contribution.getForwardedBy()));
		if (contribution.getForwardedAt() != null) {
			forwarded.setForwardedAt(Wire.timestamp(contribution.getForwardedAt()));
		}
		return Event.newBuilder().setContributionForwarded(forwarded).build();
	}

	private static ContributionMade message(Contribution contribution) {
		ContributionContent content = contribution.content();
		Contribution.Slot slot = contribution.slot();
		return ContributionMade.newBuilder()
			.setContributionId(contribution.getId())
			.setAssignmentId(contribution.getAssignmentId())
			.setTaskId(contribution.getTaskId())
			.setUnitCode(contribution.getUnitCode())
			.setContributedBy(Wire.text(contribution.getContributedBy()))
			.setContributedAt(Wire.timestamp(contribution.getContributedAt()))
			.setSlotOrdinal((slot != null) ? slot.ordinal() : 0)
			.setSlotLabel(Wire.text((slot != null) ? slot.label() : null))
			.setProgress(Wire.text(content.progress()))
			.setDissemination(Wire.text(content.dissemination()))
			.setMeasures(Wire.text(content.measures()))
			.setEffects(Wire.text(content.effects()))
			.setPractices(Wire.text(content.practices()))
			.setDifficulties(Wire.text(content.difficulties()))
			.setSuggestions(Wire.text(content.suggestions()))
			.addAllAttachments(contribution.attachments().stream().map(ContributionWire::attachment).toList())
			.build();
	}

	private static AttachmentRef attachment(ContributionAttachment attachment) {
		return AttachmentRef.newBuilder()
			.setSha256(attachment.sha256())
			.setName(Wire.text(attachment.name()))
			.setSize(attachment.size())
			.setContentType(Wire.text(attachment.contentType()))
			.build();
	}

	/**
	 * The contribution a wire message states.
	 * @throws MalformedEventException when a field is missing or unreadable
	 */
	static StatedContribution stated(ContributionMade made) {
		if (made.getProgress().isBlank() || !made.hasContributedAt() || made.getUnitCode().isEmpty()) {
			throw new MalformedEventException(
					"contribution " + made.getContributionId() + " lacks its progress, unit or time");
		}
		Contribution.Slot slot = (made.getSlotOrdinal() > 0)
				? new Contribution.Slot(made.getSlotOrdinal(), made.getSlotLabel()) : null;
		return new StatedContribution(Wire.uuid(made.getContributionId(), "contribution"),
				Wire.uuid(made.getAssignmentId(), "assignment"), Wire.uuid(made.getTaskId(), "task"),
				made.getUnitCode(), slot, made.getContributedBy(), Wire.instant(made.getContributedAt()),
				new ContributionContent(made.getProgress(), Wire.orNull(made.getDissemination()),
						Wire.orNull(made.getMeasures()), Wire.orNull(made.getEffects()),
						Wire.orNull(made.getPractices()), Wire.orNull(made.getDifficulties()),
						Wire.orNull(made.getSuggestions())),
				AttachmentWire.fromWire(made.getAttachmentsList()));
	}

}
