package org.ducha.node.document;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ducha.node.inspection.BasisKind;
import org.ducha.node.inspection.InspectionMethod;
import org.ducha.node.inspection.PlanBasis;
import org.ducha.node.inspection.PlanDraft;
import org.ducha.node.inspection.PlanKind;
import org.ducha.node.inspection.Planning;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.testing.TestNode;

/**
 * An inspection plan of a node, drafted, approved and carried out by its own people, for
 * a finding and its rectification notice.
 */
final class InspectionPlansOfTests {

	private InspectionPlansOfTests() {
	}

	static String carriedOut(TestNode node, String objectUnit) {
		Planning planning = node.bean(Planning.class);
		Actor supervisor = new Actor("supervisor-" + node.code(), "督查员", node.code(), node.code(),
				Set.of(Role.SUPERVISOR));
		Actor leader = new Actor("leader-" + node.code(), "领导", node.code(), node.code(), Set.of(Role.LEADER));
		UUID id = planning
			.draft(new PlanDraft("专项督查", PlanKind.SPECIAL, EnumSet.of(InspectionMethod.SITE_VISITS),
					LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-31"), List.of(objectUnit), List.of("督查员甲"),
					new PlanBasis(BasisKind.ANNUAL_PRIORITY, null, "年度重点工作"), null), supervisor)
			.plan()
			.id();
		planning.submit(id, "与其他督查统筹开展", supervisor);
		planning.approve(id, leader);
		planning.carryOut(id, supervisor);
		return id.toString();
	}

}
