package org.ducha.node.federation;

import java.util.List;

import org.ducha.proto.federation.v1.Channel;

import static org.ducha.node.federation.AppointmentWireEvents.appointed;

/**
 * The cases of an administrator's appointment: it goes down from the parent of the node
 * the administrator is for, on the alert channel, and nowhere else — not up, not over the
 * parent's head, not on another channel.
 */
final class HostileAppointmentCases {

	private HostileAppointmentCases() {
	}

	static List<HostileCase> of(HostileWorld w) {
		Channel alert = Channel.CHANNEL_ALERT;
		return List.of(
				w.applied("the city tells its county of an appointment", w.city, alert, "441704",
						appointed("441700", "441704", "auditor-441704-hostile")),
				w.quarantined("the county appoints the city's auditor", w.county, alert, "441700",
						appointed("441704", "441700", "auditor-441700-hostile"),
						"AdministratorAppointed never travels up"),
				w.quarantined("the province appoints the county's auditor over the city's head", w.province, alert,
						"441704", appointed("440000", "441704", "auditor-441704-skip"),
						"is appointed by its parent 441700 only, not by node 440000"),
				w.quarantined("the city appoints on the task channel", w.city, Channel.CHANNEL_TASK, "441704",
						appointed("441700", "441704", "auditor-441704-task"),
						"AdministratorAppointed travels on the alert channel"));
	}

}
