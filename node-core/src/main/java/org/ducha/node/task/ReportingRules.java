package org.ducha.node.task;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A reporting rule as it is stored with its task (JSON).
 */
public final class ReportingRules {

	private static final JsonMapper json = JsonMapper.builder().build();

	private ReportingRules() {
	}

	public static String toJson(ReportingRule rule) {
		ObjectNode node = json.createObjectNode();
		if (rule instanceof ReportingRule.Quarterly quarterly) {
			node.put("type", "QUARTERLY").put("year", quarterly.year()).put("workingDays", quarterly.workingDays());
		}
		else if (rule instanceof ReportingRule.Monthly monthly) {
			node.put("type", "MONTHLY")
				.put("from", monthly.from().toString())
				.put("to", monthly.to().toString())
				.put("nthWorkingDay", monthly.nthWorkingDay());
		}
		else if (rule instanceof ReportingRule.PeriodAfter after) {
			node.put("type", "PERIOD_AFTER")
				.put("event", after.event().toString())
				.put("period", after.period().toString());
		}
		else {
			node.put("type", "MILESTONES");
			ArrayNode list = node.putArray("milestones");
			((ReportingRule.Milestones) rule).milestones()
				.forEach((m) -> list.addObject().put("due", m.due().toString()).put("label", m.label()));
		}
		return json.writeValueAsString(node);
	}

	public static ReportingRule fromJson(String text) {
		JsonNode node = json.readTree(text);
		return switch (node.get("type").asString()) {
			case "QUARTERLY" -> new ReportingRule.Quarterly(node.get("year").asInt(), node.get("workingDays").asInt());
			case "MONTHLY" -> new ReportingRule.Monthly(YearMonth.parse(node.get("from").asString()),
					YearMonth.parse(node.get("to").asString()), node.get("nthWorkingDay").asInt());
			case "PERIOD_AFTER" -> new ReportingRule.PeriodAfter(LocalDate.parse(node.get("event").asString()),
					Period.parse(node.get("period").asString()));
			case "MILESTONES" -> {
				List<ReportingRule.Milestone> milestones = new ArrayList<>();
				for (JsonNode milestone : node.get("milestones")) {
					milestones.add(new ReportingRule.Milestone(LocalDate.parse(milestone.get("due").asString()),
							milestone.get("label").asString()));
				}
				yield new ReportingRule.Milestones(milestones);
			}
			default -> throw new IllegalArgumentException("Unknown reporting rule " + node.get("type"));
		};
	}

}
