package org.ducha.node.reminder;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.ducha.node.NodeLevel;
import org.ducha.node.notify.Audience;
import org.ducha.node.notify.Notification;
import org.ducha.node.notify.Notifications;
import org.ducha.node.notify.Notifier;
import org.ducha.node.notify.OutgoingMessage;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.IssueTask;
import org.ducha.node.task.ReportingRule;
import org.ducha.node.task.Signing;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskContent;
import org.ducha.node.task.TaskSource;
import org.ducha.node.task.TaskType;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestClock;
import org.ducha.node.testing.TestNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders leave the node by e-mail through a real SMTP server (GreenMail on a free
 * loopback port): an overdue assignment mails its handlers and their unit head once, and
 * again after five working days; nothing goes out in quiet hours until they end; a failed
 * send is retried with backoff and every attempt recorded.
 */
class ReminderMailIntegrationTests {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(
			new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
		.withPerMethodLifecycle(false);

	private static final TestClock clock = TestClock.at("2024-03-04T10:00:00");

	private static final FlakyNotifier sms = new FlakyNotifier();

	private static final Actor SUPERVISOR = new Actor("sup", "督查员", "440000", "440000:dcs", Set.of(Role.SUPERVISOR));

	private static TestNode province;

	@BeforeAll
	static void start() {
		province = TestNode.node("440000", NodeLevel.PROVINCE)
			.withoutTransport()
			.departments(Map.of("fgw", "广东省发展和改革委员会", "zfb", "广东省人民政府办公厅"))
			.bean("clock", clock)
			.bean("smsNotifier", sms)
			.property("spring.mail.host", "127.0.0.1")
			.property("spring.mail.port", mail.getSmtp().getPort())
			.property("ducha.notify.contacts[440000:fgw].handlers", "fgw-handler@gd.gov.cn,fgw-clerk@gd.gov.cn")
			.property("ducha.notify.contacts[440000:fgw].unit-head", "fgw-head@gd.gov.cn")
			.start();
	}

	@AfterAll
	static void stop() {
		province.close();
	}

	@BeforeEach
	void reset() throws Exception {
		province.resetState();
		clock.reset();
		mail.purgeEmailFromAllMailboxes();
		sms.failuresLeft = 0;
		sms.sent.clear();
	}

	private static String issueTo(String unit, String milestone) {
		Task task = IssuedTasks.issue(province.context(),
				new IssueTask(
						new TaskContent("全省营商环境优化", null, TaskSource.IMPORTANT_DOCUMENT, TaskType.SPECIAL, null,
								LocalDate.parse("2024-06-28"),
								new ReportingRule.Milestones(
										List.of(new ReportingRule.Milestone(LocalDate.parse(milestone), "第一阶段")))),
						List.of(new IssueTask.Assignee(unit, AssignmentRole.LEAD))),
				SUPERVISOR);
		String assignment = province.bean(JdbcClient.class)
			.sql("SELECT id FROM assignment WHERE task_id = ?")
			.param(task.getId())
			.query(String.class)
			.single();
		// signed at once: the mails here are about reports, not about an assignment left
		// unsigned past its signing limit
		province.bean(Signing.class)
			.sign(assignment, new Actor("handler-" + unit, "承办人", "440000", unit, Set.of(Role.HANDLER)));
		return assignment;
	}

	/** Subject → recipients of every mail received, one entry per distinct mail. */
	private static Map<String, Set<String>> mails() throws MessagingException {
		Map<String, Set<String>> mails = new TreeMap<>();
		for (MimeMessage message : mail.getReceivedMessages()) {
			Set<String> to = mails.computeIfAbsent(message.getSubject(), (subject) -> new TreeSet<>());
			for (Address address : message.getRecipients(Message.RecipientType.TO)) {
				to.add(address.toString());
			}
		}
		return mails;
	}

	private static int remind() {
		return province.bean(AutomaticReminders.class).remindDue();
	}

	private static int send() {
		return province.bean(Notifications.class).sendDue();
	}

	@Test
	void anOverdueAssignmentMailsItsHandlersAndTheirUnitHeadOnceAndAgainAfterFiveWorkingDays() throws Exception {
		issueTo("440000:fgw", "2024-03-15");
		clock.set("2024-03-18T10:00:00");
		assertThat(remind()).isEqualTo(1);
		assertThat(send()).as("one mail to the handlers, one to the unit head").isEqualTo(2);
		assertThat(mails()).containsOnly(Map.entry("【逾期升级】《全省营商环境优化》第一阶段报告已逾期", Set.of("fgw-head@gd.gov.cn")),
				Map.entry("【逾期催办】《全省营商环境优化》第一阶段报告已逾期", Set.of("fgw-clerk@gd.gov.cn", "fgw-handler@gd.gov.cn")));
		String body = (String) mail.getReceivedMessages()[0].getContent();
		assertThat(body).contains("应于2024-03-15前报送");

		clock.set("2024-03-21T10:00:00");
		assertThat(remind()).as("the job runs again: nothing new").isZero();
		assertThat(send()).isZero();
		assertThat(mail.getReceivedMessages()).hasSize(3);

		clock.set("2024-03-22T10:00:00");
		assertThat(remind()).as("five working days after the due date").isEqualTo(1);
		assertThat(send()).isEqualTo(2);
		assertThat(mail.getReceivedMessages()).hasSize(6);
	}

	@Test
	void aReminderInQuietHoursIsSentWhenTheyEnd() throws Exception {
		String assignment = issueTo("440000:fgw", "2024-06-14");
		clock.set("2024-03-18T23:00:00");
		province.bean(Urging.class).urge(assignment, new Urge(null, "请于明日上午报送阶段进展。", false), SUPERVISOR);
		assertThat(send()).isZero();
		clock.set("2024-03-19T06:59:00");
		assertThat(send()).isZero();
		assertThat(mail.getReceivedMessages()).isEmpty();

		clock.set("2024-03-19T07:00:00");
		assertThat(send()).isEqualTo(1);
		assertThat(mails()).containsOnlyKeys("【催办】《全省营商环境优化》");
		Notification sent = province.bean(Notifications.class).latest(1).get(0);
		assertThat(sent.status()).isEqualTo(Notification.Status.SENT);
		assertThat(sent.sentAt()).isEqualTo(clock.instant());

		clock.set("2024-03-19T10:00:00");
		province.bean(Urging.class).urge(assignment, new Urge("再次催办", "请今日报送。", false), SUPERVISOR);
		assertThat(send()).as("in the day it goes out at once").isEqualTo(1);
		assertThat(mails()).containsKey("再次催办");
	}

	@Test
	void aFailedSendIsRetriedWithBackoffAndEveryAttemptIsRecorded() {
		String assignment = issueTo("440000:zfb", "2024-06-14");
		sms.failuresLeft = 2;
		clock.set("2024-03-18T10:00:00");
		province.bean(Urging.class).urge(assignment, new Urge(null, "请尽快报送。", false), SUPERVISOR);
		assertThat(send()).isZero();
		Notification failed = province.bean(Notifications.class).latest(1).get(0);
		assertThat(failed.channel()).isEqualTo("sms");
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.status()).isEqualTo(Notification.Status.PENDING);
		assertThat(failed.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
		assertThat(failed.lastError()).contains("gateway down");
		assertThat(send()).as("not before its backoff").isZero();

		clock.advance(Duration.ofMinutes(1));
		assertThat(send()).isZero();
		clock.advance(Duration.ofMinutes(2));
		assertThat(send()).isEqualTo(1);
		assertThat(sms.sent).singleElement().satisfies((message) -> assertThat(message.subject()).contains("催办"));
		assertThat(province.bean(JdbcClient.class)
			.sql("SELECT succeeded FROM notification_attempt WHERE notification_id = ? ORDER BY attempt")
			.param(failed.id())
			.query(Boolean.class)
			.list()).containsExactly(false, false, true);
		assertThat(mail.getReceivedMessages()).as("no e-mail address is known for this unit").isEmpty();
	}

	/** A second channel that fails on demand and knows one unit's number. */
	static final class FlakyNotifier implements Notifier {

		volatile int failuresLeft;

		final List<OutgoingMessage> sent = new ArrayList<>();

		@Override
		public String channel() {
			return "sms";
		}

		@Override
		public boolean enabled() {
			return true;
		}

		@Override
		public List<String> addressesOf(String unitCode, Audience audience) {
			return unitCode.equals("440000:zfb") ? Arrays.asList("13800000000") : List.of();
		}

		@Override
		public synchronized void send(OutgoingMessage message) {
			if (this.failuresLeft > 0) {
				this.failuresLeft--;
				throw new IllegalStateException("gateway down");
			}
			this.sent.add(message);
		}

	}

}
