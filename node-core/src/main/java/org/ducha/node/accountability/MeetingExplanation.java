package org.ducha.node.accountability;

import java.time.Instant;
import java.time.LocalDate;

/**
 * After a public criticism: the unit's principal leader's explanation and commitment to
 * rectify at the government's executive meeting (三(四)).
 *
 * @param meetingDate the meeting's day
 * @param principalName the principal leader who spoke
 * @param explanation the explanation (说明)
 * @param commitment the commitment to rectify (整改承诺)
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
public record MeetingExplanation(LocalDate meetingDate, String principalName, String explanation, String commitment,
		String recordedBy, Instant recordedAt) {
}
