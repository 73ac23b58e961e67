package org.ducha.deploy.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.core.Response;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.UserRepresentation;

import org.ducha.deploy.keycloak.DuchaKeycloak;
import org.ducha.node.NodeIdentity;
import org.ducha.node.alert.Alert;
import org.ducha.node.alert.AlertDraft;
import org.ducha.node.alert.AlertKind;
import org.ducha.node.alert.Alerting;
import org.ducha.node.attachment.Attachment;
import org.ducha.node.attachment.Attachments;
import org.ducha.node.coordination.CoordinationOutcome;
import org.ducha.node.coordination.Coordinations;
import org.ducha.node.coordination.NewCoordination;
import org.ducha.node.observer.InviteObserver;
import org.ducha.node.observer.Invitations;
import org.ducha.node.observer.TargetKind;
import org.ducha.node.report.AttachmentChoice;
import org.ducha.node.report.ReportContent;
import org.ducha.node.report.Reporting;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.AssignmentWorkflow;
import org.ducha.node.task.Extensions;
import org.ducha.node.task.IssueTask;
import org.ducha.node.task.Signing;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskContent;
import org.ducha.node.task.TaskControl;
import org.ducha.node.task.TaskRegistration;
import org.ducha.node.task.TaskSource;
import org.ducha.node.task.TaskType;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestNode;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Fresh objects at a node for one authorization call: a task of the node to one of its
 * departments (a draft, awaiting approval, issued or suspended), a prompt to that
 * department with its inbox item, an attachment of a report of the department, a user in
 * Keycloak, a task list to import.
 */
final class Fixtures {

	private final TestNode node;

	private final String department;

	private final DuchaKeycloak keycloak;

	Fixtures(TestNode node, String department, DuchaKeycloak keycloak) {
		this.node = node;
		this.department = department;
		this.keycloak = keycloak;
	}

	/** A task and its one assignment. */
	record Assigned(String taskId, String assignmentId) {
	}

	private Actor supervisor() {
		return new Actor("fixture-supervisor", "督查员", this.node.code(), this.node.code(), Set.of(Role.SUPERVISOR));
	}

	private Actor handler() {
		return new Actor("fixture-handler", "承办人", this.node.code(), this.department, Set.of(Role.HANDLER));
	}

	Assigned task() {
		Task task = IssuedTasks.issue(this.node.context(), taskRequest("授权矩阵任务"), supervisor());
		String assignment = this.node.bean(JdbcClient.class)
			.sql("SELECT id FROM assignment WHERE task_id = ?")
			.param(task.getId())
			.query(String.class)
			.single();
		return new Assigned(task.getId(), assignment);
	}

	/**
	 * A fresh invitation of the node's demo observer to a fresh task, for a month from
	 * today.
	 */
	String invitation() {
		return invitation(task().taskId());
	}

	/**
	 * A fresh invitation of the node's demo observer to a task, for a month from today.
	 */
	String invitation(String taskId) {
		LocalDate today = LocalDate.now(NodeIdentity.ZONE);
		return this.node.bean(Invitations.class)
			.invite(new InviteObserver("observer-" + this.node.code(), TargetKind.TASK, taskId, today,
					today.plusDays(30)), supervisor())
			.id();
	}

	/**
	 * Makes an invitation one whose last day was yesterday (the node's clock is the
	 * system's: the period is moved instead of the clock).
	 */
	void endedYesterday(String invitationId) {
		LocalDate yesterday = LocalDate.now(NodeIdentity.ZONE).minusDays(1);
		this.node.bean(JdbcClient.class)
			.sql("UPDATE observer_invitation SET valid_from = ?, valid_until = ? WHERE id = ?")
			.params(yesterday.minusDays(10), yesterday, invitationId)
			.update();
	}

	/** A fresh draft of the node to the department. */
	String draft() {
		return this.node.bean(TaskRegistration.class).register(taskRequest("授权矩阵草稿"), supervisor()).getId();
	}

	/** A fresh task of the node awaiting approval. */
	String pendingTask() {
		String draft = draft();
		this.node.bean(TaskRegistration.class).submit(draft, supervisor());
		return draft;
	}

	/**
	 * A fresh issued task of the node, suspended by a leader (whose request stands at
	 * once).
	 */
	String suspendedTask() {
		String task = task().taskId();
		this.node.bean(TaskControl.class).suspend(task, "授权矩阵中止", IssuedTasks.leaderOf(this.node.code()));
		return task;
	}

	/** A fresh issued task of the node whose suspension a supervisor asked for. */
	String suspensionAsked() {
		String task = task().taskId();
		this.node.bean(TaskControl.class).suspend(task, "授权矩阵申请中止", supervisor());
		return task;
	}

	private IssueTask taskRequest(String title) {
		return new IssueTask(
				new TaskContent(title, "内容", TaskSource.LEADER_INSTRUCTION, TaskType.ROUTINE, null,
						LocalDate.now().plusDays(30)),
				List.of(new IssueTask.Assignee(this.department, AssignmentRole.LEAD)));
	}

	Assigned signedTask() {
		Assigned assigned = task();
		this.node.bean(Signing.class).sign(assigned.assignmentId(), handler());
		return assigned;
	}

	/**
	 * A signed co-unit's assignment of the department on a fresh task of the node led by
	 * another unit of it.
	 */
	Assigned signedCoAssignment(String leadUnit) {
		Task task = IssuedTasks.issue(this.node.context(),
				new IssueTask(
						new TaskContent("授权矩阵协办任务", "内容", TaskSource.LEADER_INSTRUCTION, TaskType.ROUTINE, null,
								LocalDate.now().plusDays(30)),
						List.of(new IssueTask.Assignee(leadUnit, AssignmentRole.LEAD),
								new IssueTask.Assignee(this.department, AssignmentRole.CO))),
				supervisor());
		String assignment = this.node.bean(JdbcClient.class)
			.sql("SELECT id FROM assignment WHERE task_id = ? AND unit_code = ?")
			.params(task.getId(), this.department)
			.query(String.class)
			.single();
		this.node.bean(Signing.class).sign(assignment, handler());
		return new Assigned(task.getId(), assignment);
	}

	/**
	 * A fresh report of the department on its signed assignment: the issuer may return
	 * it.
	 */
	String report() {
		Assigned assigned = signedTask();
		return this.node.bean(Reporting.class)
			.report(assigned.assignmentId(), new ReportContent(20, "已部署", null, null, null, null, null, null),
					handler())
			.getId();
	}

	/** A task whose assignment the department returned to the issuer. */
	Assigned returnedTask() {
		Assigned assigned = task();
		this.node.bean(AssignmentWorkflow.class).returnToIssuer(assigned.assignmentId(), "不属于本单位职责", handler());
		return assigned;
	}

	/** A signed assignment whose completion the department asked for. */
	Assigned completionRequested() {
		Assigned assigned = signedTask();
		this.node.bean(AssignmentWorkflow.class).requestCompletion(assigned.assignmentId(), "已全部完成", handler());
		return assigned;
	}

	/**
	 * A signed LEAD assignment of the department with two unresolved coordination
	 * attempts: it owes a written coordination report.
	 */
	Assigned coordinationReportOwed() {
		Assigned assigned = signedTask();
		Coordinations coordinations = this.node.bean(Coordinations.class);
		for (int attempt = 0; attempt < 2; attempt++) {
			coordinations.record(assigned.assignmentId(),
					new NewCoordination(yesterday(), List.of("441702"), "经费分担", CoordinationOutcome.UNRESOLVED, null),
					handler());
		}
		return assigned;
	}

	/** Yesterday in Asia/Shanghai: a coordination's date may not lie in the future. */
	static LocalDate yesterday() {
		return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1);
	}

	/** A pending extension request of the department. */
	String extensionRequest() {
		Assigned assigned = signedTask();
		return this.node.bean(Extensions.class)
			.request(assigned.assignmentId(), LocalDate.now().plusDays(60), "汛期影响施工", handler())
			.getId();
	}

	/**
	 * An attachment the department's handler uploaded and referenced in a report on a
	 * fresh task of the department; its SHA-256.
	 */
	String attachment() {
		Assigned assigned = signedTask();
		byte[] content = ("授权矩阵附件 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
		Attachment attachment = this.node.bean(Attachments.class)
			.upload(new ByteArrayInputStream(content), "矩阵.pdf", "application/pdf", handler());
		this.node.bean(Reporting.class)
			.report(assigned.assignmentId(), new ReportContent(10, "已部署", null, null, null, null, null, null),
					List.of(new AttachmentChoice(attachment.sha256().hex(), null)), handler());
		return attachment.sha256().hex();
	}

	String alert() {
		Alert alert = this.node.bean(Alerting.class)
			.raise(new AlertDraft(AlertKind.PROMPT, this.node.code(), this.department, null, null, "授权矩阵提示", "请关注"),
					supervisor());
		return alert.getId();
	}

	/** The inbox item of a fresh prompt to the department. */
	String inboxItem() {
		String alert = alert();
		return this.node.bean(JdbcClient.class)
			.sql("SELECT id FROM inbox_item WHERE source_id = ? ORDER BY audience LIMIT 1")
			.param(alert)
			.query(String.class)
			.single();
	}

	/**
	 * The multipart body of a ledger import: a task list of one row for the department.
	 */
	MultiValueMap<String, Object> taskListUpload() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Row header = workbook.createSheet("督办事项").createRow(0);
			Row row = workbook.getSheetAt(0).createRow(1);
			String[][] cells = { { "事项名称", "授权矩阵导入" }, { "牵头单位", this.department },
					{ "完成时限", LocalDate.now().plusDays(30).toString() } };
			for (int c = 0; c < cells.length; c++) {
				header.createCell(c).setCellValue(cells[c][0]);
				row.createCell(c).setCellValue(cells[c][1]);
			}
			workbook.write(out);
			MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
			parts.add("file", new ByteArrayResource(out.toByteArray()) {
				@Override
				public String getFilename() {
					return "tasks.xlsx";
				}
			});
			return parts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A fresh Keycloak user in a group (by path). */
	String user(String groupPath) {
		UserRepresentation user = new UserRepresentation();
		user.setUsername("matrix-" + UUID.randomUUID().toString().substring(0, 8));
		user.setEnabled(true);
		user.setFirstName("矩阵");
		user.setGroups(List.of(groupPath));
		try (Response response = this.keycloak.realm().users().create(user)) {
			return CreatedResponseUtil.getCreatedId(response);
		}
	}

	String userId(String username) {
		return this.keycloak.realm().users().searchByUsername(username, true).get(0).getId();
	}

}
