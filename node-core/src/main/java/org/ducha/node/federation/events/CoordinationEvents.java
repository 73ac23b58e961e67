package org.ducha.node.federation.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ducha.node.NodeIdentity;
import org.ducha.node.coordination.Coordination;
import org.ducha.node.coordination.CoordinationOutcome;
import org.ducha.node.coordination.CoordinationRecorded;
import org.ducha.node.coordination.CoordinationReplication;
import org.ducha.node.coordination.NewCoordination;
import org.ducha.node.federation.Delivery;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.federation.Outbox;
import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.task.Tasks;
import org.ducha.node.time.Ids;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Coordination attempts on the wire: a lead unit's attempt goes up to the task's issuer
 * on the report channel (an assignee's fact), every node on the way keeps it, and a
 * re-sync towards the parent sends them again.
 */
@Component
class CoordinationEvents extends SingleEventHandler implements SnapshotContributor {

	private final Outbox outbox;

	private final CoordinationReplication replication;

	private final Tasks tasks;

	private final Directory directory;

	private final NodeIdentity self;

	CoordinationEvents(Outbox outbox, CoordinationReplication replication, Tasks tasks, Directory directory,
			NodeIdentity self) {
		this.outbox = outbox;
		this.replication = replication;
		this.tasks = tasks;
		this.directory = directory;
		this.self = self;
	}

	@EventListener
	void on(CoordinationRecorded recorded) {
		Coordination coordination = recorded.coordination();
		if (!recorded.issuingNode().equals(this.self.code())) {
			this.outbox.send(Channel.CHANNEL_REPORT, new Delivery(Ids.newId(), this.self.code(), recorded.issuingNode(),
					coordination.getRecordedAt(), event(coordination)));
		}
	}

	static Event event(Coordination coordination) {
		return Event.newBuilder()
			.setCoordinationRecorded(org.ducha.proto.federation.v1.CoordinationRecorded.newBuilder()
				.setCoordinationId(coordination.getId())
				.setAssignmentId(coordination.getAssignmentId())
				.setTaskId(coordination.getTaskId())
				.setUnitCode(coordination.getUnitCode())
				.setCoordinatedOn(coordination.getCoordinatedOn().toString())
				.addAllWithUnits(coordination.getWithUnits())
				.setMatter(Wire.text(coordination.getMatter()))
				.setOutcome(org.ducha.proto.federation.v1.CoordinationOutcome
					.valueOf("COORDINATION_OUTCOME_" + coordination.getOutcome().name()))
				.setNotes(Wire.text(coordination.getNotes()))
				.setRecordedBy(Wire.text(coordination.getRecordedBy()))
				.setRecordedAt(Wire.timestamp(coordination.getRecordedAt())))
			.build();
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.COORDINATION_RECORDED;
	}

	@Override
	public Optional<String> subjectNode(Event event) {
		return Optional.of(Unit.nodeOf(event.getCoordinationRecorded().getUnitCode()));
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		org.ducha.proto.federation.v1.CoordinationRecorded recorded = incoming.event().getCoordinationRecorded();
		CoordinationOutcome outcome = switch (recorded.getOutcome()) {
			case COORDINATION_OUTCOME_RESOLVED -> CoordinationOutcome.RESOLVED;
			case COORDINATION_OUTCOME_UNRESOLVED -> CoordinationOutcome.UNRESOLVED;
			default -> throw new MalformedEventException(
					"coordination " + recorded.getCoordinationId() + " has no known outcome: " + recorded.getOutcome());
		};
		if (recorded.getMatter().isEmpty() || recorded.getWithUnitsCount() == 0) {
			throw new MalformedEventException(
					"coordination " + recorded.getCoordinationId() + " names neither its matter nor its units");
		}
		NewCoordination attempt = new NewCoordination(Wire.date(recorded.getCoordinatedOn()),
				List.copyOf(recorded.getWithUnitsList()), recorded.getMatter(), outcome,
				Wire.orNull(recorded.getNotes()));
		try {
			this.replication.applyRecorded(
					org.ducha.node.federation.events.Ids.uuid(recorded.getCoordinationId(), "coordination"),
					org.ducha.node.federation.events.Ids.uuid(recorded.getAssignmentId(), "assignment"),
					org.ducha.node.federation.events.Ids.uuid(recorded.getTaskId(), "task"), recorded.getUnitCode(),
					incoming.originNode(), attempt, recorded.getRecordedBy(), Wire.instant(recorded.getRecordedAt()));
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
	}

	@Override
	public Channel channel() {
		return Channel.CHANNEL_REPORT;
	}

	@Override
	public String name() {
		return "coordinations";
	}

	@Override
	public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
		if (peer.role() != PeerRole.PARENT) {
			return List.of();
		}
		Set<String> inside = this.directory.spokenForBy(peer);
		List<SnapshotRecord> records = new ArrayList<>();
		for (Coordination coordination : this.replication.byNodesForIssuersOutside(inside, afterKey, limit)) {
			String issuer = this.tasks.task(coordination.getTaskId()).getIssuingNode();
			records.add(new SnapshotRecord(coordination.getId(), coordination.getId(),
					Unit.nodeOf(coordination.getUnitCode()), issuer, coordination.getRecordedAt(),
					event(coordination)));
		}
		return records;
	}

}
