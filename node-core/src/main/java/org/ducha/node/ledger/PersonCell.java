package org.ducha.node.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.IssueTask;
import org.ducha.node.task.ResponsiblePerson;
import org.ducha.node.unit.Unit;

/**
 * The responsible person (责任人) of a task list's row, as people write it in one cell:
 * {@code 张三 副局长 0662-3360000} (name, then post and phone, separated by spaces, commas or
 * slashes; post and phone optional). It names the lead unit's person, which the issuer
 * may do only for a department of its own node.
 */
final class PersonCell {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、/／;；]+");

	private static final Pattern PHONE = Pattern.compile("[0-9+()（）\\-]{5,}");

	private PersonCell() {
	}

	/**
	 * The assignees with the cell's person named for the lead unit.
	 * @param problem takes each problem found
	 */
	static List<IssueTask.Assignee> withLeadResponsible(List<IssueTask.Assignee> assignees, String cell,
			String selfCode, Consumer<String> problem) {
		if (cell == null) {
			return assignees;
		}
		String[] parts = SEPARATORS.split(cell.strip());
		String name = parts[0];
		String post = null;
		String phone = null;
		for (int i = 1; i < parts.length; i++) {
			if (PHONE.matcher(parts[i]).matches() && phone == null) {
				phone = parts[i];
			}
			else if (post == null) {
				post = parts[i];
			}
		}
		if (name.length() > 64 || (post != null && post.length() > 64) || (phone != null && phone.length() > 32)) {
			problem.accept("“" + cell + "”过长：姓名、职务至多64字，电话至多32字");
			return assignees;
		}
		List<IssueTask.Assignee> named = new ArrayList<>();
		for (IssueTask.Assignee assignee : assignees) {
			if (assignee.role() != AssignmentRole.LEAD) {
				named.add(assignee);
				continue;
			}
			if (assignee.unitCode().indexOf(':') < 0 || !Unit.nodeOf(assignee.unitCode()).equals(selfCode)) {
				problem.accept("牵头单位" + assignee.unitCode() + "不是本级部门，责任人由其签收时自行明确");
				return assignees;
			}
			named.add(new IssueTask.Assignee(assignee.unitCode(), assignee.role(),
					new ResponsiblePerson(name, post, phone, assignee.unitCode())));
		}
		return named;
	}

}
