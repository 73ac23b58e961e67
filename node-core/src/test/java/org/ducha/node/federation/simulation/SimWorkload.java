package org.ducha.node.federation.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.ducha.node.alert.AlertDraft;
import org.ducha.node.alert.AlertKind;
import org.ducha.node.alert.Alerting;
import org.ducha.node.contribution.Contributing;
import org.ducha.node.contribution.ContributionContent;
import org.ducha.node.report.ReportContent;
import org.ducha.node.report.Reporting;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.IssueTask;
import org.ducha.node.task.Signing;
import org.ducha.node.task.TaskContent;
import org.ducha.node.task.TaskSource;
import org.ducha.node.task.TaskType;
import org.ducha.node.testing.IssuedTasks;

/**
 * The business traffic of the simulation, through the nodes' real application services:
 * tasks down (skip-level included), signing and reports up, alerts both ways and their
 * signing. Candidates are chosen in a stable order so that a seed replays the same run.
 */
final class SimWorkload {

	private final SimNetwork network;

	private final SimStats stats;

	private int counter;

	SimWorkload(SimNetwork network, SimStats stats) {
		this.network = network;
		this.stats = stats;
	}

	/**
	 * Performs one random business action at a node that is up; false if none was
	 * possible.
	 */
	boolean act(SplittableRandom random) {
		List<SimNode> up = this.network.nodes.stream().filter(SimNode::isUp).toList();
		if (up.isEmpty()) {
			return false;
		}
		SimNode node = up.get(random.nextInt(up.size()));
		int choice = random.nextInt(100);
		boolean done;
		if (choice < 22) {
			done = issue(node, random);
		}
		else if (choice < 42) {
			done = sign(node, random);
		}
		else if (choice < 67) {
			done = report(node, random);
		}
		else if (choice < 85) {
			done = raise(node, random);
		}
		else {
			done = acknowledge(node, random);
		}
		if (done) {
			this.stats.businessEvents++;
		}
		return done;
	}

	private static Actor supervisor(SimNode node) {
		return new Actor("sup-" + node.code(), "督查员" + node.code(), node.code(), node.code() + ":dcs",
				Set.of(Role.SUPERVISOR));
	}

	private boolean issue(SimNode node, SplittableRandom random) {
		List<String> candidates = switch (node.code()) {
			case "440000" -> List.of("441700", "441702", "441704");
			case "441700" -> List.of("441702", "441704", "441700:fgj");
			default -> List.of();
		};
		if (candidates.isEmpty()) {
			return false;
		}
		List<String> chosen = new ArrayList<>();
		for (String unit : candidates) {
			if (random.nextBoolean()) {
				chosen.add(unit);
			}
		}
		if (chosen.isEmpty()) {
			chosen.add(candidates.get(random.nextInt(candidates.size())));
		}
		List<IssueTask.Assignee> assignees = new ArrayList<>();
		for (int i = 0; i < chosen.size(); i++) {
			assignees.add(new IssueTask.Assignee(chosen.get(i), (i == 0) ? AssignmentRole.LEAD : AssignmentRole.CO));
		}
		TaskContent content = new TaskContent("sim-task-" + (++this.counter), "simulated", TaskSource.ANNUAL_KEY_WORK,
				TaskType.ROUTINE, null, LocalDate.of(2027, 1, 31));
		IssuedTasks.issue(node.testNode().context(), new IssueTask(content, assignees), supervisor(node));
		return true;
	}

	private boolean sign(SimNode node, SplittableRandom random) {
		List<String> pending = assignments(node, "'PENDING_SIGN'");
		if (pending.isEmpty()) {
			return false;
		}
		node.bean(Signing.class).sign(pending.get(random.nextInt(pending.size())), supervisor(node));
		return true;
	}

	/**
	 * A report on a lead assignment, or a co-unit's contribution to its lead's report
	 * (which goes up to the issuer and down to the lead's node).
	 */
	private boolean report(SimNode node, SplittableRandom random) {
		List<String> signed = assignments(node, "'SIGNED', 'REPORTING'");
		if (signed.isEmpty()) {
			return false;
		}
		String chosen = signed.get(random.nextInt(signed.size()));
		String text = "progress " + (++this.counter);
		boolean coUnit = "CO".equals(
				node.jdbc().sql("SELECT role FROM assignment WHERE id = ?").param(chosen).query(String.class).single());
		if (coUnit) {
			node.bean(Contributing.class)
				.contribute(chosen, new ContributionContent(text, null, null, null, null, null, null), List.of(),
						supervisor(node));
		}
		else {
			node.bean(Reporting.class)
				.report(chosen, new ReportContent(random.nextInt(101), text, null, null, null, null, null, null),
						supervisor(node));
		}
		return true;
	}

	/** Assignments of the node's government in the given statuses, in a stable order. */
	private static List<String> assignments(SimNode node, String statuses) {
		return node.jdbc()
			.sql("SELECT a.id FROM assignment a JOIN task t ON t.id = a.task_id WHERE a.unit_code = ? AND a.status IN ("
					+ statuses + ") ORDER BY t.title, a.unit_code")
			.param(node.code())
			.query(String.class)
			.list();
	}

	private boolean raise(SimNode node, SplittableRandom random) {
		boolean up = node.parentCode().isPresent() && (node.code().equals("441700") ? random.nextBoolean() : true);
		String title = "sim-alert-" + (++this.counter);
		AlertDraft draft;
		if (up) {
			String to = node.parentCode().get();
			String taskId = null;
			if (random.nextBoolean()) {
				List<String> provinceTasks = node.jdbc()
					.sql("SELECT id FROM task WHERE issuing_node = '440000' ORDER BY title")
					.query(String.class)
					.list();
				if (!provinceTasks.isEmpty()) {
					taskId = provinceTasks.get(random.nextInt(provinceTasks.size()));
					to = "440000";
				}
			}
			draft = new AlertDraft(AlertKind.RISK, to, null, taskId, null, title, "simulated warning");
		}
		else {
			List<String> below = switch (node.code()) {
				case "440000" -> List.of("441700", "441702", "441704");
				case "441700" -> List.of("441702", "441704");
				default -> List.of();
			};
			if (below.isEmpty()) {
				return false;
			}
			draft = new AlertDraft(AlertKind.PROMPT, below.get(random.nextInt(below.size())), null, null, null, title,
					"simulated prompt");
		}
		node.bean(Alerting.class).raise(draft, supervisor(node));
		return true;
	}

	private boolean acknowledge(SimNode node, SplittableRandom random) {
		List<String> open = node.jdbc()
			.sql("SELECT id FROM alert WHERE to_node = ? AND status = 'OPEN' ORDER BY title")
			.param(node.code())
			.query(String.class)
			.list();
		if (open.isEmpty()) {
			return false;
		}
		node.bean(Alerting.class).acknowledge(open.get(random.nextInt(open.size())), "seen", supervisor(node));
		return true;
	}

}
