package org.ducha.node.federation.events;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.ducha.node.federation.EventHandler;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.task.LifecycleReplication;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.AssignmentReturned;
import org.ducha.proto.federation.v1.CompletionDecided;
import org.ducha.proto.federation.v1.CompletionRequested;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.ExtensionDecided;
import org.ducha.proto.federation.v1.ExtensionRequested;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Applies an assignment's lifecycle steps stated by other nodes: the assignee's node
 * states its requests, the issuing node its decisions.
 */
@Configuration(proxyBeanMethods = false)
class LifecycleHandlers {

	@Bean
	EventHandler assignmentReturnedHandler(LifecycleReplication replication) {
		return new Handler(Event.KindCase.ASSIGNMENT_RETURNED,
				(event) -> Unit.nodeOf(event.getAssignmentReturned().getUnitCode()), (incoming) -> {
					AssignmentReturned returned = incoming.event().getAssignmentReturned();
					replication.applyReturned(Ids.uuid(returned.getAssignmentId(), "assignment"),
							returned.getUnitCode(), incoming.originNode(), returned.getReturnedBy(),
							Wire.instant(returned.getReturnedAt()), Wire.orNull(returned.getReason()),
							returned.getLifecycleStep());
				});
	}

	@Bean
	EventHandler completionRequestedHandler(LifecycleReplication replication) {
		return new Handler(Event.KindCase.COMPLETION_REQUESTED,
				(event) -> Unit.nodeOf(event.getCompletionRequested().getUnitCode()), (incoming) -> {
					CompletionRequested requested = incoming.event().getCompletionRequested();
					replication.applyCompletionRequested(Ids.uuid(requested.getAssignmentId(), "assignment"),
							requested.getUnitCode(), incoming.originNode(), requested.getRequestedBy(),
							Wire.instant(requested.getRequestedAt()), Wire.orNull(requested.getEvidence()),
							requested.getLifecycleStep());
				});
	}

	@Bean
	EventHandler completionDecidedHandler(LifecycleReplication replication) {
		return new Handler(Event.KindCase.COMPLETION_DECIDED, (event) -> event.getCompletionDecided().getIssuingNode(),
				(incoming) -> {
					CompletionDecided decided = incoming.event().getCompletionDecided();
					requireOrigin(decided.getIssuingNode(), incoming);
					replication.applyCompletionDecided(Ids.uuid(decided.getAssignmentId(), "assignment"),
							incoming.originNode(), decided.getApproved(), decided.getDecidedBy(),
							Wire.instant(decided.getDecidedAt()), Wire.orNull(decided.getReason()),
							decided.getLifecycleStep());
				});
	}

	@Bean
	EventHandler extensionRequestedHandler(LifecycleReplication replication) {
		return new Handler(Event.KindCase.EXTENSION_REQUESTED,
				(event) -> Unit.nodeOf(event.getExtensionRequested().getUnitCode()), (incoming) -> {
					ExtensionRequested requested = incoming.event().getExtensionRequested();
					replication.applyExtensionRequested(Ids.uuid(requested.getRequestId(), "extension request"),
							Ids.uuid(requested.getAssignmentId(), "assignment"), requested.getUnitCode(),
							incoming.originNode(), requested.getRequestedBy(), Wire.instant(requested.getRequestedAt()),
							Wire.date(requested.getCurrentDate()), Wire.date(requested.getRequestedDate()),
							requested.getReason());
				});
	}

	@Bean
	EventHandler extensionDecidedHandler(LifecycleReplication replication) {
		return new Handler(Event.KindCase.EXTENSION_DECIDED, (event) -> event.getExtensionDecided().getIssuingNode(),
				(incoming) -> {
					ExtensionDecided decided = incoming.event().getExtensionDecided();
					requireOrigin(decided.getIssuingNode(), incoming);
					replication.applyExtensionDecided(Ids.uuid(decided.getRequestId(), "extension request"),
							Ids.uuid(decided.getAssignmentId(), "assignment"), incoming.originNode(),
							decided.getApproved(), decided.getApproved() ? Wire.date(decided.getApprovedDate()) : null,
							decided.getDecidedBy(), Wire.instant(decided.getDecidedAt()),
							Wire.orNull(decided.getReason()));
				});
	}

	private static void requireOrigin(String issuingNode, IncomingEvent incoming) {
		if (!issuingNode.equals(incoming.originNode())) {
			throw new ForbiddenEventException(
					"a decision of node " + issuingNode + " is stated by node " + incoming.originNode());
		}
	}

	/** One event kind: whose fact it is, and how it is applied. */
	private record Handler(Event.KindCase kind, Function<Event, String> subject,
			Consumer<IncomingEvent> applier) implements EventHandler {

		@Override
		public Optional<String> subjectNode(Event event) {
			return Optional.of(this.subject.apply(event));
		}

		@Override
		public void apply(List<IncomingEvent> events) {
			for (IncomingEvent incoming : events) {
				try {
					this.applier.accept(incoming);
				}
				catch (ForbiddenException ex) {
					throw new ForbiddenEventException(ex.getMessage());
				}
			}
		}

	}

}
