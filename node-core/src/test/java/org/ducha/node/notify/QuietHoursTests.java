package org.ducha.node.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quiet hours hold notifications until they end (default 22:00–07:00 in Shanghai), and
 * failed sends wait twice as long each time up to a limit.
 */
class QuietHoursTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final NotifySettings DEFAULTS = new NotifySettings(
			new NotifySettings.QuietHoursSettings(true, "22:00", "07:00", "Asia/Shanghai"),
			new NotifySettings.Retry(Duration.ofMinutes(1), Duration.ofHours(2), 12, Duration.ofMinutes(5)),
			"noreply@ducha.local", 50, Map.of());

	private final QuietHours quiet = DEFAULTS.toQuietHours();

	private static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
	}

	@Test
	void aNotificationAtElevenInTheEveningGoesOutAtSevenNextMorning() {
		assertThat(this.quiet.isQuiet(at("2024-03-18T23:00:00"))).isTrue();
		assertThat(this.quiet.release(at("2024-03-18T23:00:00"))).isEqualTo(at("2024-03-19T07:00:00"));
	}

	@Test
	void aNotificationAtTenInTheMorningGoesOutAtOnce() {
		assertThat(this.quiet.isQuiet(at("2024-03-18T10:00:00"))).isFalse();
		assertThat(this.quiet.release(at("2024-03-18T10:00:00"))).isEqualTo(at("2024-03-18T10:00:00"));
	}

	@Test
	void theEdgesBelongWhereTheySay() {
		assertThat(this.quiet.release(at("2024-03-18T21:59:59"))).isEqualTo(at("2024-03-18T21:59:59"));
		assertThat(this.quiet.release(at("2024-03-18T22:00:00"))).isEqualTo(at("2024-03-19T07:00:00"));
		assertThat(this.quiet.release(at("2024-03-19T00:30:00"))).as("after midnight: the same morning")
			.isEqualTo(at("2024-03-19T07:00:00"));
		assertThat(this.quiet.release(at("2024-03-19T06:59:59"))).isEqualTo(at("2024-03-19T07:00:00"));
		assertThat(this.quiet.isQuiet(at("2024-03-19T07:00:00"))).isFalse();
	}

	@Test
	void quietHoursWithinOneDayAndNoneAtAll() {
		QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0), SHANGHAI);
		assertThat(lunch.release(at("2024-03-18T12:30:00"))).isEqualTo(at("2024-03-18T14:00:00"));
		assertThat(lunch.release(at("2024-03-18T23:00:00"))).isEqualTo(at("2024-03-18T23:00:00"));
		assertThat(QuietHours.NONE.isQuiet(at("2024-03-18T03:00:00"))).isFalse();
		NotifySettings off = new NotifySettings(new NotifySettings.QuietHoursSettings(false, "22:00", "07:00", "UTC"),
				DEFAULTS.retry(), "x@y", 50, Map.of());
		assertThat(off.toQuietHours().release(at("2024-03-18T23:00:00"))).isEqualTo(at("2024-03-18T23:00:00"));
	}

	@Test
	void retriesWaitTwiceAsLongEachTimeUpToTheLimit() {
		NotifySettings.Retry retry = DEFAULTS.retry();
		assertThat(retry.after(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(retry.after(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(retry.after(4)).isEqualTo(Duration.ofMinutes(8));
		assertThat(retry.after(8)).isEqualTo(Duration.ofHours(2));
		assertThat(retry.after(40)).isEqualTo(Duration.ofHours(2));
	}

}
