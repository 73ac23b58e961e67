package org.ducha.node.federation.equivalence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.ducha.node.federation.equivalence.ScriptWorld.Assignment;
import org.ducha.node.federation.equivalence.ScriptWorld.Task;
import org.ducha.node.federation.equivalence.WireScript.Log;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.TaskStatus;

/**
 * The next event each log of a script states, chosen at random among those that make
 * sense now: the province issues, revises and suspends or resumes tasks, decides
 * extensions and completions and returns reports; a county signs, reports (often several
 * times), asks for extensions and completion, returns what is not its own; alerts,
 * prompts, reminders and ladder steps go both ways.
 */
final class ScriptRounds {

	/** An event and the node it is addressed to. */
	record Next(String destination, Event event) {
	}

	/** The refusals a script makes sure to contain. */
	enum Forbidden {

		/** A task on a county's alert log: the wrong channel, from the wrong node. */
		TASK_ON_ALERT_LOG,
		/** A task addressed to the city that carries an assignment of a county's unit. */
		MISADDRESSED_TASK,
		/** A ladder step stated again with another reason, a fact that never changes. */
		LADDER_STEP_CHANGED;

		Log log(ScriptWorld world, Random random) {
			return switch (this) {
				case TASK_ON_ALERT_LOG -> random.nextBoolean() ? Log.JIANGCHENG_ALERT : Log.YANGDONG_ALERT;
				case MISADDRESSED_TASK -> Log.PROVINCE_TASK;
				case LADDER_STEP_CHANGED -> Log.PROVINCE_ALERT;
			};
		}

	}

	private final ScriptWorld world;

	private final Random random;

	private final Set<Forbidden> made = EnumSet.noneOf(Forbidden.class);

	ScriptRounds(ScriptWorld world, Random random) {
		this.world = world;
		this.random = random;
	}

	Next next(Log log) {
		return switch (log) {
			case PROVINCE_TASK -> provinceTask();
			case PROVINCE_ALERT -> provinceAlert();
			case JIANGCHENG_REPORT, YANGDONG_REPORT -> countyReport(log.peer);
			case JIANGCHENG_ALERT, YANGDONG_ALERT -> countyAlert(log.peer);
		};
	}

	/** A refusal this log can carry, or null. */
	Forbidden forbiddenOn(Log log) {
		return switch (log) {
			case PROVINCE_TASK -> Forbidden.MISADDRESSED_TASK;
			case PROVINCE_ALERT -> this.world.steps.isEmpty() ? null : Forbidden.LADDER_STEP_CHANGED;
			case JIANGCHENG_ALERT, YANGDONG_ALERT -> Forbidden.TASK_ON_ALERT_LOG;
			default -> null;
		};
	}

	boolean forbiddenLeft(Forbidden forbidden) {
		return !this.made.contains(forbidden);
	}

	Next forbidden(Forbidden forbidden) {
		this.made.add(forbidden);
		return switch (forbidden) {
			case TASK_ON_ALERT_LOG -> new Next(ScriptWorld.CITY,
					ScriptEvents.misaddressedTask(this.world.id(), this.world.id(), ScriptWorld.CITY + ":fgj"));
			case MISADDRESSED_TASK ->
				new Next(ScriptWorld.CITY, ScriptEvents.misaddressedTask(this.world.id(), this.world.id(), "441704"));
			case LADDER_STEP_CHANGED -> {
				if (this.world.steps.isEmpty()) {
					this.world.steps.add(new ScriptWorld.Step(this.world.id(), ScriptWorld.CITY + ":jtj", "整改不力"));
				}
				ScriptWorld.Step step = this.world.any(this.world.steps);
				yield new Next(ScriptWorld.CITY,
						ScriptEvents.ladderStep(step.id, step.unit, step.revision + 1, step.reason + "（改）"));
			}
		};
	}

	private Next provinceTask() {
		List<Task> tasks = this.world.tasks;
		int roll = this.random.nextInt(100);
		if (tasks.isEmpty() || roll < 30) {
			Task task = this.world.issue();
			return new Next(task.destination, ScriptEvents.task(task));
		}
		if (roll < 45) {
			Task task = this.world.any(tasks);
			task.revision++;
			task.deadline = "2026-1" + this.random.nextInt(3) + "-30";
			return new Next(task.destination, ScriptEvents.task(task));
		}
		if (roll < 55) {
			Task task = this.world.any(tasks);
			task.statusRevision++;
			task.status = (task.status == TaskStatus.TASK_STATUS_SUSPENDED) ? TaskStatus.TASK_STATUS_IN_PROGRESS
					: TaskStatus.TASK_STATUS_SUSPENDED;
			return new Next(task.destination, ScriptEvents.task(task));
		}
		List<Assignment> county = countyAssignments();
		List<Assignment> extensions = county.stream().filter((a) -> a.pendingExtension != null).toList();
		if (roll < 70 && !extensions.isEmpty()) {
			Assignment assignment = this.world.any(extensions);
			String request = assignment.pendingExtension;
			assignment.pendingExtension = null;
			return new Next(assignment.task.destination,
					ScriptEvents.extensionDecided(assignment, request, this.random.nextBoolean()));
		}
		List<Assignment> completions = county.stream().filter((a) -> a.completionPending).toList();
		if (roll < 85 && !completions.isEmpty()) {
			Assignment assignment = this.world.any(completions);
			boolean approved = this.random.nextInt(3) == 0;
			assignment.completionPending = false;
			assignment.completed = approved;
			assignment.lifecycleStep++;
			return new Next(assignment.task.destination, ScriptEvents.completionDecided(assignment, approved));
		}
		List<Assignment> reported = county.stream().filter((a) -> a.reports.size() > a.reportsReturned.size()).toList();
		if (!reported.isEmpty()) {
			Assignment assignment = this.world.any(reported);
			String report = assignment.reports.stream()
				.filter((r) -> !assignment.reportsReturned.contains(r))
				.findFirst()
				.orElseThrow();
			assignment.reportsReturned.add(report);
			return new Next(assignment.task.destination, ScriptEvents.reportReturned(assignment, report));
		}
		Task task = this.world.issue();
		return new Next(task.destination, ScriptEvents.task(task));
	}

	/**
	 * The counties' assignments on the province's tasks, which the province decides on.
	 */
	private List<Assignment> countyAssignments() {
		List<Assignment> all = new ArrayList<>();
		ScriptWorld.COUNTIES.forEach((county) -> all.addAll(this.world.assignmentsAt(county)
			.stream()
			.filter((a) -> a.task.issuer.equals(ScriptWorld.PROVINCE))
			.toList()));
		return all;
	}

	private Next countyReport(String county) {
		List<Assignment> open = this.world.assignmentsAt(county).stream().filter(Assignment::open).toList();
		if (open.isEmpty()) {
			return null;
		}
		Assignment assignment = this.world.any(open);
		int roll = this.random.nextInt(100);
		if (!assignment.signed) {
			if (roll < 5) {
				assignment.returned = true;
				assignment.lifecycleStep++;
				return new Next(assignment.task.issuer, ScriptEvents.returned(assignment));
			}
			assignment.signed = true;
			assignment.assigneeRevision++;
			return new Next(assignment.task.issuer, ScriptEvents.signed(assignment));
		}
		if (roll < 15 && assignment.pendingExtension == null) {
			assignment.pendingExtension = this.world.id();
			return new Next(ScriptWorld.PROVINCE,
					ScriptEvents.extensionRequested(assignment, assignment.pendingExtension));
		}
		if (roll < 25 && !assignment.completionPending) {
			assignment.completionPending = true;
			assignment.lifecycleStep++;
			return new Next(assignment.task.issuer, ScriptEvents.completionRequested(assignment));
		}
		String report = this.world.id();
		assignment.reports.add(report);
		assignment.assigneeRevision++;
		return new Next(assignment.task.issuer,
				ScriptEvents.reported(assignment, report, Math.min(95, 10 * assignment.reports.size())));
	}

	private Next provinceAlert() {
		int roll = this.random.nextInt(100);
		if (roll < 30) {
			String alert = this.world.id();
			this.world.alerts.add(new String[] { alert, ScriptWorld.CITY, ScriptWorld.PROVINCE });
			return new Next(ScriptWorld.CITY, ScriptEvents.alert(alert, ScriptWorld.PROVINCE, ScriptWorld.CITY, false));
		}
		if (roll < 45) {
			String county = this.world.any(ScriptWorld.COUNTIES);
			String alert = this.world.id();
			this.world.alerts.add(new String[] { alert, county, ScriptWorld.PROVINCE });
			return new Next(county, ScriptEvents.alert(alert, ScriptWorld.PROVINCE, county, false));
		}
		List<Assignment> all = new ArrayList<>();
		this.world.tasks.forEach((task) -> all.addAll(task.assignments));
		if (roll < 65 && !all.isEmpty()) {
			Assignment assignment = this.world.any(all);
			return new Next(ScriptWorld.nodeOf(assignment.unit), ScriptEvents.reminder(this.world.id(), assignment));
		}
		List<String[]> toProvince = this.world.alerts.stream()
			.filter((a) -> a[1].equals(ScriptWorld.PROVINCE))
			.toList();
		if (roll < 75 && !toProvince.isEmpty()) {
			String[] alert = this.world.any(toProvince);
			return new Next(alert[2], ScriptEvents.acknowledged(alert[0], ScriptWorld.PROVINCE));
		}
		if (roll < 88 || this.world.steps.isEmpty()) {
			ScriptWorld.Step step = new ScriptWorld.Step(this.world.id(),
					this.world.any(ScriptEvents.cityDepartments()), "整改不力 " + (this.world.steps.size() + 1));
			this.world.steps.add(step);
			return new Next(ScriptWorld.CITY, ScriptEvents.ladderStep(step.id, step.unit, step.revision, step.reason));
		}
		ScriptWorld.Step step = this.world.any(this.world.steps);
		step.revision++;
		return new Next(ScriptWorld.CITY, ScriptEvents.ladderStep(step.id, step.unit, step.revision, step.reason));
	}

	private Next countyAlert(String county) {
		int roll = this.random.nextInt(100);
		List<String[]> toCounty = this.world.alerts.stream().filter((a) -> a[1].equals(county)).toList();
		if (roll < 25 && !toCounty.isEmpty()) {
			String[] alert = this.world.any(toCounty);
			return new Next(alert[2], ScriptEvents.acknowledged(alert[0], county));
		}
		String destination = (roll < 70) ? ScriptWorld.CITY : ScriptWorld.PROVINCE;
		String alert = this.world.id();
		this.world.alerts.add(new String[] { alert, destination, county });
		return new Next(destination, ScriptEvents.alert(alert, county, destination, true));
	}

}
