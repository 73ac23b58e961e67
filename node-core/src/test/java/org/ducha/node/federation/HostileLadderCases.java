package org.ducha.node.federation;

import java.util.List;

import org.ducha.proto.federation.v1.ChargeRole;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.LadderStepStated;
import org.ducha.proto.federation.v1.RectificationReported;
import org.ducha.proto.federation.v1.UnitPeopleStated;

import static org.ducha.node.federation.HostileWorld.sent;

/**
 * The cases of people in charge and the ladder: a unit's people and its rectification
 * reports go up from the unit's node, a step travels both ways from its issuer; each the
 * allowed way, and each forbidden one.
 */
final class HostileLadderCases {

	private HostileLadderCases() {
	}

	static List<HostileCase> of(HostileWorld w) {
		WorkRecords work = w.work;
		Channel report = Channel.CHANNEL_REPORT;
		Channel alert = Channel.CHANNEL_ALERT;
		UnitPeopleStated people = sent(w.county, "441700", Event.KindCase.UNIT_PEOPLE_STATED,
				(event) -> event.getUnitPeopleStated().getUnitCode().equals("441704"))
			.getUnitPeopleStated();
		LadderStepStated notice = step(w.city, "441704", work.notice());
		LadderStepStated commendation = step(w.county, "441700", work.commendation());
		RectificationReported rectified = countyRectification(w);
		return List.of(
				// UnitPeopleStated: up from the unit's node
				w.applied("the county restates its people in charge", w.county, report, "440000", people(people)),
				w.quarantined("the county states 江城区's people", w.county, report, "440000",
						people(people.toBuilder().setUnitCode("441702").setUnitName("江城区")),
						"is originated by the unit's node, node 441702, not by node 441704"),
				w.quarantined("the city states its people down to the county", w.city, alert, "441704",
						people(people.toBuilder().setUnitCode("441700").setUnitName("阳江市")),
						"UnitPeopleStated travels on the report channel"),
				// a person belongs to the unit it was recorded for
				w.quarantined("the county moves its person in charge to its department", w.county, report, "440000",
						people(people.toBuilder().setUnitCode("441704:jyj").setUnitName("阳东区教育局").setRevision(1)),
						"Person " + work.countyPerson() + " is recorded for unit 441704 already"),
				// LadderStepStated: either way, from the step's issuer
				w.applied("the city restates its notice to the county", w.city, alert, "441704", step(notice)),
				w.applied("the county restates its commendation to the province", w.county, alert, "440000",
						step(commendation)),
				w.quarantined("the county issues a notice in the city's name", w.county, alert, "440000",
						step(notice.toBuilder().setStepId(WireEvents.id())),
						"is originated by the step's issuing node, node 441700, not by node 441704"),
				w.quarantined("the county sends a step on the report channel", w.county, report, "440000",
						step(commendation), "LadderStepStated travels on the alert channel"),
				w.quarantined("the county commends 江城区", w.county, alert, "440000", step(
						commendation.toBuilder().setStepId(WireEvents.id()).setUnitCode("441702").setUnitName("江城区")),
						"concerns unit 441702, outside the issuer's subtree"),
				// a step's issuer, kind, unit and person never change
				w.quarantined("the city restates its notice about the county's department", w.city, alert, "441704",
						step(notice.toBuilder().setUnitCode("441704:jyj").setRevision(notice.getRevision() + 1)),
						"is stated again with other facts"),
				w.quarantined("the city restates its notice against a person", w.city, alert, "441704",
						step(notice.toBuilder()
							.setPersonId(work.countyPerson())
							.setPersonName("张三")
							.setPersonRole(ChargeRole.CHARGE_ROLE_PRINCIPAL)
							.setRevision(notice.getRevision() + 1)),
						"is stated again with other facts"),
				// RectificationReported: up from the unit's node
				w.applied("the county restates its rectification", w.county, report, "440000",
						rectification(rectified)),
				w.quarantined("the county reports 江城区's rectification", w.county, report, "440000",
						rectification(rectified.toBuilder().setReportId(WireEvents.id()).setUnitCode("441702")),
						"is originated by the unit's node, node 441702, not by node 441704"),
				w.quarantined("the city sends a rectification down", w.city, alert, "441704",
						rectification(rectified.toBuilder().setReportId(WireEvents.id()).setUnitCode("441700")),
						"RectificationReported travels on the report channel"),
				w.quarantined("the county rectifies against its own commendation", w.county, report, "440000",
						rectification(rectified.toBuilder()
							.setReportId(WireEvents.id())
							.setStepId(work.commendation())
							.setUnitCode("441704:jyj")),
						"names step " + work.commendation() + ", which is no notice to that unit"));
	}

	/** A step as its issuer sent it to a peer. */
	static LadderStepStated step(org.ducha.node.testing.TestNode issuer, String peer, String stepId) {
		return sent(issuer, peer, Event.KindCase.LADDER_STEP_STATED,
				(event) -> event.getLadderStepStated().getStepId().equals(stepId))
			.getLadderStepStated();
	}

	/** The county's rectification report as its node sent it up. */
	static RectificationReported countyRectification(HostileWorld w) {
		return sent(w.county, "441700", Event.KindCase.RECTIFICATION_REPORTED,
				(event) -> event.getRectificationReported().getReportId().equals(w.work.rectification()))
			.getRectificationReported();
	}

	private static Event people(UnitPeopleStated people) {
		return Event.newBuilder().setUnitPeopleStated(people).build();
	}

	private static Event people(UnitPeopleStated.Builder people) {
		return Event.newBuilder().setUnitPeopleStated(people).build();
	}

	private static Event step(LadderStepStated step) {
		return Event.newBuilder().setLadderStepStated(step).build();
	}

	private static Event step(LadderStepStated.Builder step) {
		return Event.newBuilder().setLadderStepStated(step).build();
	}

	static Event rectification(RectificationReported reported) {
		return Event.newBuilder().setRectificationReported(reported).build();
	}

	static Event rectification(RectificationReported.Builder reported) {
		return Event.newBuilder().setRectificationReported(reported).build();
	}

}
