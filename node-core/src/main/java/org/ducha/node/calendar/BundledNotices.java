package org.ducha.node.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The notices bundled with every node (classpath {@code holiday-cn/*.json}, the
 * holiday-cn project's data under its MIT licence): calendar version 0.
 */
final class BundledNotices {

	private BundledNotices() {
	}

	static List<Notice> load(String originNode) {
		List<Notice> notices = new ArrayList<>();
		JsonMapper json = JsonMapper.builder().build();
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:holiday-cn/*.json");
			for (Resource file : files) {
				try (InputStream in = file.getInputStream()) {
					notices.add(notice(json.readTree(in), originNode));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the bundled holiday notices", ex);
		}
		notices.sort(java.util.Comparator.comparingInt(Notice::year));
		if (notices.isEmpty()) {
			throw new IllegalStateException("No holiday notices on the classpath (holiday-cn/*.json)");
		}
		return notices;
	}

	private static Notice notice(JsonNode root, String originNode) {
		int year = root.get("year").asInt();
		List<NoticeDay> days = new ArrayList<>();
		for (JsonNode day : root.get("days")) {
			days.add(new NoticeDay(LocalDate.parse(day.get("date").asString()), day.get("name").asString(),
					day.get("isOffDay").asBoolean()));
		}
		String paper = root.has("papers") && root.get("papers").size() > 0 ? root.get("papers").get(0).asString() : "";
		return new Notice(year, 0, days, "国务院办公厅" + year + "年部分节假日安排的通知 " + paper, "bundled",
				Instant.parse(year - 1 + "-10-01T00:00:00Z"), originNode);
	}

}
