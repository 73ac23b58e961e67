package org.ducha.node.federation.equivalence;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.ducha.proto.federation.v1.TaskStatus;

/**
 * What a script has stated so far, as its senders know it: the province's tasks and their
 * assignments with each one's lifecycle, the alerts raised and the ladder steps issued;
 * the script picks its next event from it so that every event makes sense where it
 * arrives.
 */
final class ScriptWorld {

	static final String PROVINCE = "440000";

	static final String CITY = "441700";

	static final List<String> COUNTIES = List.of("441702", "441704");

	/** The province's tasks. */
	final List<Task> tasks = new ArrayList<>();

	/** The city's own tasks to its counties, issued at the city before the script. */
	final List<Task> cityTasks = new ArrayList<>();

	/** Alerts raised to a node, by the node that may acknowledge them. */
	final List<String[]> alerts = new ArrayList<>();

	final List<Step> steps = new ArrayList<>();

	private final Random random;

	ScriptWorld(Random random) {
		this.random = random;
	}

	/** A random UUID of version 4 from the seed: never one a node makes (version 7). */
	String id() {
		long high = (this.random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (this.random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}

	static String nodeOf(String unit) {
		int colon = unit.indexOf(':');
		return (colon < 0) ? unit : unit.substring(0, colon);
	}

	/** A new task of the province, for the city's departments or for one county. */
	Task issue() {
		String destination = (this.random.nextInt(2) == 0) ? CITY : COUNTIES.get(this.random.nextInt(COUNTIES.size()));
		String deadline = "2026-0" + (6 + this.random.nextInt(4)) + "-30";
		Task task = new Task(id(), this.tasks.size() + 1, "重点工作 " + (this.tasks.size() + 1), deadline, PROVINCE,
				destination);
		if (destination.equals(CITY)) {
			List<String> units = new ArrayList<>(ScriptEvents.cityDepartments());
			int count = 1 + this.random.nextInt(units.size());
			for (int i = 0; i < count; i++) {
				task.assignments
					.add(new Assignment(id(), task, units.remove(this.random.nextInt(units.size())), i == 0));
			}
		}
		else {
			task.assignments.add(new Assignment(id(), task, destination, true));
		}
		this.tasks.add(task);
		return task;
	}

	/** A task the city issued to its counties, as the city holds it. */
	Task cityTask(String id, String deadline) {
		Task task = new Task(id, this.cityTasks.size() + 1, "市级任务", deadline, CITY, null);
		this.cityTasks.add(task);
		return task;
	}

	/** Assignments of a node's units, on the tasks of the province and of the city. */
	List<Assignment> assignmentsAt(String node) {
		List<Assignment> found = new ArrayList<>();
		for (Task task : this.tasks) {
			if (task.destination.equals(node)) {
				found.addAll(task.assignments);
			}
		}
		for (Task task : this.cityTasks) {
			task.assignments.stream().filter((a) -> nodeOf(a.unit).equals(node)).forEach(found::add);
		}
		return found;
	}

	<T> T any(List<T> list) {
		return list.get(this.random.nextInt(list.size()));
	}

	/** A task as its issuer last stated it. */
	static final class Task {

		final String id;

		final int number;

		final String title;

		final String issuer;

		/**
		 * The node of its assignees; null for the city's tasks, whose go to both
		 * counties.
		 */
		final String destination;

		final List<Assignment> assignments = new ArrayList<>();

		String deadline;

		long revision = 1;

		TaskStatus status = TaskStatus.TASK_STATUS_ISSUED;

		long statusRevision;

		Task(String id, int number, String title, String deadline, String issuer, String destination) {
			this.id = id;
			this.number = number;
			this.title = title;
			this.deadline = deadline;
			this.issuer = issuer;
			this.destination = destination;
		}

	}

	/** An assignment and where its lifecycle stands. */
	static final class Assignment {

		final String id;

		final Task task;

		final String unit;

		final boolean lead;

		boolean signed;

		boolean returned;

		boolean completed;

		long assigneeRevision = 1;

		long lifecycleStep;

		String pendingExtension;

		boolean completionPending;

		final List<String> reports = new ArrayList<>();

		final List<String> reportsReturned = new ArrayList<>();

		Assignment(String id, Task task, String unit, boolean lead) {
			this.id = id;
			this.task = task;
			this.unit = unit;
			this.lead = lead;
		}

		boolean open() {
			return !this.returned && !this.completed;
		}

	}

	/** A ladder step of the province and its revision. */
	static final class Step {

		final String id;

		final String unit;

		final String reason;

		long revision = 1;

		Step(String id, String unit, String reason) {
			this.id = id;
			this.unit = unit;
			this.reason = reason;
		}

	}

}
