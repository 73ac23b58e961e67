package org.ducha.node.federation;

import java.util.List;

import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.ContributionForwarded;
import org.ducha.proto.federation.v1.ContributionMade;
import org.ducha.proto.federation.v1.Event;

import static org.ducha.node.federation.HostileWorld.sent;

/**
 * The cases of lead and co-units and of returned reports: a co-unit's contribution goes
 * up from its node, the issuer passes it down to the lead and returns the lead's report
 * down; each the allowed way, and each forbidden one.
 */
final class HostileContributionCases {

	private HostileContributionCases() {
	}

	static List<HostileCase> of(HostileWorld w) {
		WorkRecords work = w.work;
		Channel report = Channel.CHANNEL_REPORT;
		Channel task = Channel.CHANNEL_TASK;
		ContributionMade made = countyContribution(w);
		ContributionForwarded forwarded = sent(w.city, "441704", Event.KindCase.CONTRIBUTION_FORWARDED,
				(event) -> event.getContributionForwarded()
					.getContribution()
					.getContributionId()
					.equals(work.forwardedContribution()))
			.getContributionForwarded();
		return List.of(
				// ContributionMade: up from the co-unit's node
				w.applied("the county contributes again as co-unit of the city's task", w.county, report, "441700",
						made(made.toBuilder().setContributionId(WireEvents.id()).setProgress("又完成内涝点排查8处"))),
				w.quarantined("the county contributes in 江城区's name", w.county, report, "441700",
						made(made.toBuilder().setContributionId(WireEvents.id()).setUnitCode("441702")),
						"is originated by the co-unit's node, node 441702, not by node 441704"),
				w.quarantined("the city sends the county's contribution down", w.city, Channel.CHANNEL_ALERT, "441704",
						made(made.toBuilder()), "ContributionMade travels on the report channel"),
				// ContributionForwarded: down from the task's issuer
				w.applied("the city passes 江城区's contribution on to the lead again", w.city, task, "441704",
						forwarded(forwarded.toBuilder())),
				w.quarantined("the county passes a contribution on up the report channel", w.county, report, "441700",
						forwarded(forwarded.toBuilder()), "ContributionForwarded travels on the task channel"),
				w.quarantined("the city passes a contribution on in the province's name", w.city, task, "441704",
						forwarded(forwarded.toBuilder().setIssuingNode("440000")),
						"is originated by the task's issuing node, node 440000, not by node 441700"),
				// ReportReturned: down from the task's issuer
				w.applied("the city returns the county's report", w.city, task, "441704",
						WireEvents.reportReturned(work.leadReport(), work.leadAssignment(), work.leadTask(), "441700")),
				w.quarantined("the county returns its own report up", w.county, report, "441700",
						WireEvents.reportReturned(work.leadReport(), work.leadAssignment(), work.leadTask(), "441704"),
						"ReportReturned travels on the task channel"),
				w.quarantined("the city returns the county's report in the province's name", w.city, task, "441704",
						WireEvents.reportReturned(work.leadReport(), work.leadAssignment(), work.leadTask(), "440000"),
						"is originated by the task's issuing node, node 440000, not by node 441700"),
				// the report it returns is the one it names, of its own assignment and
				// task
				w.quarantined("the city returns the county's report as one on another task", w.city, task, "441704",
						WireEvents.reportReturned(work.leadReport(), w.cityAssignment, w.cityTask, "441700"),
						"names another assignment or task"));
	}

	/** The county's contribution as its node sent it up to the city. */
	static ContributionMade countyContribution(HostileWorld w) {
		return sent(w.county, "441700", Event.KindCase.CONTRIBUTION_MADE,
				(event) -> event.getContributionMade().getContributionId().equals(w.work.countyContribution()))
			.getContributionMade();
	}

	static Event made(ContributionMade.Builder made) {
		return Event.newBuilder().setContributionMade(made).build();
	}

	static Event forwarded(ContributionForwarded.Builder forwarded) {
		return Event.newBuilder().setContributionForwarded(forwarded).build();
	}

}
