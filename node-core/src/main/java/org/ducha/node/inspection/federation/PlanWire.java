package org.ducha.node.inspection.federation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.inspection.BasisKind;
import org.ducha.node.inspection.InspectionMethod;
import org.ducha.node.inspection.InspectionPlan;
import org.ducha.node.inspection.PlanBasis;
import org.ducha.node.inspection.PlanContent;
import org.ducha.node.inspection.PlanKind;
import org.ducha.node.inspection.PlanObject;
import org.ducha.node.inspection.PlanStatus;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.InspectionBasisKind;
import org.ducha.proto.federation.v1.InspectionKind;
import org.ducha.proto.federation.v1.InspectionObject;
import org.ducha.proto.federation.v1.InspectionPlanStated;
import org.ducha.proto.federation.v1.InspectionPlanStatus;

/**
 * Inspection plans to and from their wire form, for live events and re-sync records
 * alike. What goes out is the plan without its people: no team, no drafter, no approver.
 */
final class PlanWire {

	private PlanWire() {
	}

	static Event stated(InspectionPlan plan, Instant at) {
		PlanContent content = plan.content();
		InspectionPlanStated.Builder stated = InspectionPlanStated.newBuilder()
			.setPlanId(plan.id().toString())
			.setPlanningNode(plan.planningNode())
			.setPlanningNodeName(plan.planningNodeName())
			.setTitle(content.title())
			.setKind(InspectionKind.valueOf("INSPECTION_KIND_" + content.kind().name()))
			.setUnannounced(content.unannounced())
			.setStartsOn(content.startsOn().toString())
			.setEndsOn(content.endsOn().toString())
			.setBasisKind(InspectionBasisKind.valueOf("INSPECTION_BASIS_KIND_" + content.basis().kind().name()))
			.setBasisReference(Wire.text(content.basis().reference()))
			.setBasisText(Wire.text(content.basis().text()))
			.setStatus(InspectionPlanStatus.valueOf("INSPECTION_PLAN_STATUS_" + plan.status().name()))
			.setStatedAt(Wire.timestamp(at));
		content.methods()
			.stream()
			.sorted()
			.forEach((method) -> stated.addMethods(
					org.ducha.proto.federation.v1.InspectionMethod.valueOf("INSPECTION_METHOD_" + method.name())));
		for (PlanObject object : content.objects()) {
			stated.addObjects(
					InspectionObject.newBuilder().setUnitCode(object.unitCode()).setUnitName(object.unitName()));
		}
		return Event.newBuilder().setInspectionPlanStated(stated).build();
	}

	/**
	 * The plan a wire event states, as a copy without people.
	 * @throws MalformedEventException when a field is missing or unreadable
	 */
	static InspectionPlan plan(InspectionPlanStated stated) {
		UUID id = UUID.fromString(Wire.uuid(stated.getPlanId(), "inspection plan"));
		List<String> missing = new ArrayList<>();
		missing(missing, stated.getPlanningNode().isEmpty(), "planning_node");
		missing(missing, stated.getTitle().isEmpty(), "title");
		missing(missing, stated.getMethodsCount() == 0, "methods");
		missing(missing, stated.getObjectsCount() == 0, "objects");
		missing(missing, !stated.hasStatedAt(), "stated_at");
		if (!missing.isEmpty()) {
			throw new MalformedEventException("inspection plan " + id + " lacks " + String.join(", ", missing));
		}
		Set<InspectionMethod> methods = EnumSet.noneOf(InspectionMethod.class);
		stated.getMethodsList()
			.forEach((m) -> methods.add(Wire.enumValue(InspectionMethod.class, m.name(), "INSPECTION_METHOD_")));
		if (methods.contains(InspectionMethod.UNANNOUNCED_VISITS) != stated.getUnannounced()) {
			throw new MalformedEventException("inspection plan " + id + " says unannounced is "
					+ stated.getUnannounced() + " against its methods " + methods);
		}
		List<PlanObject> objects = stated.getObjectsList()
			.stream()
			.map((o) -> new PlanObject(o.getUnitCode(), o.getUnitName().isEmpty() ? o.getUnitCode() : o.getUnitName()))
			.toList();
		PlanContent content = new PlanContent(stated.getTitle(),
				Wire.enumValue(PlanKind.class, stated.getKind().name(), "INSPECTION_KIND_"), methods,
				Wire.date(stated.getStartsOn()), Wire.date(stated.getEndsOn()), objects, List.of(),
				new PlanBasis(Wire.enumValue(BasisKind.class, stated.getBasisKind().name(), "INSPECTION_BASIS_KIND_"),
						Wire.orNull(stated.getBasisReference()), Wire.orNull(stated.getBasisText())));
		if (content.endsOn().isBefore(content.startsOn())) {
			throw new MalformedEventException("inspection plan " + id + " ends before it starts");
		}
		PlanStatus status = Wire.enumValue(PlanStatus.class, stated.getStatus().name(), "INSPECTION_PLAN_STATUS_");
		Instant at = Wire.instant(stated.getStatedAt());
		return new InspectionPlan(id, stated.getPlanningNode(),
				stated.getPlanningNodeName().isEmpty() ? stated.getPlanningNode() : stated.getPlanningNodeName(),
				content, status, null, at, null, null, null, (status == PlanStatus.APPROVED) ? at : null,
				(status == PlanStatus.CARRIED_OUT) ? at : null, (status == PlanStatus.CLOSED) ? at : null, 0);
	}

	private static void missing(List<String> missing, boolean absent, String field) {
		if (absent) {
			missing.add(field);
		}
	}

}
