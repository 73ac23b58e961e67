package org.ducha.deploy.local;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;

/**
 * The demo data, in the spirit of the seed document, written through the public APIs as
 * the demo users: first five weeks back (the nodes' clocks set back), so that reports
 * fall due; then on the real time, so that some reports come late, an extension is asked
 * for and granted, a county warns the province and a lead unit escalates after two failed
 * coordinations. Lights of every colour show: the meeting decision's report is overdue
 * (RED), the leader instruction's first milestone is due tomorrow (YELLOW), the rest is
 * on track (GREEN).
 */
final class DemoData {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final Duration PATIENCE = Duration.ofMinutes(2);

	private final LocalFederation federation;

	private final Consumer<String> progress;

	private final LocalDate today = LocalDate.now(SHANGHAI);

	/** The nodes' date while the history is written. */
	private final LocalDate then = this.today.minusDays(LocalFederation.DEMO_PAST.toDays());

	private final Map<String, String> ids = new LinkedHashMap<>();

	DemoData(LocalFederation federation, Consumer<String> progress) {
		this.federation = federation;
		this.progress = progress;
	}

	/** The history, written while the nodes' clocks stand five weeks back. */
	void writePast() {
		this.progress.accept("Writing the demo data (" + this.then + ", five weeks back)…");
		// 年度重点工作: quarterly reports by default
		JsonNode keyWork = issue("441700", task("2026年阳江市重点工作：加快海上风电产业集群建设", "ANNUAL_KEY_WORK", "COMPREHENSIVE",
				"市政府工作报告", this.today.plusDays(60), null, false, lead("441700:fgj"), co("441704")));
		act("handler-441700", "441700", "sign", assignment(keyWork, "441700:fgj"), null);
		report("handler-441700", "441700", assignment(keyWork, "441700:fgj"), 45, "青洲三、四期项目完成海上升压站安装", "市发改局党组会议专题传达",
				"建立重大项目周调度机制");
		sign("441704", assignment(keyWork, "441704"));
		this.ids.put("keyWork", keyWork.path("id").asString());
		this.ids.put("keyWork/441704", assignment(keyWork, "441704"));
		this.ids.put("keyWork/fgj", assignment(keyWork, "441700:fgj"));

		// 十件民生实事: published, with milestones
		JsonNode livelihood = issue("441700",
				task("十件民生实事：新增公办幼儿园学位3000个", "LIVELIHOOD_PROJECT", "SPECIAL", "市十六届人大常委会民生实事票决结果",
						this.today.plusDays(120),
						milestones(this.then.plusDays(10), "完成选址与立项", this.today.plusDays(20), "主体工程完工"), true,
						lead("441700:jyj"), co("441721")));
		act("handler-441700-jyj", "441700", "sign", assignment(livelihood, "441700:jyj"), null);
		report("handler-441700-jyj", "441700", assignment(livelihood, "441700:jyj"), 30, "12所幼儿园完成选址立项", "局务会议传达学习",
				"采取新建、改扩建、回收小区配套园三种方式");
		sign("441721", assignment(livelihood, "441721"));
		this.ids.put("livelihood/441721", assignment(livelihood, "441721"));

		// 常务会议决定: due one month after the meeting (the source's default), not reported:
		// RED now
		Map<String, Object> meetingTask = task("市政府常务会议决定：漠阳江流域水环境综合治理", "MEETING_DECISION", "SPECIAL", "市政府第35次常务会议纪要",
				this.today.plusDays(90), null, false, lead("441704"));
		meetingTask.put("meetingDate", this.then.minusDays(3).toString());
		meetingTask.put("goal", "年内漠阳江干流水质稳定达到Ⅲ类");
		JsonNode meeting = issue("441700", meetingTask);
		sign("441704", assignment(meeting, "441704"));

		// 领导批示: first milestone due tomorrow: YELLOW now
		JsonNode instruction = issue("441700",
				task("市长批示：尽快解决程村镇饮水安全问题", "LEADER_INSTRUCTION", "ROUTINE", "市长在《阳江信息》第12期上的批示",
						this.today.plusDays(30),
						milestones(this.today.plusDays(1), "报送整改方案", this.today.plusDays(25), "完成管网改造"), false,
						lead("441721")));
		sign("441721", assignment(instruction, "441721"));

		// a province task handed skip-level to a county, through the city
		JsonNode farmland = issue("440000",
				task("全省耕地保护和粮食安全责任制考核问题整改", "MAJOR_DECISION", "SPECIAL", "省委办公厅、省政府办公厅通知", this.today.plusDays(60),
						milestones(this.then.plusDays(7), "完成问题摸底", this.today.plusDays(40), "完成整改"), false,
						lead("441721")));
		sign("441721", assignment(farmland, "441721"));
		report("supervisor-441721", "441721", assignment(farmland, "441721"), 40, "完成全县耕地“非农化”问题摸底，共83宗", "县委常委会专题传达",
				"实行县镇村三级田长制");
		this.ids.put("farmland", farmland.path("id").asString());
		this.ids.put("farmland/441721", assignment(farmland, "441721"));

		// a province task to the cities; 阳江市 decomposes its assignment (分解) to two
		// counties
		Map<String, Object> sewageTask = runs("440900")
				? task("全省农村生活污水治理攻坚行动", "MAJOR_DECISION", "SPECIAL", "省政府常务会议决定", this.today.plusDays(80), null, false,
						lead("441700"), co("440900"))
				: task("全省农村生活污水治理攻坚行动", "MAJOR_DECISION", "SPECIAL", "省政府常务会议决定", this.today.plusDays(80), null, false,
						lead("441700"));
		JsonNode sewage = issue("440000", sewageTask);
		String yangjiang = assignment(sewage, "441700");
		sign("441700", yangjiang);
		if (runs("440900")) {
			sign("440900", assignment(sewage, "440900"));
			contribute("supervisor-440900", "440900", assignment(sewage, "440900"), "完成治理方案编制");
		}
		JsonNode draft = this.federation.api("441700")
			.post(token("supervisor-441700"), "/api/v1/assignments/" + yangjiang + "/sub-tasks",
					task("阳江市农村生活污水治理攻坚任务分解", "MAJOR_DECISION", "SPECIAL", "省农村生活污水治理攻坚行动方案", this.today.plusDays(70),
							null, false, lead("441704"), co("441721")));
		JsonNode subTask = approve("441700", draft.path("id").asString());
		sign("441704", assignment(subTask, "441704"));
		report("supervisor-441704", "441704", assignment(subTask, "441704"), 20, "完成32个行政村管网设计", "区政府常务会议传达",
				"整合涉农资金统筹使用");
		sign("441721", assignment(subTask, "441721"));
		contribute("supervisor-441721", "441721", assignment(subTask, "441721"), "完成县城周边18个行政村管网设计");
		this.ids.put("sewage/441704", assignment(subTask, "441704"));
		this.ids.put("sewage/task", subTask.path("id").asString());
	}

	/** What happens today: late reports, an extension, warnings, an escalation. */
	void writePresent() {
		this.progress.accept("Writing today's demo data…");
		contribute("supervisor-441721", "441721", this.ids.get("livelihood/441721"), "完成4所幼儿园选址（逾期提供）");
		JsonNode extension = this.federation.api("441704")
			.post(token("supervisor-441704"), "/api/v1/assignments/" + this.ids.get("keyWork/441704") + "/extensions",
					Map.of("requestedDate", this.today.plusDays(90).toString(), "reason", "海域使用论证审批时间较长"));
		awaitVisible("441700", "/api/v1/extensions/" + extension.path("id").asString());
		this.federation.api("441700")
			.post(token("supervisor-441700"), "/api/v1/extensions/" + extension.path("id").asString() + "/approve",
					Map.of("approvedDate", this.today.plusDays(80).toString(), "reason", "同意延期，请加快审批"));
		this.federation.api("441721")
			.post(token("supervisor-441721"), "/api/v1/alerts",
					Map.of("kind", "DIFFICULTY", "toNode", "440000", "title", "耕地恢复资金缺口较大", "message",
							"整改需恢复耕地1200亩，县级财力难以承担，请省级统筹资金支持", "taskId", this.ids.get("farmland"), "assignmentId",
							this.ids.get("farmland/441721")));
		String lead = this.ids.get("sewage/441704");
		for (LocalDate date : List.of(this.today.minusDays(1), this.today)) {
			this.federation.api("441704")
				.post(token("supervisor-441704"), "/api/v1/assignments/" + lead + "/coordinations",
						Map.of("date", date.toString(), "withUnits", List.of("441721"), "matter", "跨县区污水管网衔接与建设经费分担",
								"outcome", "UNRESOLVED", "notes", "双方对经费分担比例意见不一"));
		}
		this.federation.api("441704")
			.post(token("supervisor-441704"), "/api/v1/assignments/" + lead + "/coordination-report",
					Map.of("process", "两次召集阳西县协调跨界管网衔接", "reasons", "经费分担比例分歧较大", "suggestions", "建议市级统筹明确分担比例"));
		this.progress.accept("  demo data written");
	}

	private boolean runs(String code) {
		return this.federation.nodes().stream().anyMatch((node) -> node.code().equals(code));
	}

	private JsonNode issue(String node, Map<String, Object> body) {
		JsonNode draft = this.federation.api(node).post(token("supervisor-" + node), "/api/v1/tasks", body);
		return approve(node, draft.path("id").asString());
	}

	private JsonNode approve(String node, String id) {
		this.federation.api(node).post(token("supervisor-" + node), "/api/v1/tasks/" + id + "/submit", null);
		JsonNode issued = this.federation.api(node)
			.post(token("leader-" + node), "/api/v1/tasks/" + id + "/approve", null);
		this.progress.accept("  " + issued.path("number").asString() + " " + issued.path("title").asString());
		return issued;
	}

	/** Signs a government's assignment as its supervisor, once it has arrived. */
	private void sign(String node, String assignmentId) {
		act("supervisor-" + node, node, "sign", assignmentId, null);
	}

	private void act(String user, String node, String action, String assignmentId, Object body) {
		awaitVisible(node, "/api/v1/assignments/" + assignmentId);
		this.federation.api(node).post(token(user), "/api/v1/assignments/" + assignmentId + "/" + action, body);
	}

	private void report(String user, String node, String assignmentId, int percent, String progress,
			String dissemination, String measures) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("percentComplete", percent);
		body.put("progress", progress);
		if (dissemination != null) {
			body.put("dissemination", dissemination);
		}
		if (measures != null) {
			body.put("measures", measures);
		}
		act(user, node, "reports", assignmentId, body);
	}

	/** A co-unit's contribution to its lead's report (协办材料), passed on by the issuer. */
	private void contribute(String user, String node, String assignmentId, String progress) {
		act(user, node, "contributions", assignmentId, Map.of("progress", progress));
	}

	private void awaitVisible(String node, String path) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		String token = token("supervisor-" + node);
		while (this.federation.api(node).status(token, "GET", path, null) != 200) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(path + " did not reach node " + node + " within " + PATIENCE);
			}
			AppProcess.sleep(300);
		}
	}

	private String token(String username) {
		return this.federation.login().token(username);
	}

	private static String assignment(JsonNode task, String unitCode) {
		for (JsonNode assignment : task.path("assignments")) {
			if (assignment.path("unitCode").asString().equals(unitCode)) {
				return assignment.path("id").asString();
			}
		}
		throw new IllegalStateException("Task " + task.path("id").asString() + " has no assignment to " + unitCode);
	}

	@SafeVarargs
	private static Map<String, Object> task(String title, String source, String type, String basis, LocalDate deadline,
			Map<String, Object> schedule, boolean published, Map<String, Object>... assignees) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("source", source);
		body.put("type", type);
		body.put("basis", basis);
		body.put("deadline", deadline.toString());
		if (schedule != null) {
			body.put("schedule", schedule);
		}
		body.put("published", published);
		body.put("assignees", List.of(assignees));
		return body;
	}

	private static Map<String, Object> lead(String unit) {
		return Map.of("unitCode", unit, "role", "LEAD");
	}

	private static Map<String, Object> co(String unit) {
		return Map.of("unitCode", unit, "role", "CO");
	}

	private static Map<String, Object> milestones(LocalDate first, String firstLabel, LocalDate second,
			String secondLabel) {
		return Map.of("type", "MILESTONES", "milestones", List.of(Map.of("due", first.toString(), "label", firstLabel),
				Map.of("due", second.toString(), "label", secondLabel)));
	}

	private static Map<String, Object> periodAfter(LocalDate event, String period) {
		return Map.of("type", "PERIOD_AFTER", "event", event.toString(), "period", period);
	}

}
