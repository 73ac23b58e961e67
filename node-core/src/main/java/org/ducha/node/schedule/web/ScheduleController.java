package org.ducha.node.schedule.web;

import java.util.List;

import org.ducha.node.problem.NotFoundException;
import org.ducha.node.schedule.ReportSlot;
import org.ducha.node.schedule.SlotChange;
import org.ducha.node.schedule.Schedules;
import org.ducha.node.schedule.TrafficLights;
import org.ducha.node.schedule.TrafficLights.UnitLights;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.security.Actor;
import org.ducha.node.task.Tasks;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An assignment's due slots, and the lights of the node's units.
 */
@RestController
class ScheduleController {

	private final Schedules schedules;

	private final TrafficLights lights;

	private final Tasks tasks;

	ScheduleController(Schedules schedules, TrafficLights lights, Tasks tasks) {
		this.schedules = schedules;
		this.lights = lights;
		this.tasks = tasks;
	}

	@GetMapping("/api/v1/assignments/{id}/schedule")
	ScheduleResponse schedule(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		try {
			this.tasks.detail(this.tasks.assignmentTaskId(id), actor);
		}
		catch (NotFoundException ex) {
			// the same answer whether the assignment is missing or out of the caller's
			// scope
			throw new NotFoundException("No assignment " + id);
		}
		return new ScheduleResponse(this.schedules.of(id), this.schedules.changesOf(id));
	}

	@GetMapping("/api/v1/lights/units")
	List<UnitLights> unitLights(@AuthenticationPrincipal Actor actor) {
		if (!this.tasks.readsWholeNode(actor)) {
			throw new ForbiddenException("The lights of every unit are for the node's supervisors and leaders");
		}
		return this.lights.perUnit();
	}

	/**
	 * An assignment's schedule.
	 *
	 * @param slots its due slots
	 * @param changes every move of an open due date
	 */
	record ScheduleResponse(List<ReportSlot> slots, List<SlotChange> changes) {
	}

}
