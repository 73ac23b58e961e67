package org.ducha.node.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The hours in which no notification goes out (default 22:00–07:00 in Shanghai); what
 * falls into them is held until they end. Pure.
 *
 * @param start first quiet minute
 * @param end first minute after the quiet hours
 * @param zone where the times are read
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

	/** No quiet hours at all. */
	public static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT,
			ZoneId.of("Asia/Shanghai"));

	/** Whether an instant falls into the quiet hours. */
	public boolean isQuiet(Instant at) {
		if (this.start.equals(this.end)) {
			return false;
		}
		LocalTime time = at.atZone(this.zone).toLocalTime();
		if (this.start.isBefore(this.end)) {
			return !time.isBefore(this.start) && time.isBefore(this.end);
		}
		return !time.isBefore(this.start) || time.isBefore(this.end);
	}

	/** The earliest instant at or after {@code at} when a notification may go out. */
	public Instant release(Instant at) {
		if (!isQuiet(at)) {
			return at;
		}
		ZonedDateTime local = at.atZone(this.zone);
		LocalDate day = local.toLocalDate();
		if (this.start.isAfter(this.end) && !local.toLocalTime().isBefore(this.start)) {
			day = day.plusDays(1);
		}
		return day.atTime(this.end).atZone(this.zone).toInstant();
	}

}
