package org.ducha.node.task;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The units a draft will be handed to, with the responsible persons the issuer named, as
 * stored with it (JSON).
 */
final class PlannedAssignees {

	private static final JsonMapper json = JsonMapper.builder().build();

	private PlannedAssignees() {
	}

	static String toJson(List<IssueTask.Assignee> assignees) {
		ArrayNode list = json.createArrayNode();
		for (IssueTask.Assignee assignee : assignees) {
			ObjectNode item = list.addObject().put("unitCode", assignee.unitCode()).put("role", assignee.role().name());
			ResponsiblePerson person = assignee.responsible();
			if (person != null) {
				item.putObject("responsible")
					.put("name", person.name())
					.put("post", person.post())
					.put("phone", person.phone())
					.put("unitCode", person.unitCode());
			}
		}
		return json.writeValueAsString(list);
	}

	static List<IssueTask.Assignee> fromJson(String text) {
		List<IssueTask.Assignee> assignees = new ArrayList<>();
		if (text == null) {
			return assignees;
		}
		for (JsonNode node : json.readTree(text)) {
			JsonNode person = node.get("responsible");
			assignees.add(new IssueTask.Assignee(node.get("unitCode").asString(),
					AssignmentRole.valueOf(node.get("role").asString()),
					(person != null && !person.isNull()) ? new ResponsiblePerson(text(person, "name"),
							text(person, "post"), text(person, "phone"), text(person, "unitCode")) : null));
		}
		return List.copyOf(assignees);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

}
