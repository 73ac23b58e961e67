package org.ducha.node.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.database.ShortTransactions;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hourly job computes every open assignment's light again a page at a time, each page
 * its own transaction.
 */
class LightsRefreshIntegrationTests {

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY).children("441704").withoutTransport().start();
		for (int i = 0; i < 5; i++) {
			IssuedTasks.issue(city,
					Map.of("title", "亮灯" + i, "source", "MAJOR_DECISION", "type", "SPECIAL", "deadline",
							LocalDate.now().plusMonths(3).toString(), "schedule",
							Map.of("type", "MILESTONES", "milestones",
									List.of(Map.of("due", LocalDate.now().plusDays(7).toString(), "label", "节点一"))),
							"assignees", List.of(Map.of("unitCode", "441704", "role", "LEAD"))));
		}
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	@Test
	void computesEveryOpenLightInSeveralTransactions() {
		JdbcClient jdbc = city.bean(JdbcClient.class);
		jdbc.sql("UPDATE assignment SET light = NULL, light_reason = NULL, light_at = NULL").update();
		int open = jdbc.sql("SELECT COUNT(*) FROM assignment WHERE status NOT IN ('COMPLETED', 'RETURNED')")
			.query(Integer.class)
			.single();
		assertThat(open).isGreaterThanOrEqualTo(5);

		ShortTransactions.Done done = city.bean(TrafficLights.class).refreshAll(2);

		assertThat(done.keys()).isEqualTo(open);
		assertThat(done.transactions()).isEqualTo(open / 2 + 1);
		assertThat(jdbc
			.sql("SELECT COUNT(*) FROM assignment WHERE status NOT IN ('COMPLETED', 'RETURNED') "
					+ "AND light IS NOT NULL AND light_at IS NOT NULL")
			.query(Integer.class)
			.single()).as("every open light computed again").isEqualTo(open);
	}

}
