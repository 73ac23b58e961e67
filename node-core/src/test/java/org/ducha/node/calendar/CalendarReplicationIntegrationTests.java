package org.ducha.node.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.testing.PipedLink;
import org.ducha.node.testing.TestNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice set at the province reaches the nodes below it on the reference channel; a
 * node that never followed the channel gets every changed notice by snapshot; an older
 * version changes nothing.
 */
class CalendarReplicationIntegrationTests {

	private static TestNode province;

	private static TestNode city;

	@BeforeAll
	static void start() {
		province = TestNode.node("440000", NodeLevel.PROVINCE).children("441700").withoutTransport().start();
		city = TestNode.node("441700", NodeLevel.CITY)
			.parent("440000", "127.0.0.1:1")
			.children("441704")
			.withoutTransport()
			.start();
	}

	@AfterAll
	static void stop() {
		city.close();
		province.close();
	}

	private static Notice set(List<NoticeDay> days, String reason) {
		return province.bean(CalendarAdministration.class)
			.setNotice(2027, days, reason, new Actor("admin", "系统管理员", "440000", "440000", Set.of(Role.SYSADMIN)));
	}

	private static NoticeDay holiday(String date, String name) {
		return new NoticeDay(LocalDate.parse(date), name, true);
	}

	@Test
	void aNoticeReachesANodeThatConnectsLaterAndAChangeFollowsOnTheLog() {
		Notice first = set(List.of(holiday("2027-10-01", "国庆节"), holiday("2027-10-04", "国庆节")), "2027年部分节假日安排的通知");
		assertThat(first.version()).isEqualTo(1);
		assertThat(province.bean(WorkingCalendar.class).day(LocalDate.of(2027, 10, 4)).workingDay()).isFalse();
		assertThat(city.bean(WorkingCalendar.class).day(LocalDate.of(2027, 10, 4)).workingDay()).isTrue();

		PipedLink link = PipedLink.connect(province, city);
		link.drain();
		CalendarDay atCity = city.bean(WorkingCalendar.class).day(LocalDate.of(2027, 10, 4));
		assertThat(atCity).isEqualTo(new CalendarDay(LocalDate.of(2027, 10, 4), false, "国庆节", true));
		assertThat(audited(city, "CALENDAR_NOTICE_RECEIVED")).singleElement().asString().contains("version 1");

		Notice second = set(
				List.of(holiday("2027-10-01", "国庆节"), new NoticeDay(LocalDate.parse("2027-10-09"), "国庆节", false)),
				"调整：10月4日恢复上班，10月9日调休上班");
		link.drain();
		assertThat(second.version()).isEqualTo(2);
		assertThat(city.bean(WorkingCalendar.class).day(LocalDate.of(2027, 10, 4)).workingDay()).isTrue();
		assertThat(city.bean(WorkingCalendar.class).day(LocalDate.of(2027, 10, 9)).workingDay()).isTrue();
		assertThat(audited(province, "CALENDAR_NOTICE_SET")).hasSize(2);

		city.bean(org.springframework.transaction.support.TransactionTemplate.class)
			.executeWithoutResult((status) -> city.bean(CalendarReplication.class).apply(first));
		assertThat(city.bean(WorkingCalendar.class).day(LocalDate.of(2027, 10, 4)).workingDay())
			.as("version 1 arriving again after version 2 changes nothing")
			.isTrue();
	}

	private static List<String> audited(TestNode node, String action) {
		return node.bean(AuditTrail.class)
			.latest(100)
			.stream()
			.filter((record) -> record.action().equals(action))
			.map(AuditRecord::detail)
			.toList();
	}

}
