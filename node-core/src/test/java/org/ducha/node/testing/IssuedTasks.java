package org.ducha.node.testing;

import java.util.Map;
import java.util.Set;

import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.task.IssueTask;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskIssuing;
import org.ducha.node.task.TaskRegistration;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

/**
 * Issues a task the way the lifecycle asks (docs/business-rules.md §5): register the
 * draft, submit it, and a leader of the same node approves it. For tests that need an
 * issued task.
 */
public final class IssuedTasks {

	private IssuedTasks() {
	}

	/** A leader of a node, as the approver of its tasks. */
	public static Actor leaderOf(String nodeCode) {
		return new Actor("leader-" + nodeCode, "领导" + nodeCode, nodeCode, nodeCode, Set.of(Role.LEADER));
	}

	/**
	 * Registers, submits and approves a task through a node's services.
	 * @param node the node's beans
	 * @param registeredBy a supervisor (or leader) of the node
	 * @return the issued task
	 */
	public static Task issue(BeanFactory node, IssueTask request, Actor registeredBy) {
		TaskRegistration registration = node.getBean(TaskRegistration.class);
		Task draft = registration.register(request, registeredBy);
		registration.submit(draft.getId(), registeredBy);
		return node.getBean(TaskIssuing.class).approve(draft.getId(), leaderOf(registeredBy.orgCode()));
	}

	/**
	 * Registers, submits and approves a task over a node's REST API.
	 * @param supervisor a client of a supervisor of the node
	 * @param leader a client of a leader of the node
	 * @param body the body of {@code POST /api/v1/tasks}
	 * @return the issued task as the approval answered it
	 */
	public static Map<String, Object> issue(RestClient supervisor, RestClient leader, Object body) {
		Map<String, Object> draft = supervisor.post()
			.uri("/api/v1/tasks")
			.body(body)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		supervisor.post().uri("/api/v1/tasks/{id}/submit", draft.get("id")).retrieve().toBodilessEntity();
		return leader.post()
			.uri("/api/v1/tasks/{id}/approve", draft.get("id"))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
	}

	/**
	 * Registers, submits and approves a task over a test node's REST API, as its demo
	 * supervisor and leader.
	 */
	public static Map<String, Object> issue(TestNode node, Object body) {
		return issue(node.api(TestKeys.token("supervisor-" + node.code(), node.code(), null, "supervisor")),
				node.api(TestKeys.token("leader-" + node.code(), node.code(), null, "leader")), body);
	}

}
