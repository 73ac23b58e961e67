package org.ducha.node.federation;

import java.util.ArrayList;
import java.util.List;

import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.TaskIssued;

/**
 * The cases of the tasks, the assignees' facts, the issuers' decisions, alerts, reminders
 * and reference data: each row's allowed direction(s), and each forbidden one, at the
 * first receiver and through a relay.
 */
final class HostileCases {

	private HostileCases() {
	}

	static List<HostileCase> of(HostileWorld w) {
		TaskIssued issued = cityTaskAsIssued(w);
		String a4 = w.cityAssignment;
		String p4 = w.provinceAssignment;
		Channel report = Channel.CHANNEL_REPORT;
		Channel alert = Channel.CHANNEL_ALERT;
		Channel task = Channel.CHANNEL_TASK;
		Channel reference = Channel.CHANNEL_REFERENCE;
		String notHis = "is originated by the assignee's node, node 441702, not by node 441704";
		List<HostileCase> cases = new ArrayList<>();
		// TaskIssued: down from its issuer
		cases.add(w.applied("the city restates its task", w.city, task, "441704",
				restated(issued, "441700", issued.getRevision() + 1, "阳江市防汛检查（修订）")));
		cases.add(w.quarantined("the county restates the city's task upward, as its issuer", w.county, report, "441700",
				restated(issued, "441704", 99, "伪造"), "TaskIssued travels on the task channel"));
		cases.add(w.quarantined("the county sends a task of its own to the province", w.county, report, "440000",
				restated(issued.toBuilder().setTaskId(WireEvents.id()).build(), "441704", 1, "伪造"),
				"TaskIssued travels on the task channel"));
		cases.add(w.quarantined("the county sends a task upward on the alert channel", w.county, alert, "441700",
				restated(issued, "441704", 99, "伪造"), "TaskIssued travels on the task channel"));
		// a copy keeps its issuer and number, whoever restates it the right way
		cases.add(w.quarantined("the province restates the city's task as its own", w.province, task, "441704",
				restated(issued, "440000", 1_000, "省里改的"), "has issuing node 441700; a copy stating 440000"));
		cases.add(w.quarantined("the city renumbers its task", w.city, task, "441704",
				Event.newBuilder()
					.setTaskIssued(
							restated(issued, "441700", 1_000, "改号").getTaskIssued().toBuilder().setNumber("伪〔2030〕1号"))
					.build(),
				"a copy stating 伪〔2030〕1号 is refused"));
		// the assignee's facts: up from the assignee's node
		cases.add(w.applied("the county signs the province's assignment", w.county, report, "440000",
				WireEvents.signed(p4, w.provinceTask, "441704")));
		cases.add(w.quarantined("the county signs for another county", w.county, report, "441700",
				WireEvents.signed(a4, w.cityTask, "441702"), notHis));
		cases.add(w.quarantined("the city sends a signing down", w.city, alert, "441704",
				WireEvents.signed(a4, w.cityTask, "441700:fgj"), "AssignmentSigned travels on the report channel"));
		cases.add(w.applied("the county returns the city's assignment", w.county, report, "441700",
				WireEvents.returned(a4, w.cityTask, "441704", 1)));
		cases.add(w.quarantined("the county returns for another county via the relay", w.county, report, "440000",
				WireEvents.returned(p4, w.provinceTask, "441702", 1), notHis));
		cases.add(w.quarantined("the city sends a return down", w.city, alert, "441704",
				WireEvents.returned(a4, w.cityTask, "441700:fgj", 2), "AssignmentReturned travels on the report"));
		cases.add(w.applied("the county reports to the province", w.county, report, "440000",
				WireEvents.reported(p4, w.provinceTask, "441704")));
		cases.add(w.quarantined("the county reports for another county", w.county, report, "440000",
				WireEvents.reported(p4, w.provinceTask, "441702"), notHis));
		cases.add(w.quarantined("the city sends a report down", w.city, alert, "441704",
				WireEvents.reported(a4, w.cityTask, "441700:fgj"), "ProgressReported travels on the report channel"));
		cases.add(w.applied("the county asks the city for more time", w.county, report, "441700",
				WireEvents.extensionRequested(a4, w.cityTask, "441704")));
		cases.add(w.quarantined("the county asks in another county's name", w.county, report, "441700",
				WireEvents.extensionRequested(a4, w.cityTask, "441702"), notHis));
		cases.add(w.quarantined("the city sends a request down", w.city, alert, "441704",
				WireEvents.extensionRequested(a4, w.cityTask, "441700:fgj"), "travels on the report channel"));
		cases.add(w.applied("the county asks the city to close", w.county, report, "441700",
				WireEvents.completionRequested(a4, w.cityTask, "441704", 10)));
		cases.add(w.quarantined("the county asks to close another county's", w.county, report, "441700",
				WireEvents.completionRequested(a4, w.cityTask, "441702", 10), notHis));
		cases.add(w.quarantined("the city sends a completion request down", w.city, alert, "441704",
				WireEvents.completionRequested(a4, w.cityTask, "441700:fgj", 11), "travels on the report channel"));
		cases.add(w.applied("the county rolls up its decomposition", w.county, report, "441700",
				WireEvents.rolledUp(a4, w.cityTask, "441704")));
		cases.add(w.quarantined("the county rolls up for another county", w.county, report, "441700",
				WireEvents.rolledUp(a4, w.cityTask, "441702"), notHis));
		cases.add(w.quarantined("the city sends a roll-up down", w.city, alert, "441704",
				WireEvents.rolledUp(a4, w.cityTask, "441700:fgj"), "travels on the report channel"));
		cases.add(w.applied("the county records a coordination", w.county, report, "441700",
				WireEvents.coordination(a4, w.cityTask, "441704")));
		cases.add(w.quarantined("the county records one for another county", w.county, report, "441700",
				WireEvents.coordination(a4, w.cityTask, "441702"),
				"is originated by the lead unit's node, node 441702, not by node 441704"));
		cases.add(w.quarantined("the city sends a coordination down", w.city, alert, "441704",
				WireEvents.coordination(a4, w.cityTask, "441700:fgj"), "travels on the report channel"));
		// the issuer's decisions: down from the issuing node
		cases.add(w.applied("the city decides on the county's extension", w.city, task, "441704",
				WireEvents.extensionDecided(w.extensionRequest, a4, w.cityTask, "441700")));
		cases.add(w.quarantined("the county decides on its own extension", w.county, report, "441700",
				WireEvents.extensionDecided(w.extensionRequest, a4, w.cityTask, "441704"),
				"travels on the task channel"));
		cases.add(w.applied("the city refuses the county's completion", w.city, task, "441704",
				WireEvents.completionDecided(a4, w.cityTask, "441700", 20)));
		cases.add(w.quarantined("the county approves its own completion", w.county, report, "440000",
				WireEvents.completionDecided(p4, w.provinceTask, "441704", 20), "travels on the task channel"));
		cases.add(w.quarantined("the county decides in the province's name", w.county, alert, "440000",
				WireEvents.completionDecided(p4, w.provinceTask, "440000", 20),
				"CompletionDecided travels on the task channel"));
		cases.add(w.quarantined("the city decides in the province's name", w.city, task, "441704",
				WireEvents.completionDecided(p4, w.provinceTask, "440000", 21),
				"is originated by the task's issuing node, node 440000, not by node 441700"));
		// alerts: either way, in the raising node's name; signed by the recipient's node
		cases.add(w.applied("the county warns the province", w.county, alert, "440000",
				WireEvents.alert("441704", "441704", "440000", true)));
		cases.add(w.applied("the city prompts the county", w.city, alert, "441704",
				WireEvents.alert("441700", "441700:fgj", "441704", false)));
		cases.add(w.quarantined("the county warns in another county's name", w.county, alert, "440000",
				WireEvents.alert("441702", "441702", "440000", true),
				"is originated by the raising node, node 441702, not by node 441704"));
		cases.add(w.quarantined("the county warns on the report channel", w.county, report, "441700",
				WireEvents.alert("441704", "441704", "441700", true), "AlertRaised travels on the alert channel"));
		cases.add(w.applied("the county signs for the city's prompt", w.county, alert, "441700",
				WireEvents.acknowledged(w.alertToCounty, "441704")));
		cases.add(w.applied("the city signs for the county's warning", w.city, alert, "441704",
				WireEvents.acknowledged(w.alertToCity, "441700")));
		cases.add(w.quarantined("the county signs in the city's name", w.county, alert, "441700",
				WireEvents.acknowledged(w.alertToCity, "441700"),
				"is originated by the alert's recipient node, node 441700, not by node 441704"));
		// reminders: down from the urging node
		cases.add(w.applied("the city urges the county", w.city, alert, "441704",
				WireEvents.reminder("441700", "441700:fgj", "441704", w.cityTask, a4)));
		cases.add(w.quarantined("the county urges the city", w.county, alert, "441700",
				WireEvents.reminder("441704", "441704", "441700", w.cityTask, a4), "ReminderSent never travels up"));
		// reference data: down from the root
		cases.add(w.applied("the province sets a notice for the county", w.province, reference, "441704",
				WireEvents.noticeSet(2031, 40)));
		cases.add(w.quarantined("the county sets a notice upward", w.county, report, "441700",
				WireEvents.noticeSet(2031, 1_000_000), "CalendarNoticeSet travels on the reference channel"));
		cases.add(w.quarantined("the county sets a notice for the province", w.county, alert, "440000",
				WireEvents.noticeSet(2031, 1_000_000), "CalendarNoticeSet travels on the reference channel"));
		cases.add(w.quarantined("the city sets a notice for its county", w.city, reference, "441704",
				WireEvents.noticeSet(2032, 1_000_000),
				"is originated by the root node (the province), node 440000, not by node 441700"));
		cases.add(w.applied("the province registers a division", w.province, reference, "441704",
				WireEvents.division("441798", "441700", 30)));
		cases.add(w.quarantined("the county registers the province under itself", w.county, report, "441700",
				WireEvents.division("440000", "441704", 1_000_000), "DivisionSet travels on the reference channel"));
		cases.add(w.quarantined("the city registers a division for its county", w.city, reference, "441704",
				WireEvents.division("441797", "441700", 1_000_000), "not by node 441700"));
		return cases;
	}

	/** The city's task as it was issued to the county, to restate. */
	static TaskIssued cityTaskAsIssued(HostileWorld w) {
		return HostileWorld
			.sent(w.city, "441704", Event.KindCase.TASK_ISSUED,
					(event) -> event.getTaskIssued().getTaskId().equals(w.cityTask))
			.getTaskIssued();
	}

	static Event restated(TaskIssued issued, String issuer, long revision, String title) {
		return Event.newBuilder()
			.setTaskIssued(issued.toBuilder()
				.setIssuingNode(issuer)
				.setIssuingUnit(issuer.equals(issued.getIssuingNode()) ? issued.getIssuingUnit() : issuer)
				.setRevision(revision)
				.setTitle(title))
			.build();
	}

}
