package org.ducha.node.federation;

import java.util.List;

import com.google.protobuf.Timestamp;

import org.ducha.proto.federation.v1.AssessmentFormulaSet;
import org.ducha.proto.federation.v1.AssessmentMeasureRule;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

/**
 * The cases of the assessment formula: only the province originates a version, and it
 * travels down on the reference channel only. A city or county that sets or alters one —
 * for its own children or up to its parent (on the report channel: no reference channel
 * leads up) — is quarantined, and so is a version whose weights do not add up, whoever
 * sends it.
 */
final class HostileAssessmentCases {

	private HostileAssessmentCases() {
	}

	static List<HostileCase> of(HostileWorld w) {
		Channel reference = Channel.CHANNEL_REFERENCE;
		return List.of(
				w.applied("the province sets an assessment formula", w.province, reference, "441704",
						formula(1_000_001, "80", "20")),
				w.quarantined("the city sets an assessment formula for its county", w.city, reference, "441704",
						formula(1_000_002, "100", "0.01"), "not by node 441700"),
				// no reference channel leads up: the county tries the report channel
				w.quarantined("the county alters the formula towards the city", w.county, Channel.CHANNEL_REPORT,
						"441700", formula(1_000_001, "10", "90"),
						"AssessmentFormulaSet travels on the reference channel"),
				w.quarantined("the province sends a formula on the task channel", w.province, Channel.CHANNEL_TASK,
						"441704", formula(1_000_003, "50", "50"),
						"AssessmentFormulaSet travels on the reference channel"),
				w.quarantined("the province sends a formula whose weights do not add up", w.province, reference,
						"441700", formula(1_000_004, "50", "40"), "add up to 90, not 100"));
	}

	/** A version rating reports and completion by the two weights. */
	static Event formula(long version, String reports, String completion) {
		return Event.newBuilder()
			.setAssessmentFormulaSet(AssessmentFormulaSet.newBuilder()
				.setVersion(version)
				.addRules(AssessmentMeasureRule.newBuilder().setMeasure("ON_TIME_REPORTS").setWeight(reports))
				.addRules(AssessmentMeasureRule.newBuilder().setMeasure("ON_TIME_COMPLETION").setWeight(completion))
				.setReason("hostile")
				.setSetBy("sysadmin-440000")
				.setSetAt(Timestamp.newBuilder().setSeconds(1_700_000_000)))
			.build();
	}

}
