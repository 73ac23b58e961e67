package org.ducha.node.federation;

import java.util.Map;

import org.ducha.node.testing.SupervisorCalls;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.node.federation.HostileWorld.assignmentOf;
import static org.ducha.node.federation.HostileWorld.awaitHeld;
import static org.ducha.node.federation.HostileWorld.co;
import static org.ducha.node.federation.HostileWorld.issue;
import static org.ducha.node.federation.HostileWorld.lead;

/**
 * The real records of lead and co-units, returned reports, people in charge and the
 * ladder that the hostile cases restate or refer to, made through the nodes' REST API and
 * awaited wherever they travel.
 *
 * @param leadTask a city task with 阳东区 leading and 江城区 contributing
 * @param leadAssignment 阳东区's lead assignment on it
 * @param forwardedContribution 江城区's contribution, which the city passed on to 阳东区
 * @param coAssignment 阳东区's co-unit assignment on a city task 江城区 leads
 * @param otherCoTask another such task
 * @param otherCoAssignment 阳东区's co-unit assignment on it
 * @param countyContribution 阳东区's contribution on {@code coAssignment}, held at the city
 * @param leadReport 阳东区's report on its lead assignment, held at the city
 * @param countyPerson a person in charge of unit 441704, known up to the province
 * @param notice the city's supervision notice to 阳东区
 * @param commendation 阳东区's commendation of its department 441704:jyj
 * @param rectification 阳东区's rectification report on the notice
 */
record WorkRecords(String leadTask, String leadAssignment, String forwardedContribution, String coAssignment,
		String otherCoTask, String otherCoAssignment, String countyContribution, String leadReport, String countyPerson,
		String notice, String commendation, String rectification) {

	static WorkRecords made(HostileWorld world) {
		TestNode city = world.city;
		TestNode county = world.county;
		TestNode jiangcheng = world.federation.jiangcheng;
		String leadTask = issue(city, "441700:fgj", "漠阳江流域水环境整治", lead("441704"), co("441702"));
		String coTask = issue(city, "441700:fgj", "城区内涝点整治", lead("441702"), co("441704"));
		String otherCoTask = issue(city, "441700:fgj", "城乡供水一体化", lead("441702"), co("441704"));
		awaitHeld(county, "assignment", "task_id", leadTask, coTask, otherCoTask);
		awaitHeld(jiangcheng, "assignment", "task_id", leadTask);
		String leadAssignment = assignmentOf(city, leadTask, "441704");
		String jiangchengCo = assignmentOf(city, leadTask, "441702");
		String coAssignment = assignmentOf(city, coTask, "441704");

		ok(SupervisorCalls.post(jiangcheng, "/api/v1/assignments/{id}/sign", Map.of(), jiangchengCo));
		String forwarded = id(SupervisorCalls.post(jiangcheng, "/api/v1/assignments/{id}/contributions",
				Map.of("progress", "完成入河排污口排查42个"), jiangchengCo));
		ok(SupervisorCalls.post(county, "/api/v1/assignments/{id}/sign", Map.of(), coAssignment));
		String countyContribution = id(SupervisorCalls.post(county, "/api/v1/assignments/{id}/contributions",
				Map.of("progress", "完成内涝点排查15处"), coAssignment));
		ok(SupervisorCalls.post(county, "/api/v1/assignments/{id}/sign", Map.of(), leadAssignment));
		String leadReport = id(SupervisorCalls.post(county, "/api/v1/assignments/{id}/reports",
				Map.of("percentComplete", 30, "progress", "牵头完成干流排污口整治"), leadAssignment));
		String person = id(SupervisorCalls.post(county, "/api/v1/units/{code}/people",
				Map.of("name", "张三", "title", "区长"), "441704"));
		awaitHeld(county, "contribution", "id", forwarded);
		awaitHeld(city, "contribution", "id", countyContribution);
		awaitHeld(city, "progress_report", "id", leadReport);
		awaitHeld(world.province, "person", "id", person);

		String notice = step(city, "NOTICE", "441704", "城区黑臭水体整治进度滞后");
		String commendation = step(county, "COMMENDATION", "441704:jyj", "校园安全整治成效明显");
		awaitHeld(county, "ladder_step", "id", notice);
		String rectification = id(SupervisorCalls.post(county, "/api/v1/ladder/steps/{id}/rectifications",
				Map.of("content", "已完成3处排污口截污"), notice));
		awaitHeld(world.province, "ladder_step", "id", notice, commendation);
		awaitHeld(world.province, "rectification_report", "id", rectification);
		awaitHeld(county, "contribution", "lead_assignment_id", leadAssignment);
		return new WorkRecords(leadTask, leadAssignment, forwarded, coAssignment, otherCoTask,
				assignmentOf(city, otherCoTask, "441704"), countyContribution, leadReport, person, notice, commendation,
				rectification);
	}

	/** A step a node's supervisor proposes and confirms, and its leader approves. */
	private static String step(TestNode node, String kind, String unit, String reason) {
		String proposal = id(SupervisorCalls.post(node, "/api/v1/ladder/proposals",
				Map.of("kind", kind, "unitCode", unit, "reason", reason)));
		ok(SupervisorCalls.post(node, "/api/v1/ladder/proposals/{id}/confirm", Map.of("reason", "经核实，情况属实"), proposal));
		ResponseEntity<String> approved = node.api(TestKeys.token("leader-" + node.code(), node.code(), null, "leader"))
			.post()
			.uri("/api/v1/ladder/proposals/{id}/approve", proposal)
			.body(Map.of())
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.toEntity(String.class);
		return id(approved);
	}

	private static void ok(ResponseEntity<String> response) {
		assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
	}

	private static String id(ResponseEntity<String> response) {
		ok(response);
		return (String) new tools.jackson.databind.json.JsonMapper().readValue(response.getBody(), Map.class).get("id");
	}

}
