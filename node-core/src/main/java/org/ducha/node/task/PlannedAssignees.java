package org.ducha.node.task;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The units a draft will be handed to, as stored with it (JSON).
 */
final class PlannedAssignees {

	private static final JsonMapper json = JsonMapper.builder().build();

	private PlannedAssignees() {
	}

	static String toJson(List<IssueTask.Assignee> assignees) {
		ArrayNode list = json.createArrayNode();
		assignees.forEach((a) -> list.addObject().put("unitCode", a.unitCode()).put("role", a.role().name()));
		return json.writeValueAsString(list);
	}

	static List<IssueTask.Assignee> fromJson(String text) {
		List<IssueTask.Assignee> assignees = new ArrayList<>();
		if (text == null) {
			return assignees;
		}
		for (JsonNode node : json.readTree(text)) {
			assignees.add(new IssueTask.Assignee(node.get("unitCode").asString(),
					AssignmentRole.valueOf(node.get("role").asString())));
		}
		return List.copyOf(assignees);
	}

}
