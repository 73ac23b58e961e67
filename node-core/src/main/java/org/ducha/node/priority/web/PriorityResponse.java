package org.ducha.node.priority.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ducha.node.priority.AnnualPriorities;
import org.ducha.node.priority.LinkedTarget;
import org.ducha.node.priority.PriorityStatus;
import org.ducha.node.priority.PriorityView;
import org.ducha.node.priority.TargetKind;

/**
 * Annual priorities as the API answers them.
 *
 * @param id id
 * @param nodeCode whose priorities
 * @param nodeName its name
 * @param year the year
 * @param status DRAFT, SUBMITTED or APPROVED
 * @param own whether they are this node's (else a copy from above, read only)
 * @param draftedBy who drafted them (this node's only)
 * @param sentBackReason why a leader sent them back
 * @param approvedBy who approved them (this node's only)
 * @param approvedAt when
 * @param items the priorities, each with its linked tasks and plans (empty in a list)
 */
record PriorityResponse(UUID id, String nodeCode, String nodeName, int year, PriorityStatus status, boolean own,
		String draftedBy, String sentBackReason, String approvedBy, Instant approvedAt, List<ItemResponse> items) {

	static PriorityResponse of(AnnualPriorities p, String self) {
		return of(new PriorityView(p, List.of()), self);
	}

	static PriorityResponse of(PriorityView view, String self) {
		AnnualPriorities p = view.priorities();
		List<ItemResponse> items = p.items()
			.stream()
			.map((item) -> new ItemResponse(item.id(), item.title(), item.description(),
					view.links().stream().filter((l) -> l.itemId().equals(item.id())).map(LinkResponse::of).toList()))
			.toList();
		return new PriorityResponse(p.id(), p.nodeCode(), p.nodeName(), p.year(), p.status(), p.nodeCode().equals(self),
				p.draftedBy(), p.sentBackReason(), p.approvedBy(), p.approvedAt(), items);
	}

	/**
	 * One priority.
	 *
	 * @param id id (what links name)
	 * @param title title
	 * @param description description
	 * @param links this node's tasks and plans linked to it
	 */
	record ItemResponse(UUID id, String title, String description, List<LinkResponse> links) {
	}

	/**
	 * A linked task or plan.
	 *
	 * @param kind TASK or PLAN
	 * @param id its id
	 * @param title its title (null when out of the reader's scope)
	 * @param state its status (null when out of the reader's scope)
	 * @param linkedBy who linked it
	 * @param linkedAt when
	 */
	record LinkResponse(TargetKind kind, String id, String title, String state, String linkedBy, Instant linkedAt) {

		static LinkResponse of(LinkedTarget t) {
			return new LinkResponse(t.kind(), t.id(), t.title(), t.state(), t.linkedBy(), t.linkedAt());
		}

	}

}
